/// Toneless pinyin readings of the characters of the Table of General Standard Chinese
/// Characters (通用规范汉字表), from Unihan's kTGHZ2013: a heteronym (行, 长, 重) has each
/// of its standard readings, rare readings are left out. `ü` is written `v` (`lv`).
public enum Pinyin {
    /// The readings of a Simplified character (none for characters outside the table).
    public static func readings(_ scalar: Unicode.Scalar) -> [String] {
        table.readings[scalar.value] ?? []
    }

    /// Every syllable some character is read as, sorted.
    public static var syllables: [String] { table.syllables }

    private struct Table: Sendable {
        var readings: [UInt32: [String]] = [:]
        var syllables: [String] = []
    }

    private static let table: Table = {
        var table = Table()
        for line in readingsTable.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let syllable = String(line[..<space])
            table.syllables.append(syllable)
            for scalar in line[line.index(after: space)...].unicodeScalars {
                table.readings[scalar.value, default: []].append(syllable)
            }
        }
        table.syllables.sort()
        return table
    }()
}
