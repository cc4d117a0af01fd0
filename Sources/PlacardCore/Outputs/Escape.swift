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
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let v = scalar.value
                if v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000 {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
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
