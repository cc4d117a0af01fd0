import Foundation

/// Narrows a search by kind, series and group (SPEC §6, §7.5): several values of one filter
/// widen it (OR), filters combine (AND); a filter with no values narrows nothing.
public struct SearchFilters: Equatable, Sendable {
    public static let facets = ["kind", "series", "group"]

    public var kind: [String]
    public var series: [String]
    public var group: [String]

    /// No filter: everything.
    public init() { self.init(kind: [String]()) }

    public init(kind: [String] = [], series: [String] = [], group: [String] = []) {
        self.kind = kind
        self.series = series
        self.group = group
    }

    /// One value each, as `--kind article` or `?series=elderly` give it.
    public init(kind: String? = nil, series: String? = nil, group: String? = nil) {
        self.init(kind: kind.map { [$0] } ?? [], series: series.map { [$0] } ?? [], group: group.map { [$0] } ?? [])
    }

    /// The values chosen for `facet` (`kind`, `series` or `group`).
    public func values(_ facet: String) -> [String] {
        switch facet {
        case "kind": return kind
        case "series": return series
        case "group": return group
        default: return []
        }
    }

    /// Values written `industry,education` (the URL's and the command line's form): split at
    /// commas, blanks dropped.
    public static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The values of an option given several times (`--series a --series b,c`), in order.
    public static func list(_ texts: [String]) -> [String] {
        texts.flatMap { list($0) }
    }
}
