import Foundation

/// `projects.json`: the projects of one language as a JSON array (SPEC §7.3).
struct ProjectsJSON {
    struct Item: Encodable {
        var id, title, summary, organizer, organizerType, series: String
        var groups: [String]
        var region, start: String
        var end: String?
        var reach: Int?
        var status, url: String

        enum CodingKeys: String, CodingKey {
            case id, title, summary, organizer, organizerType, series, groups, region, start, end, reach, status, url
        }

        /// Every key is always there: a missing end or reach is `null`.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(summary, forKey: .summary)
            try container.encode(organizer, forKey: .organizer)
            try container.encode(organizerType, forKey: .organizerType)
            try container.encode(series, forKey: .series)
            try container.encode(groups, forKey: .groups)
            try container.encode(region, forKey: .region)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(reach, forKey: .reach)
            try container.encode(status, forKey: .status)
            try container.encode(url, forKey: .url)
        }
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
