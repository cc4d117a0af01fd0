import Foundation
import Testing
@testable import PlacardCore

/// Measures the index on a corpus: the `tools/gen-corpus.py` output folder that `PLACARD_SEARCH_BENCH`
/// names, else 200 articles generated for the run. Speed is reported, never asserted.
/// `swift test -c release -Xswiftc -enable-testing --filter SearchBenchmark`
@Suite struct SearchBenchmarkTests {
    static let corpus = ProcessInfo.processInfo.environment["PLACARD_SEARCH_BENCH"]

    static func cpu() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    @Test func report() throws {
        let site = try Self.corpus.map { URL(fileURLWithPath: $0).appendingPathComponent("placard") }
            ?? SearchCorpus.generate(articles: 200, seed: 3)
        defer { if Self.corpus == nil { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) } }
        var totalBytes = 0, totalFiles = 0
        for language in ["zh", "en"] {
            let docs = try SearchCorpus.documents(site: site, language: language)
            let docs2 = docs.map { d -> SearchDocument in
                // Native UTF-8 strings, as the pipeline's are (the loader's come from Foundation).
                var d = d
                d.body = String(decoding: Array(d.body.utf8), as: UTF8.self)
                return d
            }
            let start = Date(), cpuStart = Self.cpu()
            let files = SearchIndexWriter.files(for: docs2, language: language)
            let seconds = Date().timeIntervalSince(start), cpu = Self.cpu() - cpuStart
            let bytes = files.reduce(0) { $0 + $1.data.count }
            totalBytes += bytes
            totalFiles += files.count
            var kinds: [String: (Int, Int)] = [:]
            for f in files {
                let k = f.path.hasPrefix("search-index/") ? String(f.path.dropFirst(13).prefix(1)) : "entry"
                kinds[k, default: (0, 0)].0 += 1
                kinds[k, default: (0, 0)].1 += f.data.count
            }
            print("BENCH \(language): \(docs.count) docs, build \(String(format: "%.2f", seconds)) s (CPU \(String(format: "%.2f", cpu)) s), \(files.count) files, \(bytes) bytes; by kind \(kinds.sorted { $0.key < $1.key })")
            var byPath: [String: Data] = [:]
            for f in files { byPath[f.path] = f.data }
            for q in (language == "zh" ? ["老", "养老", "手机", "鸿沟", "数字鸿沟", "智能手机", "数字素养", "讲解数字消费"] : ["digital", "dig", "older people", "hoc"]) {
                var fetched: [String: Int] = [:]
                let reader = try SearchIndexReader { path in
                    guard let d = byPath[path] else { throw SearchIndexError.missing(path) }
                    fetched[path] = d.count
                    return d
                }
                let engine = SearchEngine(reader: reader)
                let t0 = Date()
                let hits = try engine.search(q)
                let queryTime = Date().timeIntervalSince(t0)
                let indexBytes = fetched.values.reduce(0, +)
                for h in hits.prefix(10) { _ = try reader.meta(h.doc) }
                let pageBytes = fetched.values.reduce(0, +)
                print("BENCH \(language) query \(q): \(hits.count) hits in \(String(format: "%.3f", queryTime)) s; \(fetched.count) files, \(indexBytes) bytes to answer, \(pageBytes) bytes with the first 10 results' records")
            }
        }
        print("BENCH total: \(totalFiles) files, \(totalBytes) bytes")
    }
}
