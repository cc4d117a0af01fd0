import Testing
@testable import PlacardCore

/// Which partials are rendered once per language instead of once per page.
@Suite struct LanguageFragmentsTests {
    static let pages: Set<String> = ["home"]

    func fragments(base: String, footer: String) -> [String] {
        LanguageFragments.find(["home": "{{<base}}{{$main}}x{{/main}}{{/base}}", "base": base, "footer": footer], pageTemplates: Self.pages)
    }

    @Test func aFooterOfLanguageKeysOutsideSectionsIsAFragment() {
        let footer = "<nav>{{t.menu}}{{#footerPages}}<a href=\"{{url}}\">{{title}}</a>{{/footerPages}}{{#head.feeds}}{{href}}{{/head.feeds}}</nav>\n"
        #expect(fragments(base: "<main>{{$main}}{{/main}}</main>\n{{>footer}}\n", footer: footer) == ["footer"])
    }

    @Test func aPartialThatReadsThePageIsNot() {
        #expect(fragments(base: "{{>footer}}\n", footer: "{{page.title}}\n").isEmpty)
        #expect(fragments(base: "{{>footer}}\n", footer: "{{head.alternates}}\n").isEmpty)
        #expect(fragments(base: "{{>footer}}\n", footer: "{{#identity}}{{article}}{{/identity}}\n").isEmpty, "a key that climbs to the page")
        #expect(fragments(base: "{{>footer}}\n", footer: "{{>other}}\n").isEmpty)
    }

    @Test func aPartialUsedInsideASectionOrIndentedIsNot() {
        #expect(fragments(base: "{{#menu}}{{>footer}}{{/menu}}\n", footer: "{{t.menu}}\n").isEmpty)
        #expect(fragments(base: "{{$main}}{{>footer}}{{/main}}\n", footer: "{{t.menu}}\n").isEmpty)
        #expect(fragments(base: "  {{>footer}}\n", footer: "{{t.menu}}\n").isEmpty)
        #expect(fragments(base: "<p>{{>footer}}</p>\n", footer: "{{t.menu}}\n") == ["footer"])
    }

    @Test func theDefaultThemesFooterAndReaderSwitchesAreFragments() throws {
        let diagnostics = Diagnostics()
        let language = Language(code: "zh", locale: "zh-CN", name: "中文")
        let theme = try #require(ThemeLoader.load(name: "default", siteRoot: ThemeTests.repository, languages: [language], diagnostics: diagnostics))
        #expect(theme.fragments == ["footer", "reader-switches"])
    }
}
