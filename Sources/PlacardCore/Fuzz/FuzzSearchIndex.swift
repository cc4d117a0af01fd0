import Foundation

/// The `search-index` target: what `placard search --site` does with an index a user may have
/// damaged. Two indexes of one small site are made once: every run of Han characters a long
/// gram (a small site's) and only those with a common triple (a larger site's, with position
/// shards). The input's first byte picks the index (its top bit) and the file, the second how
/// the file is damaged, the rest is what damages it; then every kind of query is asked, and the
/// hits' metas read. Any answer or `SearchIndexError` will do; a trap is a finding.
extension FuzzEntries {
    static func searchIndex(_ data: Data) {
        let bytes = [UInt8](data)
        guard bytes.count >= 2 else { return }
        let index = bytes[0] & 0x80 == 0 ? FuzzSearchIndex.everyRun : FuzzSearchIndex.commonTriples
        let path = index.paths[Int(bytes[0] & 0x7F) % index.paths.count]
        var files = index.files
        files[path] = FuzzSearchIndex.damaged(files[path]!, how: bytes[1], with: bytes[2...])
        guard let reader = try? SearchIndexReader(loader: { path in
            guard let data = files[path] else { throw SearchIndexError.missing(path) }
            return data
        }) else { return }
        let engine = SearchEngine(reader: reader)
        for (query, filters) in FuzzSearchIndex.queries {
            guard let hits = try? engine.search(query, filters: filters) else { continue }
            for hit in hits.prefix(3) { _ = try? reader.meta(hit.doc) }
        }
    }
}

/// One small site's search index, its files by path in the language folder, the `.gz` ones
/// inflated (the reader takes them so, as a server that sends them gzip-encoded hands them over),
/// so that the damage falls on the records rather than on the gzip stream.
struct FuzzSearchIndex {
    let files: [String: Data]
    /// The paths, sorted: the input's first byte picks one.
    let paths: [String]

    static let everyRun = FuzzSearchIndex(runs: .automatic)
    static let commonTriples = FuzzSearchIndex(runs: .commonTriples)

    private init(runs: SearchLongGrams.Policy) {
        var files: [String: Data] = [:]
        _ = SearchIndexWriter.write(Self.documents, language: "zh", synonyms: [["长者", "老年人"]], runs: runs, until: { false }) { file in
            files[file.path] = file.path.hasSuffix(".gz") ? SearchGzip.decompress(file.data) ?? file.data : file.data
        }
        self.files = files
        paths = files.keys.sorted()
    }

    /// The file `data` damaged: `how` 0 replaces it with `input`, 1 writes `input` over it with
    /// exclusive or (from the offset its first two bytes give), 2 cuts it to the length they
    /// give, 3 puts `input` in at that offset.
    static func damaged(_ data: Data, how: UInt8, with input: ArraySlice<UInt8>) -> Data {
        var bytes = [UInt8](data)
        let offset = input.count >= 2 ? (Int(input[input.startIndex]) << 8 | Int(input[input.startIndex + 1])) % (bytes.count + 1) : 0
        let rest = input.dropFirst(2)
        switch how % 4 {
        case 0: bytes = Array(input)
        case 1: for (k, b) in rest.enumerated() where offset + k < bytes.count { bytes[offset + k] ^= b }
        case 2: bytes = Array(bytes.prefix(offset))
        default: bytes.insert(contentsOf: rest, at: offset)
        }
        return Data(bytes)
    }

    /// Every kind of query the engine answers in its own way (docs/search.md §6): one character,
    /// a pair, a triple, runs that are long grams and runs that are not, a run longer than a long
    /// gram (70 characters, read from its windows), a pasted sentence with its punctuation (joined chunk, two and four runs), words
    /// and a prefix, a phrase of two chunks, a synonym, full pinyin and initials; and filters.
    static let queries: [(String, SearchFilters)] = {
        let texts = ["数", "数字", "数字素", "数字素养", "数字素质", "全民数字素养与技能", longRun,
                     "老年人学会用智能手机，子女不再担心", String(sentence.dropLast()),
                     "digital lit", "digital literacy ", "2024年 5G网络", "数字 鸿沟", "长者 手机", "shuzi suyang", "szsy", "nvxing",
                     "“ 5g +", "數字鴻溝"]
        return texts.map { ($0, SearchFilters()) } + [("数字", SearchFilters(kind: ["article"], series: ["elderly"], group: ["women"]))]
    }()

    /// A sentence of four clauses that every third document holds.
    private static let sentence = "老年人学会用智能手机，子女不再担心，社区开设课堂，老人结业领取证书。"
    /// A run of 70 Han characters that two documents hold.
    private static let longRun = String(repeating: "全民数字素养与技能提升行动", count: 5) + "乡村振兴开局"

    /// Thirty documents whose sentences repeat (common triples, long grams that refer to
    /// shorter ones, join terms shared by many documents) beside text of their own.
    private static let documents: [SearchDocument] = {
        let clauses = ["全民数字素养与技能提升行动", "老年人学会用智能手机", "子女不再担心", "跨越数字鸿沟",
                       "社区开设课堂", "老人结业", "领取证书", "妇女电商培训", "乡村振兴", "2024年建成5G网络",
                       "digital literacy for all", "e-commerce training", "“5G+”智慧课堂"]
        let marks = ["，", "。", "、", "；", " "]
        var documents: [SearchDocument] = []
        for d in 0..<30 {
            var body = d % 3 == 0 ? sentence : ""
            if d % 13 == 5 { body += longRun + "。" }
            for k in 0..<(12 + d % 7) {
                body += clauses[(d * 7 + k * k) % clauses.count] + marks[(d + k) % marks.count]
                if k % 5 == d % 5 { body += "第\(d)篇独有的文字\(String(repeating: "甲乙丙丁", count: d % 3 + 1))" }
            }
            documents.append(SearchDocument(
                url: "/zh/a\(d)/", title: "\(clauses[d % clauses.count])（\(d)）", kind: d % 4 == 3 ? .project : .article,
                series: ["elderly", "women", "industry"][d % 3], groups: d % 2 == 0 ? ["women"] : [], groupNames: d % 2 == 0 ? ["妇女"] : [],
                tags: ["数字鸿沟"], summary: clauses[(d + 3) % clauses.count], body: body,
                organizer: ["长沙市妇联", "西安市老龄办", "行政审批局"][d % 3], region: ["湖南", "陕西", "女性创业园"][d % 3],
                date: "2024-05-\(10 + d % 20)"))
        }
        return documents
    }()
}
