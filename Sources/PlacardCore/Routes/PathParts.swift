/// Link and path strings read with their character semantics, found in their UTF-8 bytes: a
/// `/`, `#`, `?` or `:` byte is that character unless a mark joins it to a neighbour (a combining
/// accent after it, a prepended mark before it), as `split`, `firstIndex(of:)` and the rest see it.
enum PathParts {
    /// `path.split(separator: "/")`: the parts between `/` characters, empty ones left out.
    static func split(_ path: String) -> [Substring] {
        var parts: [Substring] = []
        let utf8 = path.utf8
        var start = utf8.startIndex, index = start
        while let slash = utf8[index...].firstIndex(of: UInt8(ascii: "/")) {
            index = utf8.index(after: slash)
            guard standsAlone(slash, in: path) else { continue }
            if start != slash { parts.append(path[start..<slash]) }
            start = index
        }
        if start != utf8.endIndex { parts.append(path[start...]) }
        return parts
    }

    /// `text.firstIndex { $0 == a || $0 == b }` for ASCII characters `a` and `b`.
    static func firstIndex(of a: UInt8, or b: UInt8? = nil, in text: String) -> String.Index? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let found = utf8[index...].firstIndex(where: { $0 == a || $0 == b }) {
            if standsAlone(found, in: text) { return found }
            index = utf8.index(after: found)
        }
        return nil
    }

    /// Whether the ASCII byte at `index` is a character of its own. Between two ASCII bytes (other
    /// than a line break's) there is always a character boundary; next to others, the string says.
    private static func standsAlone(_ index: String.Index, in text: String) -> Bool {
        let utf8 = text.utf8
        let after = utf8.index(after: index)
        let plainBefore = index == utf8.startIndex || utf8[utf8.index(before: index)] < 0x80
        let plainAfter = after == utf8.endIndex || utf8[after] < 0x80
        if plainBefore && plainAfter { return true }
        return String.Index(index, within: text) != nil && (after == utf8.endIndex || String.Index(after, within: text) != nil)
    }
}
