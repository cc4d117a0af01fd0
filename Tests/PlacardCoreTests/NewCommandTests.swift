import Foundation
import Testing
@testable import PlacardCore

/// `placard new`'s answers to arguments it cannot use: the mistake and the values to use, with no file named.
@Suite struct NewCommandTests {
    @Test(arguments: [
        (["nowhere", "x"], "error: unknown series `nowhere`; use one of elderly, education\n"),
        (["elderly", "x y"], "error: the slug `x y` cannot be used in a web address: use letters, digits and `-`, like `phone-class`\n"),
        (["elderly", "x", "--lang", "fr"], "error: unknown language `fr`; use one of zh, en\n"),
        (["elderly", "page"], "error: the article slug `page` is taken by the series' own `page` (its page list, its feed or its page's index.html); rename the article\n"),
        (["elderly", String(repeating: "a", count: 250)], "error: `\(String(repeating: "a", count: 40))…` is too long to be part of a page address (at most 255 bytes: 85 Chinese characters or 255 letters); shorten it\n"),
    ])
    func aWrongArgumentIsAnErrorOfTheCommand(arguments: [String], expected: String) throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let result = try PlacardProcess.run(["new"] + arguments + ["--source", site.root.path], environment: ["LC_ALL": "C"])
        #expect(result.status == 2)
        #expect(result.err == expected)
        #expect(result.out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content").path))
    }

    @Test func aWrongArgumentIsInChineseOnAChineseComputer() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let result = try PlacardProcess.run(["new", "nowhere", "x", "--source", site.root.path], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.status == 2)
        #expect(result.err == "error: 没有 `nowhere` 这个系列；请用其中之一：elderly、education\n")
    }
}
