import Foundation

/// Search folding: the one normalization the index and every query go through, defined in
/// `docs/search.md` and mirrored by `fold` in `search-engine.js`.
///
/// Each scalar is folded on its own (so the result never depends on its neighbours):
/// compatibility decomposition (NFKD), drop nonspacing and enclosing marks and format
/// characters, lowercase, decompose and drop marks again, then the extra table
/// (`đ` → `d`, `ß` → `ss`, ...), and last Traditional → Simplified Chinese (`數` → `数`,
/// one scalar for one, so offsets do not move). `Học Vụ` folds to `hoc vu`, `５Ｇ` to `5g`,
/// `Đà` to `da`, `數字鴻溝` to `数字鸿沟`. Han characters, which make up most of a Chinese
/// text, take a fast path.
public final class SearchFolder {
    @exclusivity(unchecked) private var cache: [UInt32: [Unicode.Scalar]] = [:]

    public init() {}

    /// Letters that keep no trace of their base letter under NFKD.
    static let extraFolds: [UInt32: String] = [
        0x0111: "d", 0x00F0: "d", 0x00F8: "o", 0x0142: "l", 0x0127: "h", 0x0167: "t",
        0x0131: "i", 0x00DF: "ss", 0x00E6: "ae", 0x0153: "oe", 0x00FE: "th", 0x03C2: "\u{03C3}",
    ]

    /// Appends the folding of one scalar.
    @inline(__always)
    public func fold(_ scalar: Unicode.Scalar, into out: inout [Unicode.Scalar]) {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v + 0x20)!) } else { out.append(scalar) }
            return
        }
        if (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) {
            out.append(Self.foldHan(scalar))
            return
        }
        foldOther(scalar, into: &out)
    }

    /// `fold` of a scalar that is neither ASCII nor a Han character of the fast path (kept
    /// apart, so that the fast path stays small enough to inline).
    @inline(never)
    private func foldOther(_ scalar: Unicode.Scalar, into out: inout [Unicode.Scalar]) {
        let v = scalar.value
        if let place = Self.punctuationPlace(v) {
            let folded = Self.punctuation[place]
            if folded != 0 {
                out.append(Unicode.Scalar(folded).unsafelyUnwrapped)
                return
            }
        }
        if let cached = cache[v] {
            out.append(contentsOf: cached)
            return
        }
        let folded = Self.slowFold(scalar)
        cache[v] = folded
        out.append(contentsOf: folded)
    }

    /// The folding of U+3000 to U+303F (CJK punctuation), U+FF00 to U+FF6F (fullwidth forms)
    /// then U+2000 to U+206F (general punctuation: “ ” — …) when it is one scalar, else 0: worked
    /// out once, as Chinese text has such a mark every few characters and a lookup in `cache`
    /// costs more than the table.
    static let punctuation: [UInt32] = (Array(0x3000..<0x3040) + Array(0xFF00..<0xFF70) + Array(0x2000..<0x2070)).map { (v: UInt32) in
        let folded = slowFold(Unicode.Scalar(v)!)
        return folded.count == 1 ? folded[0].value : 0
    }

    /// Where `punctuation` has the folding of `v`, when it has it.
    @inline(__always)
    static func punctuationPlace(_ v: UInt32) -> Int? {
        switch v {
        case 0x3000..<0x3040: Int(v - 0x3000)
        case 0xFF00..<0xFF70: Int(v - 0xFF00 + 0x40)
        case 0x2000..<0x2070: Int(v - 0x2000 + 0xB0)
        default: nil
        }
    }

    /// The folded scalars of a whole string.
    public func fold(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.unicodeScalars.underestimatedCount)
        for scalar in text.unicodeScalars { fold(scalar, into: &out) }
        return out
    }

    public func foldedString(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: fold(text))
        return String(result)
    }

    static func slowFold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let decomposed = dropMarks(String(Character(scalar)).decomposedStringWithCompatibilityMapping)
        var lowered = ""
        for s in decomposed { lowered += s.properties.lowercaseMapping }
        var result: [Unicode.Scalar] = []
        for s in dropMarks(lowered.decomposedStringWithCompatibilityMapping) {
            if let extra = extraFolds[s.value] { result.append(contentsOf: extra.unicodeScalars) } else { result.append(simplified(s)) }
        }
        return result
    }

    /// The Simplified form of a Traditional character, following OpenCC's table until it no
    /// longer changes (薴 → 苧 → 苎), so that folding twice changes nothing.
    static func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var result = scalar
        while let next = ChineseScript.simplified(result), next != result { result = next }
        return result
    }

    /// Every Traditional → Simplified pair search folds with (chains resolved), sorted; the
    /// browser's table (`search-script.json`) must hold the same.
    public static var simplifiedPairs: [(traditional: Unicode.Scalar, simplified: Unicode.Scalar)] {
        ChineseScript.pairs.map { ($0.traditional, simplified($0.traditional)) }
    }

    /// The folding of a Han character of U+3400…U+9FFF: its Simplified form.
    @inline(__always)
    static func foldHan(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let simplified = simplifiedBMP[Int(scalar.value &- 0x3400)]
        return simplified == 0 ? scalar : Unicode.Scalar(simplified).unsafelyUnwrapped
    }

    /// Calls `body` with the table `foldHan` reads: the Simplified form of each of U+3400…U+9FFF
    /// (0: unchanged), for callers that fold many characters in one loop.
    static func withSimplifiedBMP<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        simplifiedBMP.withUnsafeBufferPointer(body)
    }

    /// Simplified forms of U+3400…U+9FFF (0: unchanged), for the fast path.
    private static let simplifiedBMP: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0xA000 - 0x3400)
        for (traditional, simplified) in simplifiedPairs where (0x3400..<0xA000).contains(traditional.value) {
            table[Int(traditional.value - 0x3400)] = simplified.value
        }
        return table
    }()

    private static func dropMarks(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { s in
            switch s.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return false
            default: return true
            }
        }
    }
}
