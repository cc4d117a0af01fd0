// Messages about project lists (`content/projects/`: YAML, CSV and .xlsx).
extension Message {
    // MARK: The list file

    static func projectListNotAMap() -> Message {
        Message(en: "a project list should be a map with `title:` and `projects:`: a line `title: {zh: 项目清单, en: Project list}`, then a line `projects:` and under it one `- id: ...` per project",
                zh: "项目清单应写成带 `title:` 和 `projects:` 的映射：一行 `title: {zh: 项目清单, en: Project list}`，再一行 `projects:`，其下每个项目一条 `- id: ...`")
    }

    static func projectListHasNoProjects() -> Message {
        Message(en: "this project list has no `projects:`; add them here, or put them in a .csv or .xlsx file of the same name",
                zh: "这个项目清单没有 `projects:`；请在这里添加项目，或放在同名的 .csv 或 .xlsx 文件里")
    }

    static func projectListHasTableToo(_ table: String) -> Message {
        Message(en: "this list's projects are also in `\(table)`; keep them in one place (the .yml then holds only `title`)",
                zh: "这个清单的项目也写在 `\(table)` 里；请只保留一处（.yml 里只写 `title`）")
    }

    static func projectTableNeedsTitleFile(_ key: String) -> Message {
        Message(en: "a spreadsheet project list needs a sibling `\(key).yml` holding its title, like `title: {zh: 项目清单, en: Project list}`",
                zh: "表格形式的项目清单旁边需要一个 `\(key).yml` 写清单标题，例如 `title: {zh: 项目清单, en: Project list}`")
    }

    static func projectListInTwoTables(_ other: String) -> Message {
        Message(en: "this list is also saved as `\(other)`; keep one of the two files (this one is read, the other is ignored)",
                zh: "这个清单还另存为 `\(other)`；请只保留其中一个文件（现在读取这一个，另一个被忽略）")
    }

    static func duplicateProjectID(_ id: String, earlier: String) -> Message {
        Message(en: "the project id `\(id)` is already used at \(earlier); ids must be unique across every list",
                zh: "项目编号 `\(id)` 已在 \(earlier) 用过；所有清单里的编号都不能重复")
    }

    // MARK: YAML lists

    static func projectsNotAList() -> Message {
        Message(en: "`projects` should be a list, each item starting with `- id: ...`",
                zh: "`projects` 应是一个列表，每一项以 `- id: ...` 开头")
    }

    static func projectNotAMap() -> Message {
        Message(en: "each project should be a map of fields (`id:`, `title:`, ...)",
                zh: "每个项目应写成若干字段（`id:`、`title:` 等）")
    }

    static func unknownProjectField(_ key: String, known: String) -> Message {
        Message(en: "the project field `\(key)` is not one Placard knows; it is ignored (fields: \(known))",
                zh: "项目字段 `\(key)` 不是 Placard 认识的字段，已忽略（可用字段：\(known)）")
    }

    // MARK: Spreadsheets (CSV, .xlsx)

    static func unknownColumn(_ name: String, known: String) -> Message {
        let name = quoted(name)
        return Message(en: "the column `\(name)` is not a project field Placard knows; it is ignored. Columns Placard knows: \(known)",
                zh: "列名“\(name)”不是 Placard 认识的项目字段，这一列被忽略。可用的列名：\(known)")
    }

    static func columnForUnknownLanguage(_ name: String, language: String) -> Message {
        Message(en: "the column `\(name)` is for language `\(language)`, which site.yml does not list; it is ignored",
                zh: "列“\(name)”对应的语言 `\(language)` 不在 site.yml 的 languages 里，这一列被忽略")
    }

    static func duplicateColumn(_ name: String, earlier: String) -> Message {
        Message(en: "the column `\(name)` holds the same field as the column `\(earlier)`; the first one is used, delete or rename the other",
                zh: "列“\(name)”和列“\(earlier)”是同一个字段；只使用前一列，请删去或改名另一列")
    }

    static func projectFileUnreadable() -> Message {
        Message(en: "this file cannot be opened; if it is open in another program, save and close it, then build again",
                zh: "无法打开这个文件；如果它正在其他程序中打开，请保存并关闭后重新生成")
    }

    static func csvUnreadable() -> Message {
        Message(en: "this CSV file cannot be read; check that every quote \" is closed and that a quote inside a cell is written twice",
                zh: "无法读取这个 CSV 文件；请检查每个引号 \" 是否都成对，单元格里的引号要写两遍")
    }

    static func csvQuoteInCell(_ cell: String, fixed: String) -> Message {
        Message(en: "the cell `\(cell)` has a quote \" inside it but does not start with one; put the whole cell in quotes and write each quote inside it twice: `\(fixed)`",
                zh: "单元格 `\(cell)` 中间有引号 \"，但单元格不是以引号开头；请把整个单元格用引号括起来，里面的引号写两遍：`\(fixed)`")
    }

    static func csvTextAfterQuote(_ cell: String) -> Message {
        Message(en: "the cell `\(cell)` goes on after the quote that closes it; inside a cell in quotes, write each quote twice: `\"5G\"\"XR\"\"课堂\"`",
                zh: "单元格 `\(cell)` 在结束它的引号之后还有文字；用引号括起来的单元格里，每个引号要写两遍：`\"5G\"\"XR\"\"课堂\"`")
    }

    static func csvUnclosedQuote() -> Message {
        Message(en: "a cell on this line starts with a quote \" that is never closed, so the rest of the file would be one cell; add the closing quote, and write each quote inside a cell twice",
                zh: "这一行有个单元格以引号 \" 开头，但引号一直没有结束，文件余下的内容都会算进这个单元格；请补上结尾的引号，单元格里的引号要写两遍")
    }

    static func cellCount(cells: Int, header: Int) -> Message {
        Message(en: "this row has \(cells) cells but the header row has \(header); a cell is missing or one too many (a comma inside a cell needs the cell in quotes: \"a, b\")",
                zh: "这一行有 \(cells) 个单元格，而标题行有 \(header) 个；少了或多了单元格（单元格里有逗号时要用引号括起来：\"a, b\"）")
    }

    /// `cellCount` for a list whose cells are separated by tabs, where a comma is an ordinary character.
    static func tabCellCount(cells: Int, header: Int) -> Message {
        Message(en: "this row has \(cells) cells but the header row has \(header); a tab between cells is missing or one too many (a tab inside a cell needs the cell in quotes)",
                zh: "这一行有 \(cells) 个单元格，而标题行有 \(header) 个；单元格之间少了或多了制表符（Tab 键）（单元格里有制表符时要用引号括起来）")
    }

    static func csvReadAsGB18030() -> Message {
        Message(en: "this CSV file is not UTF-8; it was read as GB18030 (GBK), what Excel on a Chinese Windows saves. To be sure of the characters, save it as \"CSV UTF-8 (Comma delimited)\" (Excel: Save As → CSV UTF-8)",
                zh: "这个 CSV 文件不是 UTF-8 编码，已按 GB18030（GBK，中文版 Excel 的默认编码）读取。为确保文字无误，建议另存为“CSV UTF-8 (逗号分隔)”（Excel：另存为 → CSV UTF-8 (逗号分隔)）")
    }

    static func csvNotText() -> Message {
        Message(en: "this CSV file is neither UTF-8 nor GB18030 text; open it in Excel or WPS and save it again: Save As → \"CSV UTF-8 (Comma delimited)\"",
                zh: "这个 CSV 文件既不是 UTF-8 也不是 GB18030 编码；请用 Excel 或 WPS 打开后重新保存：另存为 → “CSV UTF-8 (逗号分隔)”")
    }

    static func xlsxUnreadable(_ reason: XLSXArchive.Reason) -> Message {
        let (en, zh) = reason.message
        return Message(en: "this workbook cannot be read (\(en)); open it in Excel, WPS or LibreOffice and save it again as an .xlsx workbook",
                       zh: "无法读取这个工作簿（\(zh)）；请用 Excel、WPS 或 LibreOffice 打开，重新保存为 .xlsx 工作簿")
    }

    static func xlsxEncrypted() -> Message {
        Message(en: "this workbook is protected with a password or is an old .xls file saved under an .xlsx name; remove the password (File → Info → Protect Workbook) or save it as an .xlsx workbook",
                zh: "这个工作簿设置了打开密码，或者是改了扩展名的旧版 .xls 文件；请取消密码（文件 → 信息 → 保护工作簿），或另存为 .xlsx 工作簿")
    }

    static func xlsxCellError(_ cell: String, value: String) -> Message {
        Message(en: "the cell \(cell) shows the Excel error \(value); correct the formula or type the value",
                zh: "单元格 \(cell) 显示 Excel 错误 \(value)；请改正公式或直接填写数值")
    }

    static func excelLockFile(_ workbook: String) -> Message {
        Message(en: "this is the lock file Excel or WPS keeps while `\(workbook)` is open; it is skipped. Close the workbook (saving your changes) before building",
                zh: "这是 Excel 或 WPS 打开 `\(workbook)` 时留下的锁定文件，已跳过。请先保存并关闭该工作簿再生成网站")
    }

    // MARK: Fields

    static func missingProjectField(_ field: String) -> Message {
        Message(en: "this project has no `\(field)`; every project needs one",
                zh: "这个项目缺少 `\(field)`；每个项目都必须填写")
    }

    static func invalidProjectID(_ id: String) -> Message {
        Message(en: "the project id `\(id)` may only use lowercase letters a-z, digits and `-`, like sc24-edu-student",
                zh: "项目编号 `\(id)` 只能用小写字母 a-z、数字和 `-`，例如 sc24-edu-student")
    }

    static func unknownOrganizerType(_ value: String, values: String) -> Message {
        Message(en: "unknown organizerType `\(value)`; use one of \(values)",
                zh: "不认识的单位类型 `\(value)`；请用以下之一：\(values)")
    }

    static func unknownProjectSeries(_ value: String, keys: String) -> Message {
        Message(en: "unknown series `\(value)`; use one of the keys in site.yml `series` (\(keys))",
                zh: "不认识的系列 `\(value)`；请用 site.yml `series` 里的键之一（\(keys)）")
    }

    static func unknownProjectGroup(_ value: String, keys: String) -> Message {
        if keys.isEmpty { return .groupsMissing(value) }
        return Message(en: "unknown group `\(value)`; use one of the keys in site.yml `groups` (\(keys)), separated by `;`, `；` or `、`",
                zh: "不认识的群体 `\(value)`；请用 site.yml `groups` 里的键（\(keys)），多个之间用 `;`、`；` 或 `、` 分隔")
    }

    static func endBeforeStart(end: String, start: String) -> Message {
        Message(en: "`end` (\(end)) is before `start` (\(start))",
                zh: "结束日期（\(end)）早于开始日期（\(start)）")
    }

    static func reachNotWhole(_ value: String) -> Message {
        Message(en: "`reach` should be a whole number of people, not `\(value)`",
                zh: "覆盖人数（reach）应是整数，而不是“\(value)”")
    }

    static func reachNegative(_ value: String) -> Message {
        Message(en: "`reach` cannot be negative (\(value))",
                zh: "覆盖人数（reach）不能是负数（\(value)）")
    }

    static func missingProjectDate(_ field: String) -> Message {
        Message(en: "this project has no `\(field)` date; write it like 2024-05-20, 2024/5/20 or 2024年5月20日",
                zh: "这个项目缺少 `\(field)` 日期；请写成 2024-05-20、2024/5/20 或 2024年5月20日")
    }

    static func invalidProjectDate(_ field: String, _ value: String) -> Message {
        Message(en: "`\(field)` date `\(value)` is not a real date; write it like 2024-05-20, 2024/5/20 or 2024年5月20日",
                zh: "`\(field)` 日期“\(value)”不是有效日期；请写成 2024-05-20、2024/5/20 或 2024年5月20日")
    }

    static func projectLinkNotWeb(_ value: String, fixed: String) -> Message {
        Message(en: "`link` should be a full web address starting with `https://` or `http://`, not `\(value)`; write it like `\(fixed)`",
                zh: "`link`（链接）应当是以 `https://` 或 `http://` 开头的完整网址，不能写 `\(value)`；请写成 `\(fixed)` 这样")
    }

    static func spreadsheetNotRead(_ name: String) -> Message {
        let list = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return Message(en: "`\(name)` is not read as a project list (Placard reads .xlsx, .csv and .yml), so its projects are not on the site; it is copied as a file. To list them, save it as an Excel workbook: Save As → `\(list).xlsx`",
                       zh: "`\(name)` 不会作为项目清单读取（Placard 只读取 .xlsx、.csv 和 .yml），其中的项目不会出现在网站上，它只作为普通文件复制。如要列出这些项目，请另存为 Excel 工作簿：另存为 → `\(list).xlsx`")
    }

    // MARK: Spreadsheet headers and cells staff get wrong

    static func missingColumn(_ field: String, chinese: String) -> Message {
        Message(en: "the header row has no `\(field)` column (in Chinese `\(chinese)`), and every project needs one; add the column, named `\(field)` or `\(chinese)`",
                zh: "标题行里没有“\(chinese)”（\(field)）这一列，而每个项目都必须填写这一项；请添加这一列，列名写“\(chinese)”或“\(field)”")
    }

    /// `found`: the headers that look like the missing one; `renamed`: each as it should be written.
    static func missingColumnLike(_ field: String, chinese: String, found: [String], renamed: [String]) -> Message {
        let en = found.count == 1
            ? "if the column `\(found[0])` is meant to be it, rename it `\(renamed[0])`"
            : "if the columns \(found.map { "`\($0)`" }.joined(separator: ", ")) are meant to be it, rename them \(renamed.map { "`\($0)`" }.joined(separator: ", "))"
        let zh = found.count == 1
            ? "如果“\(found[0])”列就是这一列，请把列名改成“\(renamed[0])”"
            : "如果\(found.map { "“\($0)”" }.joined(separator: "、"))这几列就是这一列，请把列名依次改成\(renamed.map { "“\($0)”" }.joined(separator: "、"))"
        return Message(en: "the header row has no `\(field)` column (in Chinese `\(chinese)`), and every project needs one; " + en,
                       zh: "标题行里没有“\(chinese)”（\(field)）这一列，而每个项目都必须填写这一项；" + zh)
    }

    /// `mark`: the semicolon the header is separated by, `;` or `；`.
    static func csvSemicolonSeparated(_ mark: String) -> Message {
        Message(en: "this file's cells are separated by semicolons (\(mark)), not commas, so its columns cannot be told apart; open it in Excel or WPS and save it again: Save As → \"CSV UTF-8 (Comma delimited)\" (if the saved file still has semicolons, Excel is set to separate lists with them: save it as an Excel workbook, .xlsx, which Placard reads as it is)",
                zh: "这个文件的单元格是用分号（\(mark)）而不是逗号分隔的，无法分出各列；请用 Excel 或 WPS 打开，重新保存：另存为 → “CSV UTF-8 (逗号分隔)”（如果保存后仍是分号，说明电脑设置了用分号分隔列表，请另存为 Excel 工作簿 .xlsx，Placard 可以直接读取）")
    }

    static func excelSerialDate(_ field: String, _ value: String, day: Day) -> Message {
        Message(en: "`\(field)` date `\(value)` is not a real date; it looks like an Excel date number, standing for \(day): format the cell as a date (Format Cells → Date), or write the date as \(day)",
                zh: "`\(field)` 日期“\(value)”不是有效日期；它像是 Excel 的日期序号，代表 \(day)：请把这个单元格设为日期格式（设置单元格格式 → 日期），或直接写成 \(day)")
    }
}

extension MessageArea {
    static let projects = MessageArea(title: Message(en: "Project lists (YAML, CSV, Excel)", zh: "项目清单（YAML、CSV、Excel）"), examples: [
        ("projectListNotAMap", .projectListNotAMap()),
        ("projectListHasNoProjects", .projectListHasNoProjects()),
        ("projectListHasTableToo", .projectListHasTableToo("sichuan-2024.xlsx")),
        ("projectTableNeedsTitleFile", .projectTableNeedsTitleFile("sichuan-2024")),
        ("projectListInTwoTables", .projectListInTwoTables("sichuan-2024.csv")),
        ("duplicateProjectID", .duplicateProjectID("sc24-edu-student", earlier: "content/projects/sichuan-2024.xlsx:5")),
        ("projectsNotAList", .projectsNotAList()),
        ("projectNotAMap", .projectNotAMap()),
        ("unknownProjectField", .unknownProjectField("organiser", known: ProjectColumns.knownList(chinese: false))),
        ("unknownColumn", .unknownColumn("项目负责人", known: ProjectColumns.knownList(chinese: true))),
        ("columnForUnknownLanguage", .columnForUnknownLanguage("项目名称(法文)", language: "法文")),
        ("duplicateColumn", .duplicateColumn("名称", earlier: "项目名称")),
        ("projectFileUnreadable", .projectFileUnreadable()),
        ("csvUnreadable", .csvUnreadable()),
        ("csvQuoteInCell", .csvQuoteInCell("5G\"XR\"课堂", fixed: "\"5G\"\"XR\"\"课堂\"")),
        ("csvTextAfterQuote", .csvTextAfterQuote("\"5G\"XR\"课堂\"")),
        ("csvUnclosedQuote", .csvUnclosedQuote()),
        ("cellCount", .cellCount(cells: 9, header: 10)),
        ("tabCellCount", .tabCellCount(cells: 6, header: 7)),
        ("csvReadAsGB18030", .csvReadAsGB18030()),
        ("csvNotText", .csvNotText()),
        ("xlsxUnreadable", .xlsxUnreadable(.damaged)),
        ("xlsxEncrypted", .xlsxEncrypted()),
        ("xlsxCellError", .xlsxCellError("I6", value: "#DIV/0!")),
        ("excelLockFile", .excelLockFile("sichuan-2024.xlsx")),
        ("missingProjectField", .missingProjectField("organizer")),
        ("invalidProjectID", .invalidProjectID("SC 24")),
        ("unknownOrganizerType", .unknownOrganizerType("政府", values: OrganizerType.allCases.map(\.rawValue).joined(separator: ", "))),
        ("unknownProjectSeries", .unknownProjectSeries("科普", keys: "industry, education, elderly")),
        ("unknownProjectGroup", .unknownProjectGroup("学前儿童", keys: "elderly, students, women")),
        ("endBeforeStart", .endBeforeStart(end: "2024-03-01", start: "2024-05-20")),
        ("reachNotWhole", .reachNotWhole("约五千")),
        ("reachNegative", .reachNegative("-30")),
        ("missingProjectDate", .missingProjectDate("start")),
        ("invalidProjectDate", .invalidProjectDate("start", "2024年2月30日")),
        ("projectLinkNotWeb", .projectLinkNotWeb("www.sc.gov.cn/szsy", fixed: "https://www.sc.gov.cn/szsy")),
        ("spreadsheetNotRead", .spreadsheetNotRead("sichuan-2024.xls")),
        ("missingColumn", .missingColumn("organizer", chinese: "主办单位")),
        ("missingColumnLike", .missingColumnLike("organizer", chinese: "主办单位", found: ["主办单位名称"], renamed: ["主办单位"])),
        ("csvSemicolonSeparated", .csvSemicolonSeparated(";")),
        ("excelSerialDate", .excelSerialDate("start", "45658", day: Day(year: 2025, month: 1, day: 1)!)),
    ])
}
