/// `term`, `traditional` and `punctuation`: the inspection's 严重错别字 and 表述 items.
struct WordingRules {
    let terms: [Term]
    /// Terms (their places in `terms`) by their first character: each text is walked once, not once per term.
    private let termsByFirst: [Unicode.Scalar: [Int]]
    /// Whether a term starts outside CJK (a Latin spelling, say): then Latin-only text is read too.
    private let hasOtherTerms: Bool
    /// Languages written in Simplified Chinese (zh, zh-CN, zh-Hans, zh-SG): where Traditional-only characters are wrong.
    let simplifiedLanguages: Set<String>

    init(terms: [Term], languages: [Language]) {
        self.terms = terms
        termsByFirst = Dictionary(grouping: terms.indices.filter { !terms[$0].wrong.isEmpty }, by: { terms[$0].wrong[0] })
        hasOtherTerms = termsByFirst.keys.contains { $0.value < Self.cjkStart }
        simplifiedLanguages = Set(languages.filter { Self.isSimplified(locale: $0.locale, code: $0.code) }.map(\.code))
    }

    static func isSimplified(locale: String, code: String) -> Bool {
        let parts = (locale + "-" + code).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard parts.contains("zh") || parts.contains("cmn") else { return false }
        return !parts.contains(where: { ["hant", "tw", "hk", "mo"].contains($0) })
    }

    /// The first CJK block (radicals); every Han character and CJK punctuation is at or above it.
    static let cjkStart: UInt32 = 0x2E80

    static let fullWidth: [Unicode.Scalar: String] = [",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"]

    func findings(in text: ProseText) -> [AuditFinding] {
        var found: [AuditFinding] = []
        func add(_ rule: AuditRule, at index: Int, length: Int, _ message: Message) {
            let (line, context) = text.context(at: index, length: length)
            found.append(AuditFinding(rule: rule, severity: .warning, path: text.path, line: line, message: message,
                                      context: context, url: text.url))
        }
        let prose = text.prose
        // Latin-only text (most of an English site) holds no Chinese wording to check.
        guard hasOtherTerms || prose.contains(where: { $0.value >= Self.cjkStart }) else { return [] }
        // A term's `except` phrases are looked for once in the text, at its first occurrence.
        var exceptions: [Int: TermExceptions] = [:]
        func isExcepted(_ number: Int, at range: Range<Int>) -> Bool {
            guard !terms[number].except.isEmpty else { return false }
            let found = exceptions[number] ?? TermExceptions(terms[number], in: prose)
            exceptions[number] = found
            return found.covers(range)
        }
        var index = 0
        while index < prose.count {
            var next = index + 1
            for number in termsByFirst[prose[index]] ?? [] {
                let term = terms[number], range = index..<(index + term.wrong.count)
                guard range.upperBound <= prose.count, prose[range].elementsEqual(term.wrong), !isExcepted(number, at: range) else { continue }
                add(.term, at: index, length: term.wrong.count, .auditTerm(wrong: String(String.UnicodeScalarView(term.wrong)), right: term.right, source: term.source))
                next = max(next, range.upperBound)
            }
            index = next
        }
        if simplifiedLanguages.contains(text.language) {
            // Each character once a line.
            var seen: [Int: Set<Unicode.Scalar>] = [:]
            for (index, scalar) in prose.enumerated() where scalar.value >= 0x3400 && ChineseScript.isTraditionalOnly(scalar)
                && seen[text.places[index].line, default: []].insert(scalar).inserted {
                let simplified = ChineseScript.simplified(scalar) ?? scalar
                add(.traditional, at: index, length: 1, .auditTraditional(String(scalar), simplified: String(simplified)))
            }
        }
        if prose.count >= 3 {
            for index in 1..<(prose.count - 1) where prose[index].value < 0x40 {
                guard let wide = Self.fullWidth[prose[index]], CJK.isHan(prose[index - 1]), CJK.isHan(prose[index + 1]) else { continue }
                add(.punctuation, at: index, length: 1, .auditPunctuation(String(prose[index]), fullWidth: wide))
            }
        }
        return found
    }

    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var result: [Int] = []
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) {
                result.append(i)
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// Up to `radius` characters either side of what was found, cut at the line's ends.
    static func context(_ line: [Unicode.Scalar], at index: Int, length: Int, radius: Int = 16) -> String {
        let start = min(line.count, max(0, index - radius)), end = max(start, min(line.count, index + length + radius))
        let text = String(String.UnicodeScalarView(line[start..<end])).trimmed
        return (start > 0 ? "…" : "") + text + (end < line.count ? "…" : "")
    }
}

/// Where the `except` phrases of one term stand in one text, found once for the text: an occurrence
/// of the term inside one of them is no finding.
struct TermExceptions {
    /// Each phrase's length and where it starts, in order and not overlapping (as `occurrences` finds them).
    private let phrases: [(length: Int, starts: [Int])]

    init(_ term: Term, in text: [Unicode.Scalar]) {
        phrases = term.except.map { ($0.count, WordingRules.occurrences(of: $0, in: text)) }
    }

    /// Whether `range` lies inside an occurrence of one of the phrases.
    func covers(_ range: Range<Int>) -> Bool {
        phrases.contains { length, starts in
            // Of the occurrences starting at or before the range, the last reaches furthest.
            let after = starts.partitionPoint { $0 > range.lowerBound }
            return after > 0 && range.upperBound <= starts[after - 1] + length
        }
    }
}

extension Array {
    /// The first index whose element `isAfter` holds for, in an array where it holds from some
    /// index to the end (a binary search).
    func partitionPoint(where isAfter: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
