import Yams

/// YAML's merge key (`<<: *defaults`, `<<: [*a, *b]`), as Hugo's YAML reads it: a mapping takes
/// each key of the mappings it merges that it does not have itself, the first of several winning.
/// Yams applies merges only when it turns nodes into dictionaries; Placard reads nodes (for their
/// lines), so it applies them itself. A merged value keeps the line where it is written, under the anchor.
enum YAMLMerge {
    /// `node` with every merge applied; `node` itself when it has none. A node that aliases repeat is
    /// merged once (aliases are counted before, `YAMLLimits`).
    static func apply(_ node: Node) -> Node {
        var done: [Int: Node] = [:]
        func visit(_ node: Node) -> Node {
            switch node {
            case .scalar:
                return node
            case .sequence(let sequence):
                if let at = sequence.mark?.place, let merged = done[at] { return merged }
                let merged = Node.sequence(Node.Sequence(sequence.map(visit), sequence.tag, sequence.style, sequence.mark))
                if let at = sequence.mark?.place { done[at] = merged }
                return merged
            case .mapping(let mapping):
                if let at = mapping.mark?.place, let merged = done[at] { return merged }
                var own: [(Node, Node)] = []
                var sources: [Node] = []
                for (key, value) in mapping {
                    guard isMergeKey(key) else {
                        own.append((key, visit(value)))
                        continue
                    }
                    switch value {
                    case .mapping: sources.append(value)
                    case .sequence(let items): sources += items.filter(\.isMapping)
                    case .scalar: own.append((key, value))
                    }
                }
                var keys = Set(own.compactMap { $0.0.string })
                for source in sources {
                    guard case .mapping(let merged) = visit(source) else { continue }
                    for (key, value) in merged where key.string.map({ keys.insert($0).inserted }) ?? true {
                        own.append((key, value))
                    }
                }
                let merged = Node.mapping(Node.Mapping(own, mapping.tag, mapping.style, mapping.mark))
                if let at = mapping.mark?.place { done[at] = merged }
                return merged
            }
        }
        return visit(node)
    }

    /// A plain `<<` (quoted, it is the text `<<`).
    private static func isMergeKey(_ key: Node) -> Bool {
        guard case .scalar(let scalar) = key, scalar.string == "<<" else { return false }
        return scalar.style != .singleQuoted && scalar.style != .doubleQuoted
    }

    /// The keys of the mapping `node` that are not in `known`, with their key nodes, but those whose
    /// value others in `root` share through an alias or a merge (`defaults: &d {…}` holds values for
    /// others, it is not a setting of its own). `root` is walked only when such a key is there; nil, none is left out.
    static func unknownKeys(of node: Node, known: Set<String>, sharedWithin root: Node?) -> [(key: String, keyNode: Node)] {
        let unknown = node.mappingPairs.filter { !known.contains($0.key) }
        guard !unknown.isEmpty else { return [] }
        let shared = root.map(sharedPlaces) ?? []
        return unknown.filter { !holdsShared($0.value, shared) }.map { ($0.key, $0.keyNode) }
    }

    /// The places of the nodes written once and used in two places or more, through an alias or a merge.
    private static func sharedPlaces(in node: Node) -> Set<Int> {
        var seen: [Int: Int] = [:]
        func walk(_ node: Node) {
            guard let at = node.mark?.place else { return }
            seen[at, default: 0] += 1
            // A node met again is walked once: its children were counted with it.
            guard seen[at] == 1 else { return }
            switch node {
            case .scalar: break
            case .sequence(let items): items.forEach(walk)
            case .mapping(let mapping): for (key, value) in mapping { walk(key); walk(value) }
            }
        }
        walk(node)
        return Set(seen.filter { $0.value > 1 }.keys)
    }

    /// Whether `value` or a node inside it is one of `shared` (`sharedPlaces`).
    private static func holdsShared(_ value: Node, _ shared: Set<Int>) -> Bool {
        guard !shared.isEmpty else { return false }
        if let at = value.mark?.place, shared.contains(at) { return true }
        switch value {
        case .scalar: return false
        case .sequence(let items): return items.contains { holdsShared($0, shared) }
        case .mapping(let mapping): return mapping.contains { holdsShared($0.value, shared) }
        }
    }
}

extension Mark {
    /// The line and column in one number: a node that aliases repeat has the same place each time.
    var place: Int { line << 32 | column }
}
