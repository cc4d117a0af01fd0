import Testing
@testable import PlacardCore

/// Headings get an `id` from their text (`HeadingIDs`), so that `#第二节` links lead to them.
@Suite struct MarkdownHeadingIDTests {
    @Test func idsComeFromTheTextAsHugoMakesThem() {
        let markdown = """
        ## 第二节：培训安排

        见[下文](#第三节)。

        ## 第三节

        ### Step 2: Sign up!

        ## 第三节

        ## Main

        ## ！！

        > ## 引用里的**标题**和`代码`

        ```
        <h2>code</h2>
        ```

        """
        #expect(MarkdownRenderer().render(markdown).html == """
        <h2 id="第二节培训安排">第二节：培训安排</h2>
        <p>见<a href="#%E7%AC%AC%E4%B8%89%E8%8A%82">下文</a>。</p>
        <h2 id="第三节">第三节</h2>
        <h3 id="step-2-sign-up">Step 2: Sign up!</h3>
        <h2 id="第三节-1">第三节</h2>
        <h2 id="main-1">Main</h2>
        <h2>！！</h2>
        <blockquote>
        <h2 id="引用里的标题和代码">引用里的<strong>标题</strong>和<code>代码</code></h2>
        </blockquote>
        <pre><code>&lt;h2&gt;code&lt;/h2&gt;
        </code></pre>

        """)
    }

    @Test func oneIDForEachText() {
        #expect(HeadingIDs.id(for: "Digital Literacy_2024 — für alle") == "digital-literacy_2024--für-alle")
        #expect(HeadingIDs.id(for: "一、总体要求") == "一总体要求")
        #expect(HeadingIDs.id(for: "（一）") == "一")
        #expect(HeadingIDs.id(for: "---") == "")
        #expect(HeadingIDs.id(for: "fn-1") == "h-fn-1")
        #expect(HeadingIDs.id(for: "FNREF 2") == "h-fnref-2")
    }

    /// Ids the page itself uses are not taken: the theme's, and the footnotes' `fn-…`/`fnref-…`.
    @Test func theThemesIDsAndFootnotesAreLeftAlone() {
        let html = MarkdownRenderer().render("## fn-1\n\n## More heading\n\n## main\n\n## main\n").html
        #expect(html == "<h2 id=\"h-fn-1\">fn-1</h2>\n<h2 id=\"more-heading-1\">More heading</h2>\n<h2 id=\"main-1\">main</h2>\n<h2 id=\"main-2\">main</h2>\n")
    }

    /// A link into the page that leads to no heading is a warning naming the ids there are; the
    /// page's top, the footnotes and the theme's ids count as there. With raw HTML allowed, nothing is checked.
    @Test func aLinkToNoHeadingIsAWarning() {
        let markdown = "## 第二节：培训安排\n\n[下文](#第二节)、[上文](#第二节培训安排)、[编码](#%E7%AC%AC%E4%BA%8C%E8%8A%82%E5%9F%B9%E8%AE%AD%E5%AE%89%E6%8E%92)、"
            + "[顶部](#top)、[注](#fn-1)、[正文](#main)、[空](#)。\n"
        let issues = MarkdownRenderer().render(markdown).issues
        #expect(issues == [MarkdownIssue(kind: .linkWarning(.fragmentWithoutHeading("#第二节", ids: ["第二节培训安排"])), line: 3)])
        #expect(MarkdownRenderer().render("[x](#nothing)\n").issues
                == [MarkdownIssue(kind: .linkWarning(.fragmentWithoutHeading("#nothing", ids: [])), line: 1)])
        #expect(MarkdownRenderer(options: MarkdownOptions(unsafe: true)).render("<a id=\"x\"></a>\n\n[x](#x)\n").issues.isEmpty)
    }

    /// Raw HTML with headings of its own: the `<hN>` no longer match the tree's headings one to one, so none gets an id.
    @Test func rawHTMLHeadingsLeaveTheIDsOut() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(unsafe: true))
        #expect(renderer.render("<h2>raw</h2>\n\n## 标题\n").html == "<h2>raw</h2>\n<h2>标题</h2>\n")
        #expect(renderer.render("<div>raw</div>\n\n## 标题\n").html == "<div>raw</div>\n<h2 id=\"标题\">标题</h2>\n")
    }
}
