import Foundation
import Testing
@testable import PlacardCore

/// Templates a theme may not hold (`TemplateShape`), and theme files written to take the build
/// down: each is an error on its line, or is read in linear time, never a crash or a hang.
@Suite struct ThemeShapeTests {
    func build(_ files: [String: String]) throws -> (built: Bool, errors: [Diagnostic]) {
        var all = files
        all["content/elderly/a.zh.md"] = article("甲")
        let site = try TestSite(all)
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        return (summary != nil, diagnostics.filter { $0.severity == .error })
    }

    /// With other delimiters, `<%> footer %>` would include the footer in itself unseen.
    @Test func aDelimiterChangeIsRefused() throws {
        let (built, errors) = try build(["themes/default/templates/footer.mustache": "<footer>\n{{=<% %>=}}<%> footer %></footer>\n"])
        #expect(!built)
        #expect(errors == [.error("themes/default/templates/footer.mustache", line: 2,
                                  .templateParse(.delimiterChange, line: "{{=<% %>=}}<%> footer %></footer>"))])
    }

    @Test func sectionsNestedTooDeepAreRefused() throws {
        let deep = String(repeating: "{{^site}}", count: 5_000) + "x" + String(repeating: "{{/site}}", count: 5_000)
        let (built, errors) = try build(["themes/default/templates/head-extra.mustache": "\n" + deep + "\n"])
        #expect(!built)
        #expect(errors.map(\.line) == [2])
        #expect(errors.first?.message.contains("\(TemplateShape.maximumDepth)") == true)
        // Thirty-two levels are allowed.
        let allowed = String(repeating: "{{^site}}", count: 32) + "x" + String(repeating: "{{/site}}", count: 32)
        #expect(TemplateShape.problem(in: allowed) == nil)
    }

    /// `{{#menu}}` twelve deep would render the menu 5^12 times on every page.
    @Test func aListSectionInsideItselfIsRefused() throws {
        let nested = String(repeating: "{{#menu}}", count: 12) + "x" + String(repeating: "{{/menu}}", count: 12)
        let (built, errors) = try build(["themes/default/templates/head-extra.mustache": nested])
        #expect(!built)
        #expect(errors.map(\.message) == [Message.templateParse(.sameSectionInside, line: nested).en])
        #expect(TemplateShape.problem(in: "{{#menu}}{{/menu}}{{#menu}}{{^menu}}{{/menu}}{{/menu}}") == nil)
    }

    /// Partial tags inside a comment are text; the lines after the comment keep their numbers.
    @Test func partialTagsInACommentAreNoPartials() throws {
        let comment = "{{! " + String(repeating: "{{>", count: 20_000) + "\n{{> nosuch}} }}"
        let started = Date()
        #expect(PartialReferences.find(in: comment + "\n{{> footer}}\n").map { "\($0.0):\($0.1)" } == ["footer:3"])
        #expect(PartialReferences.find(in: String(repeating: "{{>", count: 20_000)).isEmpty)
        #expect(Date().timeIntervalSince(started) < 5)
        let (built, errors) = try build(["themes/default/templates/head-extra.mustache": comment])
        #expect(built, "\(errors.prefix(2))")
    }

    /// A stylesheet of unended `url(` is read in linear time.
    @Test func aStylesheetOfUnendedURLs() throws {
        let unended = String(repeating: "a{b:url(", count: 40_000)
        let between = String(repeating: "url(@import\"x.css\";", count: 40_000)
        let started = Date()
        #expect(StaticAssetReferences.targets(of: unended, path: "x.css").isEmpty)
        #expect(StaticAssetReferences.targets(of: between, path: "y.css").count == 40_000)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(StaticAssetReferences.targets(of: "a{b:url( parts.css )}", path: "css/x.css") == ["css/parts.css"])
    }

    @Test func keysATemplateNames() {
        let text = "{{t.a}} {{{t.b}}} {{# t.c}}\n{{at.x}} {{&t.d-e_1}} {{/t.c}} {{assets.x}} t.y"
        #expect(TemplateKeyReferences.find("t", in: text).map { "\($0.key):\($0.line)" } == ["a:1", "b:1", "c:1", "d-e_1:2", "c:2"])
        #expect(TemplateKeyReferences.find("assets", in: text).map(\.key) == ["x"])
    }
}
