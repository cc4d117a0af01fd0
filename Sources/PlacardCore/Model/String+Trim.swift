extension StringProtocol {
    /// Without leading and trailing white space (spaces, tabs, newlines, U+3000).
    /// Much cheaper than Foundation's `trimmingCharacters(in:)`, which bridges through NSString on Linux.
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}

extension String {
    /// UTF-8 `bytes` as a string, trimmed as `trimmed` trims: ASCII white space is left out of
    /// the bytes before they are made a string, so that a text ending in a line feed (every
    /// document's plain text) is not copied a second time.
    static func trimmed(utf8 bytes: [UInt8]) -> String {
        var start = 0, end = bytes.count
        func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        while start < end && isASCIISpace(bytes[start]) { start += 1 }
        while end > start && isASCIISpace(bytes[end - 1]) { end -= 1 }
        let text = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return text }
        return text.trimmed
    }
}
