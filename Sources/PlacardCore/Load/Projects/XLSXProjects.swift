import Foundation

/// Projects on the first sheet of an Excel workbook (.xlsx): a header row, as in a CSV list (a title
/// over the table is skipped); problems name the row as Excel shows it.
enum XLSXProjects {
    /// The first sheet's projects; nil when the workbook cannot be read at all (reported).
    static func read(_ data: Data, path: String, languages: [Language], diagnostics: Diagnostics) -> [RawProject]? {
        let sheet: XLSXSheet
        var uses1904 = false
        do {
            let archive = try XLSXArchive(data)
            let workbook = try XLSXWorkbook(archive)
            let strings = try archive.part(workbook.sharedStringsPath).map(XLSXSharedStrings.read) ?? []
            let styles = try archive.part(workbook.stylesPath).map(XLSXStyles.init) ?? XLSXStyles()
            guard let part = try archive.part(workbook.firstSheetPath) else {
                throw XLSXArchive.Failure.unreadable(.noWorksheet)
            }
            sheet = try XLSXSheet(part, sharedStrings: strings, styles: styles, uses1904: workbook.uses1904)
            uses1904 = workbook.uses1904
        } catch XLSXArchive.Failure.encrypted {
            diagnostics.error(path, .xlsxEncrypted())
            return nil
        } catch XLSXArchive.Failure.unreadable(let reason) {
            diagnostics.error(path, .xlsxUnreadable(reason))
            return nil
        } catch {
            diagnostics.error(path, .xlsxUnreadable(.other("\(error)")))
            return nil
        }
        for error in sheet.errors {
            diagnostics.error(path, line: error.row, .xlsxCellError(error.reference, value: error.value))
        }
        // An error cell is reported once, for that cell, not again for the field it leaves empty; the
        // rest of its row is checked as usual.
        var errorColumns: [Int: Set<Int>] = [:]
        for error in sheet.errors {
            if let column = XLSXSheet.column(error.reference) { errorColumns[error.row, default: []].insert(column) }
        }
        let rows = sheet.rows
            .map { ProjectTableRow(line: $0.number, cells: $0.cells, errorColumns: errorColumns[$0.number] ?? []) }
        let table = ProjectTable(path: path, languages: languages, diagnostics: diagnostics, uses1904: uses1904)
        return table.read(rows: rows, countCells: false)
    }
}
