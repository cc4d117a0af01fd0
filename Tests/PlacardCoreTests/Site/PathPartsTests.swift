import Testing
@testable import PlacardCore

/// `PathParts` reads links in bytes with the characters' rules: a mark that joins a `/`, `#` or `:`
/// to its neighbour makes it another character, as `split` and `firstIndex` see it.
@Suite struct PathPartsTests {
    static let paths = [
        "", "/", "//", "content/elderly/a.zh.md", "../文章/图片.png#一", "a/\u{301}b/c", "\u{600}/x", "x/\u{200d}y",
        "a\r/b", "é/e\u{301}/?q#f", "../x:y#\u{301}?z", "#", "a?#", "http://example.org", "mailto:x", "a:\u{301}b",
    ]

    @Test func splitsAndFindsAsCharactersDo() {
        for path in Self.paths {
            #expect(PathParts.split(path) == path.split(separator: "/"), "\(path.debugDescription)")
            #expect(PathParts.firstIndex(of: UInt8(ascii: "#"), or: UInt8(ascii: "?"), in: path) == path.firstIndex { $0 == "#" || $0 == "?" },
                    "\(path.debugDescription)")
            #expect(PathParts.firstIndex(of: UInt8(ascii: ":"), in: path) == path.firstIndex(of: ":"), "\(path.debugDescription)")
        }
    }

    @Test func joinsRelativePaths() {
        #expect(LinkResolver.join(folderOf: "content/elderly/a.zh.md", "../education/./b.zh.md") == "content/education/b.zh.md")
        #expect(LinkResolver.join(folderOf: "content/", "images/map.png") == "content/images/map.png")
        #expect(LinkResolver.join(folderOf: "content/a.md", "../../x") == nil)
        #expect(LinkResolver.join(folderOf: "content/a/\u{301}b.md", "c") == "content/c", "a slash with an accent is no slash")
    }
}
