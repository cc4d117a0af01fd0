import Foundation
import Testing
@testable import PlacardCore

@Suite struct JobRunnerTests {
    /// Jobs given before the rest are known (the search indexes) and those given at the end (the pages)
    /// all run once, and `finish` counts them all.
    @Test func runsJobsGivenInPartsEachOnce() {
        let runs = Locked<[String: Int]>([:])
        func jobs(_ prefix: String, _ count: Int) -> [PageJob] {
            (0..<count).map { index in
                PageJob(path: "\(prefix)/\(index)", sitemap: nil) { _ in runs.update { $0["\(prefix)/\(index)", default: 0] += 1 } }
            }
        }
        let runner = JobRunner(writer: nil, diagnostics: Diagnostics(), progress: nil)
        runner.add(jobs("search", 2))
        Thread.sleep(forTimeInterval: 0.01)
        #expect(runner.finish(adding: jobs("page", 300)) == 302)
        #expect(runs.value.count == 302)
        #expect(runs.value.values.allSatisfy { $0 == 1 })
    }

    @Test func aRunnerGivenNothingFinishes() {
        #expect(JobRunner(writer: nil, diagnostics: Diagnostics(), progress: nil).finish() == 0)
    }
}
