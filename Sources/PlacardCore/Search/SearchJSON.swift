/// A small JSON writer with a fixed key order, so index files and `placard search` output
/// are byte-identical from run to run. Escapes `"`, `\` and every control character.
struct SearchJSONWriter {
    private(set) var text = ""
    private var first: [Bool] = []
    private var afterKey = false

    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
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
