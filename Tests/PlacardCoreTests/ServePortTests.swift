import Foundation
import Testing

/// `placard serve --port 0` is a mistake in the command line: the system would pick the port, and the
/// address serve prints and builds the site with would say 0.
@Suite struct ServePortTests {
    @Test(arguments: [("C", "Error: --port 0 is not a port the browser can open; choose one from 1 to 65535, like --port 1313"),
                      ("zh_CN.UTF-8", "错误：--port 0 不是浏览器能打开的端口；请在 1 到 65535 之间选一个，如 --port 1313")])
    func portZeroIsAUsageError(language: String, first: String) throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let environment = ProcessInfo.processInfo.environment.merging(["LANG": language, "LC_ALL": "", "LC_MESSAGES": ""]) { $1 }
        let result = try PlacardProcess.run(["serve", "--source", site.root.path, "--port", "0"], environment: environment)
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err.split(separator: "\n").first.map(String.init) == first, "\(result.err)")
    }
}
