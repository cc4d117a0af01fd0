import Foundation
import ZIPFoundation

/// The parts of an .xlsx file, which is a ZIP archive of XML files.
struct XLSXArchive {
    enum Failure: Error {
        /// An OLE compound file: a password-protected workbook (or an old .xls renamed).
        case encrypted
        case unreadable(String)
    }

    /// Larger parts are refused, so that a crafted archive cannot fill the memory.
    static let maximumPartSize: UInt64 = 256 << 20

    private let archive: Archive

    init(_ data: Data) throws {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw Failure.encrypted }
        guard data.starts(with: [0x50, 0x4B]) else { throw Failure.unreadable("it is not an .xlsx workbook") }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw Failure.unreadable("the file is damaged")
        }
    }

    /// The part at `path` (`xl/workbook.xml`), or nil when the workbook has none.
    func part(_ path: String) throws -> Data? {
        let wanted = path.hasPrefix("/") ? String(path.dropFirst()) : path
        guard let entry = archive[wanted] ?? archive.first(where: { $0.path.lowercased() == wanted.lowercased() }) else { return nil }
        guard entry.uncompressedSize <= Self.maximumPartSize else { throw Failure.unreadable("\(wanted) is too large") }
        var data = Data()
        do {
            let checksum = try archive.extract(entry) { chunk in
                data.append(chunk)
                if data.count > Self.maximumPartSize { throw Failure.unreadable("\(wanted) is too large") }
            }
            guard checksum == entry.checksum else { throw Failure.unreadable("the file is damaged") }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.unreadable("the file is damaged")
        }
        return data
    }
}
