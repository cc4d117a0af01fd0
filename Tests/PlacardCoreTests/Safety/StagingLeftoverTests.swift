import Foundation
import Testing
@testable import PlacardCore
#if canImport(Glibc)
import Glibc
#endif

/// A staging folder left by a killed build is removed by the next one even when the killed process
/// has not been reaped yet or its process id now belongs to another program; one that a running
/// build holds is kept (SPEC §7.6).
@Suite struct StagingLeftoverTests {
    /// Starts `/bin/sh -c script` without reaping it.
    private func spawn(_ script: String) throws -> pid_t {
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", script]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        #expect(posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0)
        return pid
    }

    private func leaveStaging(for pid: pid_t, in site: TestSite) throws -> String {
        let name = OutputWriter.stagingPrefix(site.output) + "\(pid)"
        try site.write(Data("half".utf8), to: "\(name)/zh/index.html")
        return name
    }

    @Test func aKilledBuildNotYetReapedLeavesNothingAfterTheNextBuild() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        let zombie = try spawn("exit 0")
        defer { var status: Int32 = 0; waitpid(zombie, &status, 0) }
        for _ in 0..<200 where (try? String(contentsOfFile: "/proc/\(zombie)/stat", encoding: .utf8))?.contains(") Z ") != true {
            usleep(10_000)
        }
        #expect(kill(zombie, 0) == 0, "the process is a zombie: it still has its id")
        _ = try leaveStaging(for: zombie, in: site)
        #expect(site.build().summary != nil)
        #expect(site.besideOutput().isEmpty)
    }

    @Test func aProcessIdTakenByAnotherProgramDoesNotKeepTheFolder() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        let other = try spawn("sleep 30")
        defer { kill(other, SIGKILL); var status: Int32 = 0; waitpid(other, &status, 0) }
        _ = try leaveStaging(for: other, in: site)
        #expect(site.build().summary != nil)
        #expect(site.besideOutput().isEmpty)
    }

    @Test func aFolderWhoseLockIsHeldIsKept() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        let other = try spawn("sleep 30")
        defer { kill(other, SIGKILL); var status: Int32 = 0; waitpid(other, &status, 0) }
        let name = try leaveStaging(for: other, in: site)
        // Close-on-exec: a program another test starts meanwhile must not inherit the lock.
        let held = open(site.root.appendingPathComponent(name).path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        #expect(flock(held, LOCK_EX | LOCK_NB) == 0)
        #expect(site.build().summary != nil)
        #expect(site.besideOutput() == [name])
        close(held)
        #expect(site.build().summary != nil)
        #expect(site.besideOutput().isEmpty)
    }
}
