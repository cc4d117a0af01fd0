/// Traditional → Simplified Chinese, one character at a time, from OpenCC's character table.
///
/// Folding goes this way only: Traditional → Simplified is nearly many-to-one, while
/// Simplified → Traditional is one-to-many (发 → 發/髮). Search folds both the index and the
/// query with it; the audit uses `isTraditionalOnly` to find Traditional characters in
/// Simplified text.
public enum ChineseScript {
    /// The Simplified form OpenCC's t2s writes for `scalar`, or nil when it leaves it as it is.
    public static func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        table.simplified[scalar.value].flatMap(Unicode.Scalar.init)
    }

    /// `text` with every character that t2s changes folded to its Simplified form; the count of
    /// scalars stays the same, so offsets into the folded text are offsets into `text`.
    public static func simplified(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(simplified(scalar) ?? scalar) }
        return String(scalars)
    }

    /// Whether `scalar` is a Traditional character that Simplified text does not use: t2s changes
    /// it and does not list it among its own Simplified forms (乾 and 於 are used in both).
    public static func isTraditionalOnly(_ scalar: Unicode.Scalar) -> Bool {
        table.traditionalOnly.contains(scalar.value)
    }

    /// Every (Traditional, Simplified) pair, sorted by the Traditional character (for generated
    /// browser tables and tests).
    public static var pairs: [(traditional: Unicode.Scalar, simplified: Unicode.Scalar)] {
        table.simplified.keys.sorted().map { (Unicode.Scalar($0)!, Unicode.Scalar(table.simplified[$0]!)!) }
    }

    private struct Table: Sendable {
        var simplified: [UInt32: UInt32] = [:]
        var traditionalOnly: Set<UInt32> = []
    }

    private static let table: Table = {
        var table = Table()
        for (pairs, only) in [(traditionalOnlyPairs, true), (sharedPairs, false)] {
            let scalars = Array(pairs.unicodeScalars)
            for index in stride(from: 0, to: scalars.count - 1, by: 2) {
                table.simplified[scalars[index].value] = scalars[index + 1].value
                if only { table.traditionalOnly.insert(scalars[index].value) }
            }
        }
        return table
    }()
}
