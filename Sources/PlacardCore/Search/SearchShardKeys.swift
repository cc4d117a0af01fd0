/// The entry file's shard keys (`docs/search.md`, "Files"): each term shard is found by a
/// *separator*, the shortest start of its first key that sorts after the previous shard's
/// last key, and the separators are front-coded into one string, since every query fetches
/// the entry file.
enum SearchShardKeys {
    /// The shortest prefix of `key` (whole scalars) that sorts after `previous`.
    static func separator(after previous: [UInt8], upTo key: [UInt8]) -> [UInt8] {
        var end = 0
        while end < key.count {
            end += 1
            while end < key.count && key[end] & 0xC0 == 0x80 { end += 1 }
            if SearchTermKey.less(previous, Array(key[..<end])) { return Array(key[..<end]) }
        }
        return key
    }

    /// How many leading elements `a` and `b` share (bytes of keys in a term shard, which are
    /// front-coded too, or scalars).
    static func shared<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        var n = 0
        while n < min(a.count, b.count) && a[n] == b[n] { n += 1 }
        return n
    }

    /// Each key as one scalar (U+0030 plus the number of scalars it shares with the key before)
    /// and the rest of its scalars; keys separated by a line feed, which no key holds (a
    /// control character separates units).
    static func encode(_ keys: [String]) -> String {
        var out = String.UnicodeScalarView()
        var previous: [Unicode.Scalar] = []
        for (i, key) in keys.enumerated() {
            let scalars = Array(key.unicodeScalars)
            let shared = Self.shared(previous, scalars)
            if i > 0 { out.append("\n") }
            out.append(Unicode.Scalar(UInt32(0x30 + shared))!)
            out.append(contentsOf: scalars[shared...])
            previous = scalars
        }
        return String(out)
    }

    /// The keys `encode` wrote; nil when the text is not such a list.
    static func decode(_ text: String) -> [String]? {
        var keys: [String] = []
        var previous: [Unicode.Scalar] = []
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let head = line.first, head.value >= 0x30, Int(head.value) - 0x30 <= previous.count else { return nil }
            let scalars = Array(previous[..<(Int(head.value) - 0x30)]) + Array(line.dropFirst())
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            keys.append(String(view))
            previous = scalars
        }
        return keys
    }
}
