import Foundation
import Testing
@testable import PlacardCore

/// Dates and times are padded without format strings; they must read as `String(format:)` wrote them.
@Suite struct ZeroPaddedTests {
    @Test func zeroPaddedIsTheFormatStringsPadding() {
        for n in [0, 1, 9, 10, 59, 99, 100, 999, 1000, 2026, 9999, 12345] {
            #expect(n.zeroPadded(2) == String(format: "%02d", n))
            #expect(n.zeroPadded(4) == String(format: "%04d", n))
        }
    }

    @Test func datesReadAsBefore() throws {
        for (y, m, d) in [(1, 1, 1), (999, 9, 9), (2024, 2, 29), (2026, 12, 31), (9999, 12, 31)] {
            let day = try #require(Day(year: y, month: m, day: d))
            #expect(day.description == String(format: "%04d-%02d-%02d", y, m, d))
        }
        let written = try #require(ContentDate.parse("2026-03-07T08:05:09-09:30"))
        #expect(written.rfc3339 == "2026-03-07T08:05:09-09:30")
        #expect(written.pubDateMeta == "2026-03-07 08:05")
        #expect(written.rfc822 == "Sat, 07 Mar 2026 08:05:09 -0930")
    }
}
