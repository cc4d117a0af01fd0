import Foundation
import Testing
@testable import PlacardCore

/// `placard init` into a folder whose name has spaces and Chinese characters (SPEC §4): the site
/// checks and builds there, and the next step it prints can be pasted into a shell as it is.
@Suite struct InitFolderWithSpacesTests {
    @Test func theNextStepQuotesAFolderWithSpaces() throws {
        let parent = try makeTestFolder("init")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("数字 素养's site").path
        let environment = ProcessInfo.processInfo.environment.merging(["LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""]) { $1 }
        let result = try PlacardProcess.run(["init", folder], environment: environment)
        #expect(result.status == 0 && result.err.isEmpty, "\(result.err)")
        #expect(result.out.contains("Next: cd '\(parent.path)/数字 素养'\\''s site' && placard serve"), "\(result.out)")
        let check = try PlacardProcess.run(["check", "--source", folder], environment: environment)
        #expect(check.status == 0 && check.err.isEmpty, "\(check.err)")
        #expect(Message.shellWord("站点/新站") == "站点/新站")
        #expect(Message.shellWord("a b") == "'a b'")
    }
}
