import Foundation
import Mustache

/// A loaded theme: parsed templates, UI strings per language, static files with fingerprinted names.
struct Theme: Sendable {
    let library: MustacheLibrary
    /// `library` with each language fragment replaced by a look-up of its HTML, rendered once per
    /// language (`LanguageFragments`): what pages render with.
    let pageLibrary: MustacheLibrary
    /// Partials rendered once per language and series.
    let fragments: [String]
    /// Language code → string key → text (missing strings already filled from English).
    let strings: [String: [String: String]]
    /// Output path (relative to the site root) → contents.
    let staticFiles: [(path: String, data: Data)]
    /// Asset key (`style_css`) → output path relative to the site root (`style.3f2a91c0.css`).
    let assets: [String: String]
    /// Page templates that are the default theme's, with all they read: `DefaultThemePages` writes them directly.
    var directPages: Set<String> = []
    /// Whether `card` is the default theme's: `DefaultThemePages.card` writes cards directly.
    var directCard = false
    /// Output path of a static file → the theme file it comes from (`themes/blue/static/404.html`),
    /// for messages about it.
    var staticOrigins: [String: String] = [:]

    enum RenderError: Error {
        case missingTemplate(String)
    }

    /// Renders a snippet or fragment; a template the theme lacks is an error, never an empty page.
    func render<Model: TemplateModel>(_ template: String, _ model: Model) throws -> String {
        guard let html = library.render(ModelBox(model), withTemplate: template) else { throw RenderError.missingTemplate(template) }
        return html
    }

    /// Renders a page, with its language's fragments already rendered.
    func renderPage(_ template: String, _ model: PageModel) throws -> String {
        guard let html = pageLibrary.render(ModelBox(model), withTemplate: template) else { throw RenderError.missingTemplate(template) }
        return html
    }

    /// A page's bytes: the same as `renderPage`, written directly where the theme allows it.
    func pageData(_ template: String, _ model: PageModel) throws -> Data {
        if directPages.contains(template), let bytes = DefaultThemePages.render(template, model) { return Data(bytes) }
        return Data(try renderPage(template, model).utf8)
    }
}

/// Reads a theme's files into a `Theme`, reporting templates that do not parse, partials that
/// do not exist and UI strings missing for a language.
enum ThemeLoader {
    /// Templates every site needs.
    /// Templates rendered as whole pages.
    static let pageTemplates: Set<String> = ["home", "series", "article", "page", "projects", "project", "term", "search", "404", "languages"]
    static let requiredTemplates = ["base", "home", "series", "article", "page", "projects", "project", "term", "search", "404", "languages", "card", "project-row"]

    /// `siteHost`: the host of the site's base URL, whose addresses a template may write whole
    /// without loading from another host.
    static func load(name: String, siteRoot: URL, namedAt: (path: String, line: Int?) = (SiteConfigLoader.path, nil),
                     languages: [Language], siteHost: String? = nil, diagnostics: Diagnostics) -> Theme? {
        guard let files = ThemeFiles.load(name: name, siteRoot: siteRoot, namedAt: namedAt, diagnostics: diagnostics) else { return nil }
        let before = diagnostics.hasErrors
        _ = FastHTMLContentType.registered
        var library = MustacheLibrary()
        var texts: [String: (origin: String, text: String)] = [:]
        var registered: [String: String] = [:]
        // Templates that exist but could not be read or parsed: their own error is the one
        // reported, not a second "missing" one in every template that uses them (SPEC §7.7).
        var failed: Set<String> = []
        for path in files.paths(under: "templates") where path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            let origin = files.origins[path] ?? path
            guard let text = files.text(path, diagnostics: diagnostics) else {
                failed.insert(name)
                continue
            }
            if let shape = TemplateShape.problem(in: text) {
                failed.insert(name)
                diagnostics.error(origin, line: shape.line, .templateParse(shape.problem, line: shape.text.trimmed))
                continue
            }
            do {
                let compact = FastHTMLContentType.pragma + TemplateWhitespace.compact(text)
                library.register(try parse(compact, asWritten: text), named: name)
                registered[name] = compact
                texts[name] = (origin, text)
            } catch let error as MustacheTemplate.ParserError {
                failed.insert(name)
                let problem = TemplateSyntaxProblem(error.error)
                // The parser finds a section never closed at the end of the file: named where it opens.
                if problem == .unclosedSection, let open = Self.unclosedSection(in: text) {
                    diagnostics.error(origin, line: open.line, .templateParse(problem, line: open.text.trimmed))
                } else {
                    diagnostics.error(origin, line: error.context.lineNumber, column: error.context.columnNumber,
                                      .templateParse(problem, line: error.context.line.trimmed))
                }
            } catch {
                failed.insert(name)
                diagnostics.error(origin, .templateParse(.other, line: ""))
            }
        }
        for required in requiredTemplates where texts[required] == nil && !failed.contains(required) {
            diagnostics.error("themes/\(name)/templates/\(required).mustache", .templateMissing(required))
        }
        for (name, template) in texts {
            for (partial, line) in PartialReferences.find(in: template.text) where texts[partial] == nil && !failed.contains(partial) {
                diagnostics.error(template.origin, line: line, .partialMissing(template: name, partial: partial))
            }
        }
        for cycle in PartialReferences.cycles(in: texts.mapValues(\.text)) {
            diagnostics.error(texts[cycle.template]?.origin ?? cycle.template, line: cycle.line, .partialCycle(cycle.chain))
        }
        let strings = ThemeStrings.load(files: files, languages: languages, siteRoot: siteRoot, diagnostics: diagnostics)
        let (staticFiles, assets) = StaticAssets.fingerprint(files: files)
        let knownStrings = Set(strings.values.flatMap(\.keys))
        for template in texts.values.sorted(by: { $0.origin < $1.origin }) {
            for (key, line) in TemplateKeyReferences.find("t", in: template.text) where !knownStrings.contains(key) {
                diagnostics.warning(template.origin, line: line, .uiStringUnknown(key: key))
            }
            for (key, line) in TemplateKeyReferences.find("assets", in: template.text) where assets[key] == nil {
                diagnostics.warning(template.origin, line: line, .assetUnknown(key: key))
            }
            for (url, line) in RemoteLoads.find(in: template.text) where !RemoteLoads.isOn(siteHost, url) {
                diagnostics.warning(template.origin, line: line, .themeLoadsFromAnotherHost(url))
            }
        }
        for path in files.paths(under: "static") where path.hasSuffix(".css") {
            guard let data = files.files[path], let css = String(data: data, encoding: .utf8) else { continue }
            for (url, line) in StaticAssetReferences.remote(in: css) where !RemoteLoads.isOn(siteHost, url) {
                diagnostics.warning(files.origins[path] ?? path, line: line, .themeLoadsFromAnotherHost(url))
            }
        }
        guard diagnostics.hasErrors == before else { return nil }
        let fragments = LanguageFragments.find(registered, pageTemplates: pageTemplates)
        var pageLibrary = library
        for name in fragments {
            guard let lookUp = try? MustacheTemplate(string: "{{{\(LanguageFragments.key(name))}}}") else { continue }
            pageLibrary.register(lookUp, named: name)
        }
        return Theme(library: library, pageLibrary: pageLibrary, fragments: fragments, strings: strings, staticFiles: staticFiles, assets: assets,
                     directPages: DefaultThemePages.direct(texts: texts.mapValues(\.text), fragments: fragments),
                     directCard: DefaultThemePages.isDefault("card", texts.mapValues(\.text)),
                     staticOrigins: Dictionary(staticFiles.map { ($0.path, files.origins["static/" + $0.path] ?? "static/" + $0.path) }) { first, _ in first })
    }

    /// The compacted template, parsed once. Compacting changes only whitespace outside tags, which
    /// never makes a template parse that did not; when it does not parse, the text as written
    /// (without the content-type pragma put before it) is parsed for the error, so the error
    /// points at the line and column the author sees and quotes the line as the author wrote it.
    /// The line (1-based) and text of the innermost section tag (`{{#…}}`, `{{^…}}`, `{{$…}}`,
    /// `{{<…}}`) that no `{{/…}}` closes; nil when the text changes its delimiters.
    static func unclosedSection(in text: String) -> (line: Int, text: String)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var open: [(name: Substring, line: Int)] = []
        for (number, line) in lines.enumerated() {
            var rest = line[...]
            while let start = rest.range(of: "{{") {
                rest = rest[start.upperBound...]
                guard let sigil = rest.first, let end = rest.range(of: "}}") else { break }
                let name = rest[rest.index(after: rest.startIndex)..<end.lowerBound].trimmingCharacters(in: .whitespaces)
                switch sigil {
                case "=": return nil
                case "#", "^", "$", "<": open.append((Substring(name), number + 1))
                case "/": if let last = open.lastIndex(where: { $0.name == name }) { open.removeSubrange(last...) }
                default: break
                }
                rest = rest[end.upperBound...]
            }
        }
        return open.last.map { ($0.line, String(lines[$0.line - 1])) }
    }

    private static func parse(_ compact: String, asWritten: String) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: compact)
        } catch {
            _ = try MustacheTemplate(string: asWritten)
            throw error
        }
    }
}

extension TemplateSyntaxProblem {
    /// The problem behind one of swift-mustache's parse errors.
    init(_ error: any Error) {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: self = .closingNameMismatch
        case .unfinishedName: self = .unfinishedTag
        case .expectedSectionEnd: self = .unclosedSection
        case .invalidSetDelimiter: self = .badDelimiters
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection: self = .inheritance
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: self = .badPragma
        // The parser's reader runs past the end of the text inside an unfinished tag.
        case nil: self = .endsInsideTag
        }
    }
}
