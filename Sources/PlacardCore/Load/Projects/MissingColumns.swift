/// The required fields a spreadsheet's header has no column for, each with the headers that look
/// like it (`主办单位名称`, `organiser`, `开始日期(年月日)`): a column misspelt or left out is one error
/// on the header row, not one on every row.
struct MissingColumns {
    /// A header that looks like a missing field's, and what to rename it (`主办单位名称` → `主办单位`).
    struct Lookalike {
        let index: Int
        let header: String
        let renamed: String
    }

    /// The fields every project needs (`ProjectBuilder` reports a project without one).
    static let required = ["id", "title", "organizer", "organizerType", "series", "start"]

    /// The missing fields in the order of `required`, each with its lookalikes in header order.
    private(set) var missing: [(field: String, lookalikes: [Lookalike])] = []

    var fields: Set<String> { Set(missing.map(\.field)) }

    /// The headers named as lookalikes: the error names them, so they get no warning of their own.
    var suggested: Set<Int> { Set(missing.flatMap { $0.lookalikes.map(\.index) }) }

    init(header: [String], languages: [Language]) {
        var present: Set<String> = []
        var others: [(index: Int, name: String)] = []
        for (index, raw) in header.enumerated() {
            let name = raw.trimmed
            guard !name.isEmpty else { continue }
            if let (field, language) = ProjectColumns.parse(name),
               language.map({ ProjectColumns.languageCode($0, languages: languages) != nil }) ?? true {
                present.insert(field)
            } else {
                others.append((index, name))
            }
        }
        let absent = Self.required.filter { !present.contains($0) }
        var found: [String: [Lookalike]] = [:]
        for (index, name) in others {
            guard let (field, renamed) = Self.closest(name), absent.contains(field) else { continue }
            found[field, default: []].append(Lookalike(index: index, header: name, renamed: renamed))
        }
        missing = absent.map { ($0, found[$0] ?? []) }
    }

    /// One error for each missing field.
    var messages: [Message] {
        missing.map { field, lookalikes in
            let chinese = ProjectColumns.fields.first { $0.name == field }?.chinese[0] ?? field
            guard !lookalikes.isEmpty else { return .missingColumn(field, chinese: chinese) }
            return .missingColumnLike(field, chinese: chinese, found: lookalikes.map(\.header), renamed: lookalikes.map(\.renamed))
        }
    }

    /// The field a header Placard does not read looks like, and the header renamed to it (the
    /// Chinese name for a Chinese header, its language part kept); nil if none is close. A header
    /// is close when it holds a name of four characters or more (`主办单位名称`, `organizer_name`:
    /// the longest wins), else when one edit makes it a name of four to seven characters, or two
    /// one of eight or more (`organiser`, `开始日其`). A known name with a language Placard does not
    /// know (`开始日期(年月日)`) is renamed to the name alone.
    static func closest(_ header: String) -> (field: String, renamed: String)? {
        let (base, language, suffix) = ProjectColumns.split(header)
        let written = ProjectColumns.key(base)
        func renamed(_ field: String, _ suffix: String) -> String {
            let chinese = ProjectColumns.fields.first { $0.name == field }?.chinese[0]
            return (ProjectColumns.containsChinese(header) ? chinese ?? field : field) + suffix
        }
        if language != nil, let field = ProjectColumns.parse(header)?.field { return (field, renamed(field, "")) }
        var best: (field: String, rank: Int)?
        let writtenCount = written.count
        for (field, chinese) in ProjectColumns.fields {
            for name in [field.lowercased()] + chinese {
                let rank: Int
                if name.count >= 4 && written.contains(name) {
                    rank = -name.count
                } else {
                    // Lengths further apart than the edits allowed need no table (a cell of a whole paragraph).
                    guard abs(writtenCount - name.count) <= 2 else { continue }
                    let distance = Self.distance(written, name)
                    guard distance <= (name.count >= 8 ? 2 : name.count >= 4 ? 1 : 0) else { continue }
                    rank = distance
                }
                if best == nil || rank < best!.rank { best = (field, rank) }
            }
        }
        return best.map { ($0.field, renamed($0.field, suffix)) }
    }

    /// Edits (a character added, dropped, changed, or two side by side swapped) from `a` to `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let change = a[i - 1] == b[j - 1] ? 0 : 1
                rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + change)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
                }
            }
        }
        return rows[a.count][b.count]
    }
}
