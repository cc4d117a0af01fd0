import Foundation

/// The keys of the index's dictionary (see `docs/search.md`, "Terms").
///
/// A single unit is its own text (`老`, `digital`, `,`). Two or three adjacent units make a
/// pair or a triple: the units' texts joined, with one space between two units unless both
/// are Han characters (`养老`, `养老服`, `5g 网`, `5g 网络`, `digital ,`). A filter is U+0001 then `kind:`, `series:` or `group:` and the
/// value. No two kinds of key can be equal: units never contain spaces, words never contain
/// Han characters, and text never contains U+0001.
public enum SearchTermKey {
    public static func pair(_ first: String, _ firstKind: SearchUnit.Kind, _ second: String, _ secondKind: SearchUnit.Kind) -> String {
        firstKind == .han && secondKind == .han ? first + second : first + " " + second
    }

    /// The key of adjacent units (two or three of them).
    public static func join(_ units: ArraySlice<SearchUnit>) -> String {
        var key = ""
        var previous: SearchUnit.Kind?
        for unit in units {
            if let previous, !(previous == .han && unit.kind == .han) { key += " " }
            key += unit.text
            previous = unit.kind
        }
        return key
    }

    public static func filter(_ facet: String, _ value: String) -> String {
        "\u{1}" + facet + ":" + value
    }

    /// Whether `key` is a single word (what a prefix may expand to).
    public static func isWord(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { SearchScalarClass($0) == .word }
    }

    /// Compares keys by their UTF-8 bytes (the order the dictionary is sorted in, which is
    /// also code point order).
    public static func less(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let n = min(a.count, b.count)
        let order = n == 0 ? 0 : a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in memcmp(a.baseAddress!, b.baseAddress!, n) }
        }
        return order != 0 ? order < 0 : a.count < b.count
    }
}
