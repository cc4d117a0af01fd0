/// What a folded scalar is to the tokenizer (see `docs/search.md`, "Units").
public enum SearchScalarClass: Equatable, Sendable {
    /// A Han character: a unit of its own.
    case han
    /// A letter, digit or spacing mark that is not Han: runs of them make a word.
    case word
    /// White space or a control character: separates units and query chunks.
    case space
    /// Anything else (punctuation, symbols): a unit of its own.
    case symbol

    @inline(__always)
    public init(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < 0x80 {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) { self = .word }
            else if v <= 0x20 || v == 0x7F { self = .space }
            else { self = .symbol }
            return
        }
        if CJK.isHan(scalar) { self = .han; return }
        self = v < 0x1_0000 ? Self.basicPlane[Int(v)] : Self(classifying: scalar)
    }

    /// The class of every scalar of the Basic Multilingual Plane, worked out once: Chinese text's
    /// punctuation (，。、“”（）) would otherwise ask for a Unicode property a character.
    private static let basicPlane: [SearchScalarClass] = (0..<0x1_0000).map { v in
        // ASCII and Han are told before the table is read.
        guard v >= 0x80, let scalar = Unicode.Scalar(UInt32(v)), !CJK.isHan(scalar) else { return .symbol }
        return SearchScalarClass(classifying: scalar)
    }

    /// The class of a scalar that is neither ASCII nor Han, from its general category. White space
    /// is every space separator, the line and paragraph separators and some controls, so the
    /// category tells it (`SearchScalarClassTests` checks this against `isWhitespace` for every scalar).
    private init(classifying scalar: Unicode.Scalar) {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .spacingMark:
            self = .word
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control:
            self = .space
        default:
            self = .symbol
        }
    }
}

/// One unit of folded text: a Han character, a word or a symbol, at an offset counted in
/// folded scalars.
public struct SearchUnit: Equatable, Sendable {
    public enum Kind: String, Sendable { case han = "H", word = "W", symbol = "S" }
    public var kind: Kind
    public var text: String
    public var offset: Int
    public var length: Int
}

/// Splits folded text into units (the document side and the query side use this one
/// function, so they cannot disagree).
public enum SearchTokenizer {
    /// Calls `body(kind, start, end, adjacentToPrevious)` for each unit of `scalars[range]`,
    /// where `adjacentToPrevious` says the previous unit ended right where this one starts.
    @inline(__always)
    public static func forEachUnit(_ scalars: [Unicode.Scalar],
                                   _ body: (SearchUnit.Kind, Int, Int, Bool) -> Void) {
        var i = 0
        let n = scalars.count
        var previousEnd = -1
        while i < n {
            let cls = SearchScalarClass(scalars[i])
            switch cls {
            case .space:
                i += 1
            case .han:
                body(.han, i, i + 1, previousEnd == i)
                previousEnd = i + 1
                i += 1
            case .symbol:
                body(.symbol, i, i + 1, previousEnd == i)
                previousEnd = i + 1
                i += 1
            case .word:
                var j = i + 1
                while j < n && SearchScalarClass(scalars[j]) == .word { j += 1 }
                body(.word, i, j, previousEnd == i)
                previousEnd = j
                i = j
            }
        }
    }

    /// The units of a text, after folding.
    public static func units(_ text: String, folder: SearchFolder = SearchFolder()) -> [SearchUnit] {
        let scalars = folder.fold(text)
        var result: [SearchUnit] = []
        forEachUnit(scalars) { kind, start, end, _ in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            result.append(SearchUnit(kind: kind, text: String(view), offset: start, length: end - start))
        }
        return result
    }
}
