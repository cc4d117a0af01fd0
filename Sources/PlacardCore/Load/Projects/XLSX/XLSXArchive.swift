import Foundation

/// The parts of an .xlsx file, which is a ZIP archive of XML files.
struct XLSXArchive {
    enum Failure: Error {
        /// An OLE compound file: a password-protected workbook (or an old .xls renamed).
        case encrypted
        case unreadable(Reason)
    }

    /// Why a workbook cannot be read, in the words of the message's language.
    enum Reason: Equatable {
        case notAWorkbook, damaged, noWorkbookPart, noWorksheet
        /// A part of the archive (`xl/worksheets/sheet1.xml`) that does not read, or is larger than `maximumPartSize`.
        case partDamaged(String), partTooLarge(String)
        /// What the ZIP or XML reader said.
        case other(String)

        var message: (en: String, zh: String) {
            switch self {
            case .notAWorkbook: ("it is not an .xlsx workbook", "它不是 .xlsx 工作簿")
            case .damaged: ("the file is damaged", "文件已损坏")
            case .noWorkbookPart: ("it has no workbook part", "缺少工作簿部分")
            case .noWorksheet: ("it has no worksheet", "没有工作表")
            case .partDamaged(let part): ("\(part) is damaged", "\(part) 已损坏")
            case .partTooLarge(let part): ("\(part) is too large", "\(part) 太大")
            case .other(let said): (said, said)
            }
        }
    }

    /// Larger parts are refused, so that a crafted archive cannot fill the memory.
    static let maximumPartSize = 256 << 20

    private let zip: XLSXZip

    init(_ data: Data) throws {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw Failure.encrypted }
        guard data.starts(with: [0x50, 0x4B]) else { throw Failure.unreadable(.notAWorkbook) }
        do {
            zip = try XLSXZip(data)
        } catch {
            throw Failure.unreadable(.damaged)
        }
    }

    /// The part at `path` (`xl/workbook.xml`), or nil when the workbook has none.
    func part(_ path: String) throws -> Data? {
        let wanted = path.hasPrefix("/") ? String(path.dropFirst()) : path
        guard let entry = zip.entries.first(where: { $0.path == wanted })
                ?? zip.entries.first(where: { $0.path.lowercased() == wanted.lowercased() }) else { return nil }
        do {
            return try zip.extract(entry, limit: Self.maximumPartSize)
        } catch XLSXZip.Failure.encrypted {
            throw Failure.encrypted
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.unreadable(.partDamaged(wanted))
        }
    }
}
