import Foundation

/// Runs jobs on every core; each page is written as soon as it is made.
///
/// Work starts before every job is known: a build hands over the search indexes, its longest jobs, as
/// soon as the bodies are rendered, and the pages once they are planned (`finish(adding:)`). One worker
/// a core takes the next job in the order given; a worker with nothing to take yet waits, so the
/// planning and the search index share the cores instead of one of them idling.
///
/// `@unchecked Sendable`: the jobs and counters are read and changed only while holding `condition`.
final class JobRunner: @unchecked Sendable {
    private let writer: OutputWriter?
    private let diagnostics: Diagnostics
    private let progress: (@Sendable (Int, Int) -> Void)?
    private let condition = NSCondition()
    /// A job is let go once a worker takes it, so that what it holds (a page's renderer and the
    /// bodies) is freed once the last job that needs it has run.
    private var jobs: [PageJob?] = []
    private var next = 0
    private var done = 0
    /// Whether every job has been given.
    private var closed = false
    private let workers: Int
    private let finished = DispatchSemaphore(value: 0)

    /// Starts one worker a core (`Parallel.width`), each waiting for jobs.
    init(writer: OutputWriter?, diagnostics: Diagnostics, progress: (@Sendable (Int, Int) -> Void)?) {
        self.writer = writer
        self.diagnostics = diagnostics
        self.progress = progress
        workers = Parallel.width
        for _ in 0..<workers {
            let thread = Thread { [self] in
                while let job = take() { run(job) }
                finished.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Runs `jobs` once the jobs given before them have been taken.
    func add(_ jobs: [PageJob]) {
        condition.lock()
        self.jobs += jobs
        condition.broadcast()
        condition.unlock()
    }

    /// Runs `jobs` last and returns, with the number of jobs run, once every job is done.
    @discardableResult
    func finish(adding jobs: [PageJob] = []) -> Int {
        condition.lock()
        self.jobs += jobs
        closed = true
        condition.broadcast()
        condition.unlock()
        for _ in 0..<workers { finished.wait() }
        return self.jobs.count
    }

    /// All jobs, as `run(_:)` did before jobs could be given in parts.
    static func run(_ jobs: [PageJob], writer: OutputWriter?, diagnostics: Diagnostics, progress: (@Sendable (Int, Int) -> Void)?) -> Int {
        JobRunner(writer: writer, diagnostics: diagnostics, progress: progress).finish(adding: jobs)
    }

    /// The next job, waiting while none is left and more may come; nil when all have been taken.
    private func take() -> PageJob? {
        condition.lock()
        defer { condition.unlock() }
        while next == jobs.count && !closed { condition.wait() }
        guard next < jobs.count else { return nil }
        defer { jobs[next] = nil; next += 1 }
        return jobs[next]
    }

    private func run(_ job: PageJob) {
        do {
            try job.run { [writer] file in try writer?.write(file.data, to: file.path) }
        } catch Theme.RenderError.missingTemplate(let name) {
            diagnostics.error("templates/\(name).mustache", .templateMissing(name, neededFor: job.path))
        } catch {
            diagnostics.error(job.path, .cannotWritePage(error.localizedDescription))
        }
        condition.lock()
        done += 1
        // Counted once the total is known; the jobs done before are counted then.
        let (count, total) = (done, closed ? jobs.count : nil)
        condition.unlock()
        guard let total else { return }
        if count >= total / 2 { TestHook.pause(at: "render") }
        if let progress, count % 500 == 0 || count == total { progress(count, total) }
    }
}
