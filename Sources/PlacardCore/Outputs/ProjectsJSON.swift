import Foundation

/// `projects.json`: the projects of one language as a JSON array (SPEC §7.3).
struct ProjectsJSON {
    struct Item: Encodable {
        var id, title, summary, organizer, organizerType, series: String
        var groups: [String]
        var region, start: String
        /// Every key is always there: a missing end or reach is `null`.
        var end: JSONNullable<String>
        var reach: JSONNullable<Int>
        var status, url: String
    }

    let items: [Item]

    var data: Data {
        get throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var data = try encoder.encode(items)
            data.append(0x0A)
            return data
        }
    }
}

/// An optional that encodes as `null` when it is nil, where a synthesized `Encodable` would leave
/// the key out.
struct JSONNullable<Wrapped: Encodable>: Encodable {
    let value: Wrapped?

    init(_ value: Wrapped?) { self.value = value }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}
