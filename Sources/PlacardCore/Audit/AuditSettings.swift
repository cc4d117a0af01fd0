import Yams

/// site.yml `audit:`: the thresholds of `placard audit` (SPEC §7.4).
public struct AuditSettings: Hashable, Sendable {
    /// The home page counts as not updated when the newest article is older than this many days.
    public var homeUpdateDays = 14
    /// Blank series are errors once there are this many (series × language).
    public var blankSeriesLimit = 5
    /// Seconds an external link may take to answer (`--external-links`).
    public var linkTimeout: Double = 10
    /// The line of `audit:` in site.yml, where findings about the whole site point.
    public var line: Int?

    public init() {}

    static let keys = ["homeUpdateDays", "blankSeriesLimit", "linkTimeout"]

    /// Reads `audit:` from site.yml's top-level map.
    static func read(site: Node, reader: NodeReader) -> AuditSettings {
        var settings = AuditSettings()
        guard let (_, auditKey, node) = site.mappingPairs.first(where: { $0.key == "audit" }) else { return settings }
        settings.line = reader.line(auditKey)
        if case .scalar = node, node.text == nil { return settings }
        guard node.isMapping else {
            reader.diagnostics.error(reader.path, line: reader.line(node), .auditSettingsNotAMap())
            return settings
        }
        for (key, keyNode, value) in node.mappingPairs {
            switch key {
            case "homeUpdateDays":
                settings.homeUpdateDays = readDays(value, "audit.homeUpdateDays", reader: reader) ?? settings.homeUpdateDays
            case "blankSeriesLimit":
                settings.blankSeriesLimit = readDays(value, "audit.blankSeriesLimit", reader: reader) ?? settings.blankSeriesLimit
            case "linkTimeout":
                if let text = value.text {
                    if let seconds = Double(text), seconds > 0, seconds.isFinite {
                        settings.linkTimeout = seconds
                    } else {
                        reader.diagnostics.error(reader.path, line: reader.line(value), .auditSeconds(text))
                    }
                }
            default:
                reader.diagnostics.warning(reader.path, line: reader.line(keyNode), .auditUnknownSetting(key, known: keys))
            }
        }
        return settings
    }

    /// A whole number of 1 or more (`updateDays`, `homeUpdateDays`, `blankSeriesLimit`); nil (and an error) otherwise.
    static func readDays(_ node: Node?, _ key: String, reader: NodeReader) -> Int? {
        guard let node else { return nil }
        let text = node.text ?? ""
        guard let value = Int(text), value >= 1 else {
            reader.diagnostics.error(reader.path, line: reader.line(node), .auditWholeNumber(key, text))
            return nil
        }
        return value
    }
}
