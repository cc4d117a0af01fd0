import Foundation

/// A streaming reader of one XML part of a workbook: element starts and ends by local name
/// (`x14ac:dyDescent` is `dyDescent`, whatever prefix a program chose), and the text inside
/// elements, entities decoded.
///
/// Written here rather than using Foundation's `XMLParser` (which XMLCoder and SWXMLHash also
/// use on Linux): that one is FoundationXML over libxml2, which a release binary would then load
/// from the system along with its ICU, tying it to one distribution's library versions. The parts
/// of an .xlsx are plain UTF-8 XML without DTDs, so a small reader suffices; it expands no
/// entities but the predefined ones and character references, so no document can make it grow.
enum XLSXEvents {
    struct Handlers {
        var start: (_ name: String, _ attributes: [String: String]) -> Void = { _, _ in }
        var end: (_ name: String) -> Void = { _ in }
        var text: (_ text: String) -> Void = { _ in }
    }

    /// Parses `data`; throws when it is not well-formed XML.
    static func parse(_ data: Data, part: String, _ handlers: Handlers) throws {
        var reader = Reader(bytes: [UInt8](utf8(data)), handlers: handlers)
        guard reader.run() else { throw XLSXArchive.Failure.unreadable(.partDamaged(part)) }
    }

    static func localName(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    /// The part's bytes as UTF-8 (a part may, rarely, be UTF-16 with a byte order mark).
    private static func utf8(_ data: Data) -> Data {
        if data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]) {
            return String(data: data, encoding: .utf16).map { Data($0.utf8) } ?? data
        }
        return data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
    }

    private struct Reader {
        let bytes: [UInt8]
        let handlers: Handlers
        var index = 0
        var open: [String] = []

        init(bytes: [UInt8], handlers: Handlers) {
            self.bytes = bytes
            self.handlers = handlers
        }

        mutating func run() -> Bool {
            var sawRoot = false
            while index < bytes.count {
                if bytes[index] != UInt8(ascii: "<") {
                    let start = index
                    while index < bytes.count && bytes[index] != UInt8(ascii: "<") { index += 1 }
                    if open.isEmpty {
                        guard bytes[start..<index].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return false }
                    } else {
                        guard let text = Self.decode(bytes[start..<index], attribute: false) else { return false }
                        handlers.text(text)
                    }
                    continue
                }
                if has("<?") {
                    guard skip(past: "?>") else { return false }
                } else if has("<!--") {
                    guard skip(past: "-->") else { return false }
                } else if has("<![CDATA[") {
                    guard !open.isEmpty else { return false }
                    let start = index + 9
                    guard skip(past: "]]>") else { return false }
                    handlers.text(String(decoding: bytes[start..<(index - 3)], as: UTF8.self))
                } else if has("<!") {
                    return false  // a DTD: never in a workbook, and a way to make entities explode
                } else if has("</") {
                    index += 2
                    guard let name = readName(), let last = open.popLast(), last == name else { return false }
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return false }
                    index += 1
                    handlers.end(XLSXEvents.localName(name))
                } else {
                    guard !(sawRoot && open.isEmpty) else { return false }
                    sawRoot = true
                    guard readStartTag() else { return false }
                }
            }
            return sawRoot && open.isEmpty
        }

        /// `<name attr="value" ...>` or `<name .../>`, the `<` at `index`.
        mutating func readStartTag() -> Bool {
            index += 1
            guard let name = readName() else { return false }
            var attributes: [String: String] = [:]
            while true {
                let hadSpace = skipSpace()
                guard index < bytes.count else { return false }
                if bytes[index] == UInt8(ascii: ">") {
                    index += 1
                    open.append(name)
                    handlers.start(XLSXEvents.localName(name), attributes)
                    return true
                }
                if has("/>") {
                    index += 2
                    handlers.start(XLSXEvents.localName(name), attributes)
                    handlers.end(XLSXEvents.localName(name))
                    return true
                }
                guard hadSpace, let key = readName() else { return false }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return false }
                index += 1
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return false }
                let quote = bytes[index]
                index += 1
                let start = index
                while index < bytes.count && bytes[index] != quote && bytes[index] != UInt8(ascii: "<") { index += 1 }
                guard index < bytes.count, bytes[index] == quote, let value = Self.decode(bytes[start..<index], attribute: true) else { return false }
                index += 1
                attributes[XLSXEvents.localName(key)] = value
            }
        }

        mutating func readName() -> String? {
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">")
                    || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<")
                    || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { break }
                index += 1
            }
            return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
        }

        @discardableResult
        mutating func skipSpace() -> Bool {
            let start = index
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
            return index > start
        }

        func has(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            return prefix.withUTF8Buffer { buffer in (0..<count).allSatisfy { bytes[index + $0] == buffer[$0] } }
        }

        /// Moves `index` past the next `end`; false when there is none.
        mutating func skip(past end: StaticString) -> Bool {
            while index < bytes.count {
                if has(end) {
                    index += end.utf8CodeUnitCount
                    return true
                }
                index += 1
            }
            return false
        }

        /// Text or an attribute value: entities decoded, line ends normalized (and, in an attribute,
        /// white space made spaces, as XML asks); nil when an entity is unknown or the bytes not UTF-8.
        static func decode(_ slice: ArraySlice<UInt8>, attribute: Bool) -> String? {
            var out: [UInt8] = []
            out.reserveCapacity(slice.count)
            var i = slice.startIndex
            while i < slice.endIndex {
                let byte = slice[i]
                if byte == UInt8(ascii: "&") {
                    guard let semicolon = slice[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { return nil }
                    let entity = String(decoding: slice[(i + 1)..<semicolon], as: UTF8.self)
                    guard let scalar = Self.entity(entity) else { return nil }
                    out += Array(String(Character(scalar)).utf8)
                    i = semicolon + 1
                    continue
                }
                if byte == 0x0D {
                    out.append(attribute ? 0x20 : 0x0A)
                    if i + 1 < slice.endIndex, slice[i + 1] == 0x0A { i += 1 }
                } else if attribute && (byte == 0x0A || byte == 0x09) {
                    out.append(0x20)
                } else {
                    out.append(byte)
                }
                i += 1
            }
            return String(validating: out, as: UTF8.self)
        }

        static func entity(_ name: String) -> Unicode.Scalar? {
            switch name {
            case "amp": return "&"
            case "lt": return "<"
            case "gt": return ">"
            case "quot": return "\""
            case "apos": return "'"
            default:
                guard name.hasPrefix("#") else { return nil }
                let digits = name.dropFirst()
                let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                return value.flatMap(Unicode.Scalar.init)
            }
        }
    }
}
