import Foundation
import Testing
@testable import PlacardCore

/// Term shards end where a family of keys does (`SearchTermTable.termShards`): the tails of one
/// clause, whatever clause came before it, sit in one shard, so a sentence pasted with its
/// comma reads a tail's shard and a head's, never a family cut in two.
@Suite struct SearchTermShardTests {
    static let pool = Array("春夏秋冬东南西北山川河海城乡村镇学校医院工厂农田社区街道图书馆文化站服务中心培训课程志愿者老师学生")

    /// A clause of `length` characters drawn from `pool`.
    static func clause(_ random: inout TestRandom, length: Int) -> String {
        String((0..<length).map { _ in pool[Int(random.next() % UInt64(pool.count))] })
    }

    /// 30 families: in each, one middle clause after 40 different openings, then an ending.
    static let families: [(middle: String, ending: String)] = {
        var random = TestRandom(seed: 5)
        return (0..<30).map { _ in (clause(&random, length: 8), clause(&random, length: 6)) }
    }()

    static let documents: [SearchDocument] = {
        var random = TestRandom(seed: 9)
        var docs: [SearchDocument] = []
        for (f, family) in families.enumerated() {
            for k in 0..<40 {
                let body = "\(clause(&random, length: 10))，\(family.middle)，\(family.ending)。\(clause(&random, length: 30))。"
                docs.append(SearchDocument(url: "/zh/f\(f)/\(k)/", title: "第\(f)组", kind: .article, body: body,
                                           date: String(format: "2024-%02d-%02d", f % 12 + 1, k % 28 + 1)))
            }
        }
        return docs
    }()

    @Test func aClausesTailsAreReadFromOneShard() throws {
        var files: [String: Data] = [:]
        for f in SearchTestSupport.files(Self.documents, runs: .commonTriples) { files[f.path] = f.data }
        #expect(files.keys.filter { $0.hasPrefix("search-index/t/") }.count > 10, "enough shards to cut families")
        for family in Self.families {
            final class Log: @unchecked Sendable { var read: [String] = [] }
            let log = Log()
            let reader = try SearchIndexReader { path in
                guard let data = files[path] else { throw SearchIndexError.missing(path) }
                if path.hasPrefix("search-index/t/") { log.read.append(path) }
                return data
            }
            let query = "\(family.middle)，\(family.ending)"
            let hits = try SearchEngine(reader: reader).search(query)
            #expect(hits.count == 40, "\(query)")
            #expect(log.read.count <= 2, "\(query) reads \(log.read)")
        }
    }
}
