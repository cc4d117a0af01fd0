import Yams

/// Bounds that keep hostile YAML from taking the build down (SPEC §7.6).
///
/// Aliases (`*name`) share the anchored node instead of copying it, so composing a "billion laughs" document
/// is cheap; walking it is not. Before anything walks a document that uses aliases, `expandsWithin` counts its
/// values as if every alias were written out, and stops at the limit. Nesting is bounded before composing,
/// because the composer recurses once per level.
enum YAMLLimits {
    static let maxDepth = 200

    /// Values a document may expand to: generous for a list that shares defaults with `<<: *defaults`,
    /// far below what would cost a second or much memory. Counting walks some 40 million values a
    /// second, so the limit stops at 20 million however large the file (a 10 MB list of projects
    /// written out holds one or two million).
    static func maxValues(_ text: String) -> Int {
        min(100_000 + 20 * text.utf8.count, 20_000_000)
    }

    /// Whether `node`, with aliases expanded, has at most `limit` values (scalars, lists, maps).
    static func expandsWithin(_ node: Node, limit: Int) -> Bool {
        var budget = limit
        return count(node, budget: &budget)
    }

    private static func count(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar:
            return true
        case .sequence(let sequence):
            for item in sequence where !count(item, budget: &budget) { return false }
            return true
        case .mapping(let mapping):
            for (key, value) in mapping where !count(key, budget: &budget) || !count(value, budget: &budget) { return false }
            return true
        }
    }

    /// An upper bound of the nesting depth of `text`: on each line, its indentation plus the open flow
    /// brackets (`[`, `{`, outside quotes and comments) plus the `- ` and `? ` entries that open a block
    /// on that line. Exact enough to refuse only documents no person writes.
    ///
    /// A quote opens a quoted scalar only where a token starts, as in YAML: at a line's start, after
    /// `[`, `{` or `,`, or after `: `, `- `, `? ` (`don't` and `a 'b` are plain text, whose brackets
    /// count); inside double quotes `\"` is no end, inside single quotes `''` is none.
    static func nestingBound(_ text: String) -> Int {
        shape(text).depth
    }

    /// Anchors that aliases may name in one document. Each alias may stand for a node nested
    /// `maxDepth` deep that holds an alias in turn: a chain of 60,000 of them nests so deep that
    /// freeing the document overflows the stack. A list that shares defaults (`<<: *defaults`)
    /// names one or a few, however many projects it has.
    static let maxAliasedAnchors = 50

    /// `nestingBound`, and the number of different anchors the aliases (`*name`) name.
    static func shape(_ text: String) -> (depth: Int, aliasedAnchors: Int) {
        var text = text
        return text.withUTF8(shape)
    }

    /// `shape` of the UTF-8 bytes of a text, read from its buffer.
    ///
    /// The lines of a block scalar (`body: |`, `summary: >-`) are text, not YAML: a Markdown list item
    /// there (`- **重点**`) is no alias and its brackets open nothing. They are passed over: the lines
    /// after the header that are blank or indented at least as far as the first one that is not, when
    /// that one is indented past the column where the header's key or entry starts. The column is
    /// never less than the one YAML goes by, so a line YAML reads as structure is always looked at.
    private static func shape(_ bytes: UnsafeBufferPointer<UInt8>) -> (depth: Int, aliasedAnchors: Int) {
        var flow = 0
        var deepest = 0
        var aliased = Set<[UInt8]>()
        // After a block scalar's header: the column its lines must pass, then their indentation.
        var blockScalar: (floor: Int, indent: Int?)?
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if let block = blockScalar {
                let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
                let blank = line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
                if blank { continue }
                if let content = block.indent, indent >= content { continue }
                if block.indent == nil, indent > block.floor {
                    blockScalar = (block.floor, indent)
                    continue
                }
                blockScalar = nil
            }
            var indent = 0
            var blockEntries = 0
            var quote: UInt8?
            var previous: UInt8 = UInt8(ascii: " ")
            var leading = true
            // Whether a token may start here, and whether one may once white space follows.
            var tokenStart = true
            var indicator = false
            // Where the last token before this byte started: the key or entry a block scalar belongs to.
            var lastToken: Int?
            var index = line.startIndex
            scan: while index < line.endIndex {
                let byte = line[index]
                index += 1
                if leading {
                    if byte == UInt8(ascii: " ") { indent += 1; previous = byte; continue }
                    leading = false
                }
                if let open = quote {
                    if open == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                        index += 1  // the escaped byte
                    } else if byte == open {
                        if open == UInt8(ascii: "'"), index < line.endIndex, line[index] == open { index += 1 } else { quote = nil }
                    }
                    previous = byte
                    continue
                }
                if tokenStart, byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") {
                    if flow == 0, byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">"), isBlockScalarHeader(line[index...]) {
                        // A header first on its line is indented past its parent: its own column is a floor.
                        blockScalar = (lastToken ?? index - 1 - line.startIndex, nil)
                        break scan
                    }
                    lastToken = index - 1 - line.startIndex
                }
                // A byte of a multi-byte character (most of a Chinese text) opens, closes and ends nothing.
                if byte >= 0x80 {
                    previous = byte
                    tokenStart = false
                    indicator = false
                    continue
                }
                if byte == UInt8(ascii: "#"), previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") { break }
                let isSpace = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if tokenStart { quote = byte }
                case UInt8(ascii: "*") where tokenStart:
                    let name = line[index...].prefix { !" \t,]}\r".utf8.contains($0) }
                    aliased.insert(Array(name))
                    index = name.endIndex
                    previous = byte
                    tokenStart = false
                    continue
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flow += 1
                    deepest = max(deepest, indent + flow + blockEntries)
                case UInt8(ascii: "]"), UInt8(ascii: "}"): flow = max(0, flow - 1)
                case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                    if previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") { blockEntries += 1 }
                default: break
                }
                if isSpace {
                    if indicator { tokenStart = true }
                    indicator = false
                } else {
                    tokenStart = byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: ",")
                    indicator = byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":")
                }
                previous = byte
            }
            deepest = max(deepest, indent + flow + blockEntries)
        }
        return (deepest, aliased.count)
    }

    /// Whether what follows a `|` or `>` makes it a block scalar's header: at most an indentation
    /// digit and a chomping sign, then nothing but white space or a comment.
    private static func isBlockScalarHeader(_ rest: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = rest.startIndex
        var digit = false
        var sign = false
        while index < rest.endIndex {
            let byte = rest[index]
            if !digit, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(byte) { digit = true }
            else if !sign, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") { sign = true }
            else { break }
            index += 1
        }
        var spaced = false
        while index < rest.endIndex {
            let byte = rest[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") { spaced = true; index += 1; continue }
            return byte == UInt8(ascii: "#") && spaced
        }
        return true
    }
}
