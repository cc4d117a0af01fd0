import CCmarkGFM
import Foundation

/// Options that `site.yml` can set for Markdown.
public struct MarkdownOptions: Sendable, Hashable {
    /// Keep raw HTML (`markdown: {unsafe: true}`); otherwise cmark-gfm's safe mode drops it.
    public var unsafe: Bool

    public init(unsafe: Bool = false) {
        self.unsafe = unsafe
    }
}

/// What a link or image destination in Markdown becomes.
public enum LinkResolution: Sendable, Hashable {
    /// Left as written (external links, anchors, root paths).
    case keep
    /// Replaced by this URL (a content file's output URL).
    case rewrite(String)
    /// A relative path that points at nothing: reported, left as written.
    case broken
    /// Replaced by this URL, with a warning for the writer (a link to a draft, say).
    case rewriteWithWarning(String, warning: Message)
    /// Replaced by this URL, which must be a page or file of the built site (`sitePath`, relative to
    /// its root): checked once every page's path is known.
    case rewriteToCheck(String, sitePath: String)
}

/// A link, image or other problem found while rendering, with its line in the Markdown text (1-based).
public struct MarkdownIssue: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case brokenLink(destination: String)
        case imageWithoutAlt(destination: String)
        case linkWarning(Message)
        /// A root-absolute link to check against the built site's paths.
        case siteLink(destination: String, sitePath: String)
    }

    public var kind: Kind
    public var line: Int
}

/// The result of rendering one Markdown text.
public struct RenderedMarkdown: Sendable {
    /// HTML of the body.
    public var html: String
    /// The text without markup, blocks separated by newlines (for search and reading time).
    public var plainText: String
    /// The text of the first paragraph, without markup (for generated summaries).
    public var firstParagraph: String
    public var issues: [MarkdownIssue]
    /// The ids its headings were given (`HeadingIDs`).
    public var headingIDs: [String] = []
    /// Links rewritten to a page of the site with a `#…` after it: `BodyRenderer` checks them once
    /// every page's headings are known.
    public var fragmentLinks: [FragmentLink] = []
}

/// A link to a page of the site with a `#…` after it.
public struct FragmentLink: Sendable, Equatable {
    /// As written (`../elderly/phone-class.zh.md#第二节`).
    public var destination: String
    /// The page's link, as the link was rewritten, and the fragment after its `#`.
    public var link: String
    public var fragment: String
    public var line: Int
}

/// Renders Markdown with cmark-gfm: GFM tables, strikethrough, autolinks, tag filter,
/// task lists and footnotes, made Chinese-first: emphasis next to CJK text opens and closes
/// as a Chinese writer means it (`CJKEmphasisExtension`), a line break between two CJK
/// characters disappears (`SoftBreak`), and a bare address ends where Chinese text begins
/// (`AutolinkEnds`); strikethrough takes two tildes.
///
/// Parses run side by side. cmark-gfm keeps one process-wide table of the bytes that stop its
/// inline scanner; each parse adds its inline extensions' bytes and removes them again at its end,
/// which would take them from under a parse still running. So the bytes of every inline
/// extension but strikethrough go into the table once, for good, and those extensions' own lists
/// are emptied: no parse adds or removes them any more. Strikethrough keeps its `~` (cmark-gfm
/// finds the extension that pairs a `~` run through that list), so only a text with a `~` has it
/// attached, and those parse one at a time: a text without `~` never reads that byte's entry.
public struct MarkdownRenderer: Sendable {
    public let options: MarkdownOptions
    /// Off only in tests, to compare with cmark-gfm as it comes.
    let chineseFirst: Bool

    /// The GFM extensions, in the order they are attached; strikethrough is `Extensions.strikethrough`.
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    private static let strikethroughLock = NSLock()

    /// Made once, before the first parse (see the type's comment); constant afterwards.
    private struct Extensions: @unchecked Sendable {
        /// `extensionNames`' extensions in order, strikethrough where it is attached.
        let gfm: [OpaquePointer]
        let strikethrough: OpaquePointer?
        let cjk: OpaquePointer?
    }

    private static let extensions: Extensions = {
        cmark_gfm_core_extensions_ensure_registered()
        let gfm = extensionNames.compactMap { cmark_find_syntax_extension($0) }
        let strikethrough = cmark_find_syntax_extension("strikethrough")
        let cjk = CJKEmphasisExtension.shared
        let settled = gfm.filter { $0 != strikethrough } + (cjk.map { [$0] } ?? [])
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { fatalError("cmark_parser_new failed") }
        for ext in settled { cmark_parser_attach_syntax_extension(parser, ext) }
        cmark_manage_extensions_special_characters(parser, 1)
        cmark_parser_free(parser)
        for ext in settled { cmark_syntax_extension_set_special_inline_chars(ext, nil) }
        return Extensions(gfm: gfm, strikethrough: strikethrough, cjk: cjk)
    }()

    /// Texts after a cut address (`AutolinkEnds`) parsed again in one document, and cuts within cuts.
    static let maximumReparsed = 1_000
    static let maximumNestedCuts = 32

    public init(options: MarkdownOptions = .init()) {
        self.init(options: options, chineseFirst: true)
    }

    init(options: MarkdownOptions, chineseFirst: Bool) {
        self.options = options
        self.chineseFirst = chineseFirst
    }

    /// Renders `markdown`; `resolveLink` decides what each link and image destination becomes.
    public func render(_ markdown: String, resolveLink: (_ destination: String, _ isImage: Bool) -> LinkResolution = { _, _ in .keep }) -> RenderedMarkdown {
        // Strikethrough takes two tildes: a Chinese writer's `3~5天` and `10~20人` are ranges, not a strike.
        var cmarkOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_GITHUB_PRE_LANG | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        if options.unsafe { cmarkOptions |= CMARK_OPT_UNSAFE }

        let (parser, document) = parse(markdown, options: cmarkOptions)
        // Texts parsed again after an autolink cut short (`AutolinkEnds`): their nodes move into
        // `document` but keep pointing into their own tree's buffers, so those trees live as long.
        var spares: [(parser: OpaquePointer, document: OpaquePointer)] = []
        // A text parsed again may hold an address to cut in turn. A line of thousands of addresses
        // with Chinese between them and no space would be read again and again, each time to its
        // end, and each text is read on its own line: past these bounds, what follows a cut is plain
        // text, and addresses in a text read again keep GFM's ends.
        var nested = 0
        func parseChineseFirst(_ text: String) -> OpaquePointer? {
            guard spares.count < Self.maximumReparsed else { return nil }
            let spare = parse(text, options: cmarkOptions)
            spares.append(spare)
            if nested < Self.maximumNestedCuts {
                nested += 1
                ChineseInlines.apply(to: spare.document, parse: parseChineseFirst)
                nested -= 1
            }
            return spare.document
        }
        let headings = chineseFirst ? ChineseInlines.apply(to: document, parse: parseChineseFirst) : []
        if chineseFirst && markdown.containsBytes("www.") { BareWWWLinks.link(in: document) }
        let headingIDs = HeadingIDs.ids(of: headings)
        let givenIDs = headingIDs.compactMap { $0 }
        var issues: [MarkdownIssue] = []
        let (fragments, fragmentLinks) = rewriteLinks(in: document, resolveLink: resolveLink, issues: &issues)
        // Raw HTML may hold ids of its own: links into the page are checked without it only.
        if chineseFirst && !options.unsafe { HeadingIDs.check(fragments, ids: givenIDs, issues: &issues) }
        let text = PlainText.extract(from: document)

        let attached = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(document, cmarkOptions, attached) else { fatalError("cmark_render_html failed") }
        let html = headingIDs.isEmpty ? String(cString: rendered) : HeadingIDs.add(headingIDs, to: rendered)
        free(rendered)
        for (parser, document) in [(parser, document)] + spares {
            cmark_node_free(document)
            cmark_parser_free(parser)
        }
        return RenderedMarkdown(html: html, plainText: text.all, firstParagraph: text.firstParagraph, issues: issues,
                                headingIDs: givenIDs, fragmentLinks: fragmentLinks)
    }

    /// `markdown` parsed with the GFM extensions (strikethrough only when it holds a `~`) and, Chinese-first, the CJK one.
    private func parse(_ markdown: String, options cmarkOptions: Int32) -> (parser: OpaquePointer, document: OpaquePointer) {
        let extensions = Self.extensions
        // Strikethrough only when the text holds a `~` (every text is read once for it).
        let strikes = markdown.containsByte(UInt8(ascii: "~"))
        guard let parser = cmark_parser_new(cmarkOptions) else { fatalError("cmark_parser_new failed") }
        for ext in extensions.gfm where strikes || ext != extensions.strikethrough {
            cmark_parser_attach_syntax_extension(parser, ext)
        }
        if chineseFirst, let cjk = extensions.cjk { cmark_parser_attach_syntax_extension(parser, cjk) }
        if strikes { Self.strikethroughLock.lock() }
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        let finished = cmark_parser_finish(parser)
        if strikes { Self.strikethroughLock.unlock() }
        guard let document = finished else { fatalError("cmark_parser_finish failed") }
        return (parser, document)
    }

    /// Rewrites links and images as `resolveLink` says; returns the links into the page itself (`#…`),
    /// and those rewritten to another file with a fragment, with their lines.
    private func rewriteLinks(in document: OpaquePointer, resolveLink: (String, Bool) -> LinkResolution,
                              issues: inout [MarkdownIssue])
        -> (inPage: [(destination: String, line: Int)], elsewhere: [FragmentLink]) {
        var fragments: [(destination: String, line: Int)] = []
        var elsewhere: [FragmentLink] = []
        guard let iterator = cmark_iter_new(document) else { return (fragments, elsewhere) }
        var remoteImages: [OpaquePointer] = []
        defer {
            cmark_iter_free(iterator)
            for image in remoteImages { Self.replaceWithLink(image) }
        }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
            let isImage = type == CMARK_NODE_IMAGE
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let line = Int(cmark_node_get_start_line(node))
            if !isImage && destination.utf8.first == UInt8(ascii: "#") { fragments.append((destination, line)) }
            if isImage && !Self.hasAltText(node) {
                issues.append(MarkdownIssue(kind: .imageWithoutAlt(destination: destination), line: line))
            }
            switch resolveLink(destination, isImage) {
            case .keep:
                if isImage && Self.isOnAnotherHost(destination) {
                    remoteImages.append(node)
                    issues.append(MarkdownIssue(kind: .linkWarning(.remoteImage(destination)), line: line))
                }
            case .rewrite(let url):
                cmark_node_set_url(node, url)
                // Read in UTF-8: a `Character` search of every rewritten link cost 0.5 % of a build.
                if !isImage, let mark = url.utf8.firstIndex(of: UInt8(ascii: "#")) {
                    let page = url.utf8[..<mark].prefix { $0 != UInt8(ascii: "?") }
                    elsewhere.append(FragmentLink(destination: destination, link: String(Substring(page)),
                                                  fragment: String(url[url.utf8.index(after: mark)...]), line: line))
                }
            case .broken: issues.append(MarkdownIssue(kind: .brokenLink(destination: destination), line: line))
            case .rewriteWithWarning(let url, let warning):
                cmark_node_set_url(node, url)
                issues.append(MarkdownIssue(kind: .linkWarning(warning), line: line))
            case .rewriteToCheck(let url, let sitePath):
                cmark_node_set_url(node, url)
                issues.append(MarkdownIssue(kind: .siteLink(destination: destination, sitePath: sitePath), line: line))
            }
        }
        return (fragments, elsewhere)
    }

    /// `http:`, `https:` or `//`: an image there would be loaded from another host.
    /// Whether an image's description has text: `![](a.png)` and `![ ](a.png)` (written `alt=" "`) have none.
    private static func hasAltText(_ image: OpaquePointer) -> Bool {
        var child = cmark_node_first_child(image)
        while let node = child {
            if cmark_node_get_type(node) != CMARK_NODE_TEXT { return true }
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            if !literal.trimmingCharacters(in: .whitespaces).isEmpty { return true }
            child = cmark_node_next(node)
        }
        return false
    }

    /// Whether an address names another host: `http:`, `https:` or protocol-relative `//` (an image's
    /// in Markdown, what a theme loads, `RemoteLoads`).
    static func isOnAnotherHost(_ destination: String) -> Bool {
        let start = destination.drop { $0 == " " }.prefix(8).lowercased()
        return start.hasPrefix("http:") || start.hasPrefix("https:") || start.hasPrefix("//")
    }

    /// Leaves the text of every link below `node` in its place, without the link.
    private static func unwrapLinks(in node: OpaquePointer) {
        var child = cmark_node_first_child(node)
        while let current = child {
            child = cmark_node_next(current)
            unwrapLinks(in: current)
            guard cmark_node_get_type(current) == CMARK_NODE_LINK else { continue }
            while let inner = cmark_node_first_child(current) {
                cmark_node_unlink(inner)
                cmark_node_insert_before(current, inner)
            }
            cmark_node_free(current)
        }
    }

    /// Puts a link to the image's address, holding its alt text (else the address), where the image
    /// was; inside a link (a linked badge) only that text, since a link may not hold another.
    private static func replaceWithLink(_ image: OpaquePointer) {
        if cmark_node_first_child(image) == nil, let text = cmark_node_new(CMARK_NODE_TEXT) {
            cmark_node_set_literal(text, cmark_node_get_url(image))
            cmark_node_append_child(image, text)
        }
        var ancestor = cmark_node_parent(image)
        while let node = ancestor, cmark_node_get_type(node) != CMARK_NODE_LINK { ancestor = cmark_node_parent(node) }
        if ancestor != nil {
            while let child = cmark_node_first_child(image) {
                cmark_node_unlink(child)
                cmark_node_insert_before(image, child)
            }
            cmark_node_free(image)
            return
        }
        unwrapLinks(in: image)
        guard let link = cmark_node_new(CMARK_NODE_LINK) else { return }
        cmark_node_set_url(link, cmark_node_get_url(image))
        if let title = cmark_node_get_title(image) { cmark_node_set_title(link, title) }
        while let child = cmark_node_first_child(image) {
            cmark_node_unlink(child)
            cmark_node_append_child(link, child)
        }
        cmark_node_replace(image, link)
        cmark_node_free(image)
    }
}
