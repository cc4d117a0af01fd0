import Foundation
import Testing
@testable import PlacardCore

/// `Placeholder` replaces in bytes what Foundation's `replacingOccurrences` replaces.
@Suite struct PlaceholderTests {
    @Test func fillsAsFoundationDoes() {
        #expect(Placeholder.fill("约 {minutes} 分钟", ["minutes": "3"]) == "约 3 分钟")
        #expect(Placeholder.fill("{n} of {total}, {n}", ["n": "2", "total": "9"]) == "2 of 9, 2")
        #expect(Placeholder.fill("no placeholder", ["n": "2"]) == "no placeholder")
        for text in ["{n}\u{301}", "a{n}\u{301}{n}", "\u{600}{n}", "{n}\u{200d}", "{{n}}", "{n", "约{n}约", ""] {
            #expect(Array(Placeholder.replacing("{n}", with: "é", in: text).utf8) == Array(text.replacingOccurrences(of: "{n}", with: "é").utf8),
                    "\(text.debugDescription)")
        }
    }
}
