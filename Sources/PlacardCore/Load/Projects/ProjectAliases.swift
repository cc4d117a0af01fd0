/// Values staff write in a spreadsheet's own words: an organizer type by its label on the site
/// (`省直部门`, `培训基地`), a series or group by its title in site.yml (`教育篇`).
extension OrganizerType {
    /// The labels of the default theme in both languages, and a few short forms.
    static let labels: [String: OrganizerType] = [
        "省直部门": .department, "部门": .department, "政府部门": .department, "department": .department, "government department": .department,
        "市（州）": .city, "市(州)": .city, "市州": .city, "市": .city, "城市": .city, "city": .city,
        "培训基地": .base, "基地": .base, "training base": .base,
        "协会": .association, "社会组织": .association, "association": .association,
        "企业": .enterprise, "enterprise": .enterprise, "company": .enterprise,
    ]

    init?(label: String) {
        guard let value = Self.labels[label.trimmed.lowercased()] else { return nil }
        self = value
    }
}

extension Localized where Value == String {
    /// Whether `text` is this text in one of its languages (case-insensitive for Latin letters).
    func matches(_ text: String) -> Bool {
        let wanted = text.trimmed.lowercased()
        return byLanguage.values.contains { $0.trimmed.lowercased() == wanted } || everywhere?.trimmed.lowercased() == wanted
    }
}
