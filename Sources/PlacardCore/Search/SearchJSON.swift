/// A small JSON writer with a fixed key order, so index files and `placard search` output
/// are byte-identical from run to run. Escapes `"`, `\` and every control character.
struct SearchJSONWriter {
    private(set) var text = ""
    private var first: [Bool] = []
    private var afterKey = false

    static func quoted(_ value: String) -> String {
        var out: [UInt8] = [0x22]
        var copy = value
        copy.withUTF8 { buf in
            out.reserveCapacity(buf.count + 2)
            var runStart = 0
            var i = 0
            while i < buf.count {
                let b = buf[i]
                let isLineSeparator = b == 0xE2 && i + 2 < buf.count && buf[i + 1] == 0x80 && (buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9)
                guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || isLineSeparator else {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i]))
                let escaped: String
                switch b {
                case 0x22: escaped = "\\\""
                case 0x5C: escaped = "\\\\"
                case 0x0A: escaped = "\\n"
                case 0x0D: escaped = "\\r"
                case 0x09: escaped = "\\t"
                case 0xE2:
                    // U+2028 and U+2029 are valid JSON but end lines in older JavaScript.
                    escaped = buf[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    i += 2
                default:
                    let hex = String(b, radix: 16)
                    escaped = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                out.append(contentsOf: escaped.utf8)
                i += 1
                runStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<buf.count]))
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the comma before an element, except the first of its container or a value after its key.
    private mutating func separate() {
        if afterKey { afterKey = false; return }
        if let isFirst = first.last {
            if !isFirst { text += "," }
            first[first.count - 1] = false
        }
    }

    mutating func beginObject() { separate(); text += "{"; first.append(true) }
    mutating func endObject() { first.removeLast(); text += "}" }
    mutating func beginArray() { separate(); text += "["; first.append(true) }
    mutating func endArray() { first.removeLast(); text += "]" }

    mutating func key(_ name: String) {
        separate()
        text += Self.quoted(name) + ":"
        afterKey = true
    }

    mutating func string(_ v: String) { separate(); text += Self.quoted(v) }
    mutating func int(_ v: Int) { separate(); text += String(v) }

    mutating func field(_ name: String, _ v: String) { key(name); string(v) }
    mutating func field(_ name: String, _ v: Int) { key(name); int(v) }
    mutating func field(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for s in strings { string(s) }
        endArray()
    }
}
