import Foundation

/// Runs jobs on every core; each page is written as soon as it is made.
enum JobRunner {
    static func run(_ jobs: [PageJob], writer: OutputWriter?, diagnostics: Diagnostics, progress: (@Sendable (Int, Int) -> Void)?) -> Int {
        let counter = Locked(0)
        Parallel.forEach(jobs.count) { index in
            let job = jobs[index]
            do {
                try job.run { file in try writer?.write(file.data, to: file.path) }
            } catch Theme.RenderError.missingTemplate(let name) {
                diagnostics.error("templates/\(name).mustache", .templateMissing(name, neededFor: job.path))
            } catch {
                diagnostics.error(job.path, .cannotWritePage(error.localizedDescription))
            }
            let done = counter.withLock { $0 += 1; return $0 }
            if done == jobs.count / 2 { TestHook.pause(at: "render") }
            if let progress, done % 500 == 0 || done == jobs.count { progress(done, jobs.count) }
        }
        return jobs.count
    }
}
