import Foundation
import Testing
@testable import PlacardCore

/// Which languages' search indexes a build makes side by side (`SearchSchedule.groups`).
@Suite struct SearchScheduleTests {
    let mb = 1 << 20

    @Test func aSmallSiteMakesEachLanguageAlone() {
        #expect(SearchSchedule.groups(texts: [("zh", 10 * mb), ("en", 9 * mb)], cores: 2) == .init(now: [["zh"], ["en"]]))
    }

    @Test func aLargeSiteMakesItsLargestLanguageBesideTheOthersWhenTheyAreSmall() {
        #expect(SearchSchedule.groups(texts: [("en", 10 * mb), ("zh", 60 * mb), ("fr", 5 * mb)], cores: 2)
                == .init(now: [["zh"], ["en", "fr"]]))
        // Half the largest's text: still beside it.
        #expect(SearchSchedule.groups(texts: [("zh", 60 * mb), ("en", 30 * mb)], cores: 2) == .init(now: [["zh"], ["en"]]))
    }

    @Test func aLargeSiteWithLanguagesOfLikeSizeMakesTheOthersAfterThePages() {
        #expect(SearchSchedule.groups(texts: [("zh", 60 * mb), ("en", 31 * mb)], cores: 2)
                == .init(now: [["zh"]], afterPages: [["en"]]))
        #expect(SearchSchedule.groups(texts: [("en", 40 * mb), ("zh", 60 * mb), ("fr", 30 * mb)], cores: 2)
                == .init(now: [["zh"]], afterPages: [["en", "fr"]]))
    }

    @Test func oneCoreOrOneLanguageMakesOneJob() {
        #expect(SearchSchedule.groups(texts: [("zh", 1 * mb), ("en", 1 * mb)], cores: 1) == .init(now: [["zh", "en"]]))
        #expect(SearchSchedule.groups(texts: [("zh", 60 * mb)], cores: 2) == .init(now: [["zh"]]))
        #expect(SearchSchedule.groups(texts: [], cores: 2) == .init(now: []))
    }

    /// `Parallel.both` returns both results, in their places, with `Parallel` work inside either.
    @Test func bothReturnsBothResults() {
        let (sum, text) = Parallel.both({ Parallel.map(100) { $0 * 2 }.reduce(0, +) }, { Parallel.map(10) { "\($0)" }.joined() })
        #expect(sum == 9900)
        #expect(text == "0123456789")
    }
}
