/// How a Latin query is read as pinyin (SPEC §7.5, `docs/search.md` "Pinyin"), the same in
/// `search-engine-answer.js`: only letters, spaces and apostrophes, folded; cut into syllables (a
/// space or an apostrophe forces a cut; the last syllable may be the start of one unless
/// the query ends with a space), two syllables or more, the cuts with the fewest syllables,
/// those ending in a whole syllable when there are such (`xian` is xi an, not xia n…), at
/// most four of them, in order; and, as initials, every letter the first letter of a
/// syllable, two letters or more, when the letters cannot be cut into whole syllables
/// (`sz`, `qqhe`; `yanglao` is only yang lao). After n and l, `u` is also read as ü (`spellings`).
struct SearchPinyinQuery: Equatable {
    var full: [[String]]
    var prefix: Bool
    var initials: [String]

    static let maxLetters = 30
    static let maxReadings = 4

    init(folded: String, syllables: Set<String>) {
        full = []
        prefix = false
        initials = []
        let letters = folded.unicodeScalars
        guard letters.allSatisfy({ ($0 >= "a" && $0 <= "z") || $0 == " " || $0 == "'" }) else { return }
        let pieces = folded.split(whereSeparator: { $0 == " " || $0 == "'" }).map(String.init)
        let joined = pieces.joined()
        guard joined.count >= 2, joined.count <= Self.maxLetters else { return }
        prefix = !(folded.hasSuffix(" ") || folded.hasSuffix("'"))
        let starts = Set(syllables.compactMap(\.first))
        if joined.allSatisfy(starts.contains) && !Self.cutsIntoSyllables(pieces, syllables) { initials = joined.map(String.init) }

        var beginnings = Set<String>()
        // An empty syllable (a damaged entry file's) begins nothing.
        for s in syllables where !s.isEmpty { for n in 1...s.count { beginnings.insert(String(s.prefix(n))) } }
        var found: [[String]] = []
        var best = Int.max
        func cut(_ piece: Int, _ rest: Substring, _ done: [String]) {
            if done.count > best || found.count >= 64 { return }
            if rest.isEmpty {
                if piece + 1 < pieces.count { cut(piece + 1, Substring(pieces[piece + 1]), done); return }
                guard done.count >= 2 else { return }
                if done.count < best { best = done.count; found = [] }
                found.append(done)
                return
            }
            let last = piece == pieces.count - 1
            for n in (1...min(6, rest.count)).reversed() {
                let whole = n == rest.count
                for head in Self.spellings(String(rest.prefix(n))) where syllables.contains(head) || (prefix && last && whole && beginnings.contains(head)) {
                    cut(piece, rest.dropFirst(n), done + [head])
                }
            }
        }
        cut(0, Substring(pieces[0]), [])
        if found.contains(where: { syllables.contains($0.last!) }) { found.removeAll { !syllables.contains($0.last!) } }
        full = Array(Set(found)).sorted { $0.lexicographicallyPrecedes($1) }.prefix(Self.maxReadings).map { $0 }
    }

    /// The syllables that typed letters may stand for. The table writes ü as `v` (`nv`, `lve`),
    /// folding has turned a typed ü into `u`, and keyboards without ü type `u` or `v`: so after
    /// n and l, `u` and `ue` read as written and as ü (`nuxing` and `nüxing` as nu xing and
    /// nv xing, like `nvxing`).
    static func spellings(_ letters: String) -> [String] {
        switch letters {
        case "nu", "lu", "nue", "lue": [letters, "\(letters.prefix(1))v\(letters.dropFirst(2))"]
        default: [letters]
        }
    }

    /// Whether every piece cuts into whole syllables.
    static func cutsIntoSyllables(_ pieces: [String], _ syllables: Set<String>) -> Bool {
        pieces.allSatisfy { piece in
            let letters = Array(piece)
            var reachable = [Bool](repeating: false, count: letters.count + 1)
            reachable[0] = true
            for i in 0..<letters.count where reachable[i] {
                for n in 1...min(6, letters.count - i) where spellings(String(letters[i..<(i + n)])).contains(where: syllables.contains) { reachable[i + n] = true }
            }
            return reachable[letters.count]
        }
    }
}
