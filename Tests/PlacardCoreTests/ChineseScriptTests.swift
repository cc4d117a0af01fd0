import Testing
@testable import PlacardCore

struct ChineseScriptTests {
    @Test func foldsTraditionalToSimplified() {
        #expect(ChineseScript.simplified("數字鴻溝") == "数字鸿沟")
        #expect(ChineseScript.simplified("長者學習智慧手機") == "长者学习智慧手机")
        #expect(ChineseScript.simplified("数字鸿沟 abc") == "数字鸿沟 abc")
    }

    @Test func keepsTheCountOfScalars() {
        let text = "發展後勤，乾坤𠮷"
        #expect(ChineseScript.simplified(text).unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test func knowsWhichCharactersAreTraditionalOnly() {
        #expect(ChineseScript.isTraditionalOnly("數"))
        #expect(ChineseScript.isTraditionalOnly("後"))
        #expect(!ChineseScript.isTraditionalOnly("乾"))  // 乾坤 is Simplified too
        #expect(!ChineseScript.isTraditionalOnly("于"))
        #expect(!ChineseScript.isTraditionalOnly("数"))
        #expect(ChineseScript.pairs.count > 3000)
    }

    @Test func messagesFollowTheEnvironmentLanguage() {
        #expect(MessageLanguage.from(environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(MessageLanguage.from(environment: ["LC_ALL": "", "LANG": "zh_TW.UTF-8"]) == .zh)
        #expect(MessageLanguage.from(environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(MessageLanguage.from(environment: ["LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(MessageLanguage.from(environment: [:]) == .en)
        let diagnostic = Diagnostic.error("a.md", line: 3, Message(en: "bad date", zh: "日期有误"))
        #expect(diagnostic.description(in: .zh) == "a.md:3: error: 日期有误")
        #expect(diagnostic.message == "bad date")
    }
}
