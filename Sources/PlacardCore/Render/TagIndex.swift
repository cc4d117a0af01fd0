/// Tags by language and URL segment. Tags that map to the same segment are one tag, shown
/// with its most used spelling (ties: the first in code-point order).
enum TagIndex {
    static func make(_ plan: SitePlan) -> [String: [String: (name: String, entries: [Int])]] {
        var spellings: [String: [String: [String: Int]]] = [:]
        var members: [String: [String: [Int]]] = [:]
        for (index, entry) in plan.entries.enumerated() {
            for tag in Set(entry.document.tags) {
                let segment = TagSegment.of(tag)
                guard !segment.isEmpty else { continue }
                spellings[entry.language, default: [:]][segment, default: [:]][tag, default: 0] += 1
                if members[entry.language, default: [:]][segment]?.last != index {
                    members[entry.language, default: [:]][segment, default: []].append(index)
                }
            }
        }
        var result: [String: [String: (name: String, entries: [Int])]] = [:]
        for (language, segments) in members {
            for (segment, entries) in segments {
                let names = spellings[language]![segment]!
                let name = names.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first!.key
                result[language, default: [:]][segment] = (name, entries)
            }
        }
        return result
    }
}
