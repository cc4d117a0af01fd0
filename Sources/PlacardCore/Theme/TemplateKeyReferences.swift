/// The UI strings and static files a template names (`{{t.search}}`, `{{#t.note}}`,
/// `{{assets.style_css}}`), with their lines: one the theme does not have would render as nothing,
/// so `Theme.load` warns of it.
enum TemplateKeyReferences {
    /// The keys after `prefix` (`t`, `assets`) in the template's tags, with their lines: a tag's
    /// `{{` (or `{{{`), one of `&#^/` or none, spaces, then `prefix.key`.
    static func find(_ prefix: String, in text: String) -> [(key: String, line: Int)] {
        var result: [(String, Int)] = []
        let marker = Array((prefix + ".").utf8)
        let bytes = Array(text.utf8)
        var line = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            guard bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            var at = index + 2
            if at < bytes.count, bytes[at] == UInt8(ascii: "{") { at += 1 }
            if at < bytes.count, "&#^/".utf8.contains(bytes[at]) { at += 1 }
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x09 || bytes[at] == 0x0D { at += 1 }
            // The name before the dot is the whole run of letters: `{{at.x}}` names no `t.` key.
            let nameStart = at
            while at < bytes.count, isLetter(bytes[at]) { at += 1 }
            if at - nameStart == marker.count - 1, bytes[nameStart..<min(at + 1, bytes.count)].elementsEqual(marker) {
                let keyStart = at + 1
                var keyEnd = keyStart
                while keyEnd < bytes.count, isLetter(bytes[keyEnd]) || isKeyMark(bytes[keyEnd]) { keyEnd += 1 }
                if keyEnd > keyStart { result.append((String(decoding: bytes[keyStart..<keyEnd], as: UTF8.self), line)) }
            }
            index = max(index + 2, at)
        }
        return result
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isKeyMark(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}
