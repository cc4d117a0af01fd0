/// A small JSON writer with a fixed key order, so index files and `placard search` output
/// are byte-identical from run to run. Escapes `"`, `\` and every control character.
struct SearchJSONWriter {
    /// The JSON written so far, as UTF-8: appended to as bytes, so that no string is made and
    /// checked again for each value (the body shards hold every document's text).
    private(set) var bytes: [UInt8] = []
    private var first: [Bool] = []
    private var afterKey = false

    /// The JSON written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    static func quoted(_ value: String) -> String {
        var out: [UInt8] = []
        let plain = appendQuoted(value, to: &out)
        return plain ? "\"" + value + "\"" : String(decoding: out, as: UTF8.self)
    }

    /// Appends `value` as a JSON string to `out`; returns whether it needed no escape (then
    /// `out` has its bytes between quotes as they are).
    @discardableResult
    static func appendQuoted(_ value: String, to out: inout [UInt8]) -> Bool {
        var copy = value
        return copy.withUTF8 { buf in
            var i = Self.candidate(buf, from: 0)
            out.append(0x22)
            // Most strings need no escape: their bytes go in at once.
            guard i < buf.count else {
                out.append(contentsOf: buf)
                out.append(0x22)
                return true
            }
            out.reserveCapacity(out.count + buf.count + 8)
            var runStart = 0
            while i < buf.count {
                let b = buf[i]
                let isLineSeparator = b == 0xE2 && i + 2 < buf.count && buf[i + 1] == 0x80 && (buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9)
                guard b != 0xE2 || isLineSeparator else {
                    i = Self.candidate(buf, from: i + 1)
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
                i = Self.candidate(buf, from: i)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<buf.count]))
            out.append(0x22)
            return false
        }
    }

    /// The index of the first byte from `start` that may need an escape: a control character,
    /// `"`, `\`, DEL, or 0xE2 (which starts U+2028 and U+2029); `bytes.count` when none does.
    /// Looks at eight bytes at a time.
    private static func candidate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        @inline(__always) func isCandidate(_ b: UInt8) -> Bool { b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2 }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // Whether a byte of `v` is 0, or less than `n` (n <= 128); never a false no.
        @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        @inline(__always) func hasLess(_ v: UInt64, _ n: UInt64) -> Bool { (v &- ones &* n) & ~v & highs != 0 }
        let n = bytes.count
        var i = start
        guard let base = bytes.baseAddress else { return n }
        while true {
            while i + 8 <= n {
                let v = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if hasLess(v, 0x20) || hasZero(v ^ (ones &* 0x22)) || hasZero(v ^ (ones &* 0x5C))
                    || hasZero(v ^ (ones &* 0x7F)) || hasZero(v ^ (ones &* 0xE2)) { break }
                i += 8
            }
            let end = min(i + 8, n)
            while i < end {
                if isCandidate(bytes[i]) { return i }
                i += 1
            }
            if i >= n { return n }
        }
    }

    /// Writes the comma before an element, except the first of its container or a value after its key.
    private mutating func separate() {
        if afterKey { afterKey = false; return }
        if let isFirst = first.last {
            if !isFirst { bytes.append(UInt8(ascii: ",")) }
            first[first.count - 1] = false
        }
    }

    mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); first.append(true) }
    mutating func endObject() { first.removeLast(); bytes.append(UInt8(ascii: "}")) }
    mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); first.append(true) }
    mutating func endArray() { first.removeLast(); bytes.append(UInt8(ascii: "]")) }

    mutating func key(_ name: String) {
        separate()
        Self.appendQuoted(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    mutating func string(_ v: String) { separate(); Self.appendQuoted(v, to: &bytes) }
    mutating func int(_ v: Int) { separate(); bytes.append(contentsOf: String(v).utf8) }

    mutating func field(_ name: String, _ v: String) { key(name); string(v) }
    mutating func field(_ name: String, _ v: Int) { key(name); int(v) }
    mutating func field(_ name: String, _ v: Bool) { key(name); separate(); bytes.append(contentsOf: (v ? "true" : "false").utf8) }
    mutating func field(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for s in strings { string(s) }
        endArray()
    }
}
