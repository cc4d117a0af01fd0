import Foundation

/// What the workbook part says about the sheets: where the first sheet is, where the shared
/// strings and styles are, and which date system the serial numbers use.
struct XLSXWorkbook {
    var firstSheetPath = "xl/worksheets/sheet1.xml"
    var sharedStringsPath = "xl/sharedStrings.xml"
    var stylesPath = "xl/styles.xml"
    /// `<workbookPr date1904="1"/>`: serial 0 is 1904-01-01 (old Mac Excel).
    var uses1904 = false

    init(_ archive: XLSXArchive) throws {
        guard let workbook = try archive.part("xl/workbook.xml") else { throw XLSXArchive.Failure.unreadable(.noWorkbookPart) }
        var firstSheetID: String?
        var date1904 = false
        var handlers = XLSXEvents.Handlers()
        handlers.start = { name, attributes in
            switch name {
            case "workbookPr":
                let value = attributes["date1904"]?.lowercased()
                date1904 = value == "1" || value == "true"
            case "sheet" where firstSheetID == nil:
                firstSheetID = attributes["id"]
            default: break
            }
        }
        try XLSXEvents.parse(workbook, part: "xl/workbook.xml", handlers)
        uses1904 = date1904

        guard let rels = try archive.part("xl/_rels/workbook.xml.rels") else { return }
        var targets: [String: (type: String, target: String)] = [:]
        handlers = XLSXEvents.Handlers()
        handlers.start = { name, attributes in
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
            targets[id] = (attributes["Type"] ?? "", target)
        }
        try XLSXEvents.parse(rels, part: "xl/_rels/workbook.xml.rels", handlers)
        if let firstSheetID, let sheet = targets[firstSheetID] { firstSheetPath = Self.resolve(sheet.target) }
        for (type, target) in targets.values {
            if type.hasSuffix("/sharedStrings") { sharedStringsPath = Self.resolve(target) }
            if type.hasSuffix("/styles") { stylesPath = Self.resolve(target) }
        }
    }

    /// A relationship target is relative to `xl/`, or absolute from the package root.
    static func resolve(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["xl"]
        for part in target.split(separator: "/") {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}
