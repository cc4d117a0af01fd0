/// Escaping for text that lands in HTML, attributes and XML outside the template engine.
public enum HTMLEscape {
    public static func text(_ value: String) -> String {
        escape(value, quotes: false)
    }

    public static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    private static func escape(_ value: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

public enum XMLEscape {
    /// Escapes text and attribute values, and drops characters XML 1.0 does not allow.
    public static func text(_ value: String) -> String {
        var value = value
        return value.withUTF8 { bytes in
            guard bytes.contains(where: { needsWork($0) }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 64)
            append(bytes, to: &out)
            return String(decoding: out, as: UTF8.self)
        } ?? value
    }

    /// Appends `value` escaped as `text(_:)` does to UTF-8 bytes.
    static func append(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { append($0, to: &out) }
    }

    /// Works on the UTF-8 bytes: the characters to escape are ASCII, and the characters XML does not
    /// allow that a Swift string can hold are C0 controls other than tab, newline and carriage
    /// return (one byte each) and U+FFFE and U+FFFF (`EF BF BE`, `EF BF BF`).
    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var start = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard needsWork(byte) else { index += 1; continue }
            var skip = 1
            let replacement: StaticString?
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&apos;"
            case 0xEF:
                guard index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE else { index += 1; continue }
                replacement = nil
                skip = 3
            default: replacement = nil
            }
            out.append(contentsOf: bytes[start..<index])
            if let replacement {
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            }
            index += skip
            start = index
        }
        out.append(contentsOf: bytes[start..<bytes.count])
    }

    /// Whether the byte starts something `append` escapes or drops (or, for `EF`, may drop).
    @inline(__always)
    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        default: false
        }
    }
}

/// Links written by people (a project's website, the report address in site.yml) that may become an `href`:
/// `http:`, `https:`, `mailto:`, `tel:` or a path. Anything else (`javascript:`, `data:`, `vbscript:`, spelled in
/// any case or with control characters inside) is not a link, whatever the policy of the page.
public enum SafeLink {
    public static func href(_ value: String) -> String? {
        // Browsers drop ASCII tab and newlines inside a scheme and trim C0 controls and spaces around it.
        let squeezed = String(value.unicodeScalars.filter { $0.value > 0x20 })
        guard let colon = squeezed.firstIndex(of: ":") else { return value }
        let scheme = squeezed[..<colon]
        if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return value }
        return ["http", "https", "mailto", "tel"].contains(scheme.lowercased()) ? value : nil
    }
}
