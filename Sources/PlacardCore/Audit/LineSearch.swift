/// Which lines of a file hold each of many strings (the lines of a value, the addresses of a body),
/// read in one pass from a first line down, only as far as the questions asked need. Looking for
/// each string with `contains` reads the same lines again for every one: thousands of them in one
/// file took minutes.
struct LineSearch {
    private let file: SourceFile
    private let automaton: StringAutomaton
    /// For each string (by number), the lines read so far that hold it and the column (in scalars)
    /// where it first starts in each, in order.
    private var places: [[(line: Int, column: Int)]]
    /// The next line to read.
    private var next: Int

    /// Looks for `strings` (empty ones are never found) from line `from` down.
    init(_ file: SourceFile, strings: [[Unicode.Scalar]], from: Int) {
        self.file = file
        automaton = StringAutomaton(strings.filter { !$0.isEmpty })
        places = Array(repeating: [], count: automaton.count)
        next = max(from, 1)
    }

    /// The first line at or after `from` (not above the first line read) that holds `string`.
    mutating func line(containing string: [Unicode.Scalar], from: Int) -> Int? {
        guard let number = automaton.number[string] else { return nil }
        while true {
            let found = places[number].partitionPoint { $0.line >= from }
            if found < places[number].count { return places[number][found].line }
            guard next <= file.searchedLines else { return nil }
            read()
        }
    }

    /// Where `string` first starts in `line` (not above the first line read), in scalars.
    mutating func column(of string: [Unicode.Scalar], in line: Int) -> Int? {
        guard let number = automaton.number[string] else { return nil }
        while next <= min(line, file.searchedLines) { read() }
        let found = places[number].partitionPoint { $0.line >= line }
        return found < places[number].count && places[number][found].line == line ? places[number][found].column : nil
    }

    /// Reads line `next`: notes each string it holds, once, where it first starts.
    private mutating func read() {
        let line = next
        next += 1
        var state = 0
        for (column, scalar) in file.scalars(line: line).enumerated() {
            state = automaton.step(state, scalar)
            var end = automaton.ending(state)
            // A string found already on this line was found with every string that ends it.
            while let node = end, let number = automaton.ends[node], places[number].last?.line != line {
                places[number].append((line, column + 1 - automaton.lengths[number]))
                end = automaton.ending(automaton.fail[node])
            }
        }
    }
}

/// Strings in a trie with Aho–Corasick's links: one pass over a text finds each string wherever it
/// ends, however many strings there are.
struct StringAutomaton {
    /// Each string's number.
    private(set) var number: [[Unicode.Scalar]: Int] = [:]
    private(set) var lengths: [Int] = []
    /// Per node: the nodes one scalar further, the node of the longest proper suffix that is in the
    /// trie (the root, 0, when none is), and the string that ends there, if one does.
    private var edges: [[Unicode.Scalar: Int]] = [[:]]
    private(set) var fail: [Int] = [0]
    private(set) var ends: [Int?] = [nil]
    /// Per node: the nearest node among it and its suffixes where a string ends.
    private var endings: [Int?] = [nil]

    var count: Int { lengths.count }

    init(_ strings: [[Unicode.Scalar]]) {
        for string in strings where number[string] == nil { insert(string) }
        link()
    }

    /// The node after reading `scalar` at `state`.
    func step(_ state: Int, _ scalar: Unicode.Scalar) -> Int {
        var node = state
        while true {
            if let next = edges[node][scalar] { return next }
            if node == 0 { return 0 }
            node = fail[node]
        }
    }

    /// The nearest node among `node` and its suffixes where a string ends.
    func ending(_ node: Int) -> Int? { node == 0 ? nil : endings[node] }

    private mutating func insert(_ string: [Unicode.Scalar]) {
        var node = 0
        for scalar in string {
            if let next = edges[node][scalar] {
                node = next
            } else {
                edges[node][scalar] = edges.count
                node = edges.count
                edges.append([:])
                fail.append(0)
                ends.append(nil)
                endings.append(nil)
            }
        }
        number[string] = lengths.count
        ends[node] = lengths.count
        lengths.append(string.count)
    }

    /// The suffix links, breadth first: a node's parent is linked before it.
    private mutating func link() {
        var queue = Array(edges[0].values)
        for node in queue { endings[node] = ends[node] == nil ? nil : node }
        var head = 0
        while head < queue.count {
            let parent = queue[head]
            head += 1
            for (scalar, node) in edges[parent] {
                let suffix = step(fail[parent], scalar)
                fail[node] = suffix
                endings[node] = ends[node] == nil ? ending(suffix) : node
                queue.append(node)
            }
        }
    }
}
