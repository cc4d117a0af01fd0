import Foundation
import ZIPFoundation
@testable import PlacardCore
#if canImport(CoreFoundation)
import CoreFoundation
#endif

/// The committed project-list fixtures (`Fixtures/projects/`, made by its make-workbooks.py).
enum ProjectFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/projects")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try data(name), as: UTF8.self)
    }

    /// A workbook of one sheet, its worksheet part given as XML, written inline by a test.
    static func workbook(sheet: String, styles: String? = nil) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts = [("xl/workbook.xml", "<workbook><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>"),
                     ("xl/worksheets/sheet1.xml", sheet)]
        if let styles { parts.append(("xl/styles.xml", styles)) }
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static var gb18030: String.Encoding {
        String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))
    }

    /// The projects of `same-list.csv`, written as YAML.
    static let sameListYAML = """
    title: {zh: 同一份清单, en: The same list}
    projects:
      - id: sc-edu-literacy
        title: {zh: 学生信息素养提升实践项目, en: Student Information Literacy}
        organizer: {zh: 教育厅, en: Department of Education}
        organizerType: department
        series: education
        groups: [students, elderly]
        region: {zh: 四川省, en: Sichuan}
        start: 2024-05-20
        end: 2024-12-31
        reach: 1500
        summary: {zh: 面向全省中小学生的信息素养实践。, en: Information literacy practice for school students.}
        link: https://example.org/literacy
      - id: sc-elderly-phone
        title: {zh: 老年人“手机课堂”, en: Phone classes for older people}
        organizer: {zh: 成都市, en: Chengdu}
        organizerType: city
        series: elderly
        groups: [elderly]
        region: {zh: 成都市, en: Chengdu}
        start: 2025-03-01
        reach: 800
        summary: {zh: 教老年人用手机，支付、挂号、防诈骗。, en: "Paying, booking and staying safe, on the phone."}
      - id: sc-base-training
        title: {zh: 数字技能培训基地, en: Digital skills training base}
        organizer: {zh: 绵阳基地, en: Mianyang base}
        organizerType: base
        series: education
        groups: [students, elderly]
        region: {zh: 绵阳市, en: Mianyang}
        start: 2024-09-01
        end: 2025-06-30
        summary: {zh: 基地开展数字技能培训。, en: Training in digital skills.}
        body: {zh: "第一段。\\n\\n第二段有**重点**。"}

    """
    static let titleOnly = "title: {zh: 同一份清单, en: The same list}\n"
}

extension TestSite {
    /// The languages of `defaultConfig`.
    static let languages = [Language(code: "zh", locale: "zh-CN", name: "中文"), Language(code: "en", locale: "en-US", name: "English")]
}
