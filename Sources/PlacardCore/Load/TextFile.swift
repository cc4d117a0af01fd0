import Foundation

/// Reads a text file as UTF-8, reporting a file that is not.
enum TextFile {
    /// With `within`, a file that resolves outside that folder is not read (as if it did not exist).
    static func read(_ url: URL, path: String, within boundary: SiteFolder? = nil, diagnostics: Diagnostics) -> String? {
        let data = boundary.map { $0.read(url.path) } ?? FileManager.default.contents(atPath: url.path)
        guard let data else { return nil }
        return decode(data, path: path, diagnostics: diagnostics)
    }

    /// Decodes UTF-8 (a leading BOM is dropped; CRLF becomes LF).
    static func decode(_ data: Data, path: String, diagnostics: Diagnostics) -> String? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // Through a buffer pointer: `String(validating:)` over `Data` itself reads byte by byte. Line
        // ends are made LF first, so that the text is made once (CR and LF are ASCII: the bytes stay
        // valid UTF-8, or invalid, as they were).
        let text = bytes.withUnsafeBytes { raw in
            raw.contains(UInt8(ascii: "\r"))
                ? lineFeedsOnly(raw).withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
                : String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self)
        }
        guard let text else {
            let line = firstBadLine(bytes)
            diagnostics.error(path, line: line, .notUTF8())
            return nil
        }
        return text
    }

    /// The bytes with CRLF and a lone CR each made LF, byte by byte: Foundation's
    /// `replacingOccurrences` converts the text first (some 160,000 instructions a file).
    private static func lineFeedsOnly(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            i += 1
            guard byte == UInt8(ascii: "\r") else {
                out.append(byte)
                continue
            }
            out.append(UInt8(ascii: "\n"))
            if i < bytes.count && bytes[i] == UInt8(ascii: "\n") { i += 1 }
        }
        return out
    }

    /// The line of the first byte sequence that is not UTF-8.
    private static func firstBadLine(_ data: Data) -> Int {
        var line = 1
        var lineStart = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if String(validating: data[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = data.index(after: index)
        }
        return line
    }
}
