import Testing
@testable import PlacardCore

/// Emphasis as a Chinese writer means it: a table of inputs and the HTML they must give.
/// The rule (docs/markdown.md): a `*`/`~` run touching a CJK character or CJK punctuation
/// ignores punctuation on its other side; it opens unless whitespace follows and closes
/// unless whitespace precedes. `_` keeps CommonMark's rules.
@Suite struct MarkdownCJKEmphasisTests {
    @Test(arguments: cases)
    func rendersAsAChineseWriterMeansIt(_ example: MarkdownCase) {
        #expect(MarkdownRenderer().render(example.markdown).html == example.html)
    }

    @Test func tableHasThirtyChineseCasesOrMore() {
        #expect(Self.cases.filter { $0.markdown.unicodeScalars.contains { CJK.isHan($0) } }.count >= 30)
    }

    static let cases: [MarkdownCase] = table.map { MarkdownCase(name: $0.0, markdown: $0.1, html: "<p>\($0.2)</p>\n") }
        + blocks.map { MarkdownCase(name: $0.0, markdown: $0.1, html: $0.2) }

    /// One paragraph each: (name, Markdown, HTML inside `<p>`).
    private static let table: [(String, String, String)] = [
        // The issue's own examples.
        ("quotes after a Han character", "持续开展**“5G+XR”职业技能培训**，努力",
         "持续开展<strong>“5G+XR”职业技能培训</strong>，努力"),
        ("full-width comma before the closer", "**真，**她说",
         "<strong>真，</strong>她说"),
        ("two strong runs, the first ending in a comma", "**真，**她说**好**",
         "<strong>真，</strong>她说<strong>好</strong>"),
        // Full-width punctuation inside the run.
        ("full-width colon, then Latin", "**提示：**Python 3 已安装",
         "<strong>提示：</strong>Python 3 已安装"),
        ("full-width colon, then a number", "**时间：**2024年5月20日",
         "<strong>时间：</strong>2024年5月20日"),
        ("full-width colon at the end", "请注意**注意：**",
         "请注意<strong>注意：</strong>"),
        ("exclamation mark before the closer", "**重要！**请注意",
         "<strong>重要！</strong>请注意"),
        ("question mark before the closer", "**真的吗？**她问",
         "<strong>真的吗？</strong>她问"),
        ("single star, full-width colon", "*注：*本文数据截至年底",
         "<em>注：</em>本文数据截至年底"),
        ("colon before the opener, corner quotes inside", "他说：**「你好」**。",
         "他说：<strong>「你好」</strong>。"),
        // Book-title marks 《》 and corner quotes 「」.
        ("book title inside, Han after", "**《全民数字素养与技能提升行动纲要》**发布",
         "<strong>《全民数字素养与技能提升行动纲要》</strong>发布"),
        ("book title inside, Han on both sides", "学习**《纲要》**精神",
         "学习<strong>《纲要》</strong>精神"),
        ("book title outside", "《**数字素养与技能**》",
         "《<strong>数字素养与技能</strong>》"),
        ("corner quotes outside", "「**重点**」工作",
         "「<strong>重点</strong>」工作"),
        // Curly quotes “”.
        ("curly quotes inside, full stop after", "那是**“数字鸿沟”**。",
         "那是<strong>“数字鸿沟”</strong>。"),
        ("curly quotes inside emphasis", "这是*“引号”*里的字",
         "这是<em>“引号”</em>里的字"),
        ("curly quotes outside", "她说：“**真的吗？**”",
         "她说：“<strong>真的吗？</strong>”"),
        ("nested emphasis with curly quotes", "**外层*“内层”*外层**",
         "<strong>外层<em>“内层”</em>外层</strong>"),
        // Parentheses, full-width and ASCII.
        ("full-width parentheses inside", "培训**（线上）**和考核",
         "培训<strong>（线上）</strong>和考核"),
        ("full-width parentheses outside", "（**括号内**）",
         "（<strong>括号内</strong>）"),
        ("ASCII parentheses inside", "参加**(线上)**培训",
         "参加<strong>(线上)</strong>培训"),
        // Numbers and Latin inside Chinese.
        ("number", "共**100**人参加",
         "共<strong>100</strong>人参加"),
        ("percent sign before the closer", "覆盖**100%**的行政村",
         "覆盖<strong>100%</strong>的行政村"),
        ("Latin word", "使用**Python**编程",
         "使用<strong>Python</strong>编程"),
        ("quoted Latin word", "使用**“Python”**编程",
         "使用<strong>“Python”</strong>编程"),
        ("Latin sentence ending in a full stop", "中文**English.**中文",
         "中文<strong>English.</strong>中文"),
        ("Latin between spaces", "中文 **English** 中文",
         "中文 <strong>English</strong> 中文"),
        ("5G", "**5G**网络覆盖",
         "<strong>5G</strong>网络覆盖"),
        ("code span before", "运行 `npm install` **后，**重启",
         "运行 <code>npm install</code> <strong>后，</strong>重启"),
        // Strikethrough.
        ("strikethrough", "~~删除~~的内容",
         "<del>删除</del>的内容"),
        ("strikethrough with quotes and comma", "这是~~“旧说法”~~，请更新",
         "这是<del>“旧说法”</del>，请更新"),
        // What must stay literal.
        ("ranges with single tildes", "每期10~20人，为期3~5天",
         "每期10~20人，为期3~5天"),
        ("month ranges", "5月~6月和7月~8月",
         "5月~6月和7月~8月"),
        ("single tildes around Han characters", "地点~礼堂~，时间9:00~11:30",
         "地点~礼堂~，时间9:00~11:30"),
        ("stars between spaces", "中文 ** 不是 ** 强调",
         "中文 ** 不是 ** 强调"),
        ("opener followed by a space", "中文** 不是**",
         "中文** 不是**"),
        ("escaped stars", "\\*\\*不是粗体\\*\\*",
         "**不是粗体**"),
        ("underscores between Han characters", "文件_名称_列表",
         "文件_名称_列表"),
        ("snake_case inside Chinese", "变量 snake_case_name 的值",
         "变量 snake_case_name 的值"),
        ("arithmetic inside Chinese", "计算 2*3*4 的积",
         "计算 2<em>3</em>4 的积"),
        // Japanese and Korean.
        ("Japanese corner quotes", "**「こんにちは」**と言った",
         "<strong>「こんにちは」</strong>と言った"),
        ("Korean particle after quotes", "**“한국어”**는 쉽다",
         "<strong>“한국어”</strong>는 쉽다"),
        ("link text", "[**链接：**说明](/a)",
         "<a href=\"/a\"><strong>链接：</strong>说明</a>"),
    ]

    /// Whole documents: the rule holds in every block that holds inline text.
    private static let blocks: [(String, String, String)] = [
        ("heading", "## **第一章：**总则\n",
         "<h2 id=\"第一章总则\"><strong>第一章：</strong>总则</h2>\n"),
        ("list item", "- **目标：**提升全民数字素养\n",
         "<ul>\n<li><strong>目标：</strong>提升全民数字素养</li>\n</ul>\n"),
        ("table cell", "| 项目 |\n|---|\n| **名称：**培训 |\n",
         "<table>\n<thead>\n<tr>\n<th>项目</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><strong>名称：</strong>培训</td>\n</tr>\n</tbody>\n</table>\n"),
        ("block quote", "> **原文：**“数字中国”\n",
         "<blockquote>\n<p><strong>原文：</strong>“数字中国”</p>\n</blockquote>\n"),
        ("across a line break", "**第一行，\n第二行，**第三行\n",
         "<p><strong>第一行，第二行，</strong>第三行</p>\n"),
    ]
}

@Suite struct MarkdownCJKEmphasisBaselineTests {
    /// Why the layer exists: cmark-gfm as it comes leaves these asterisks literal.
    @Test(arguments: ["持续开展**“5G+XR”职业技能培训**，努力", "**真，**她说", "**提示：**Python 3"])
    func plainCmarkGFMLeavesAsterisks(_ markdown: String) {
        let plain = MarkdownRenderer(options: .init(), chineseFirst: false).render(markdown).html
        let friendly = MarkdownRenderer().render(markdown).html
        #expect(plain.contains("**"))
        #expect(!friendly.contains("**"))
    }
}
