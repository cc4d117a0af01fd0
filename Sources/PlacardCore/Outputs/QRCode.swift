import CQRencode

/// A QR code made with libqrencode at build time, drawn as inline SVG: one stroked `<path>` in
/// which each run of dark modules in a row is one horizontal line a module thick, over a white
/// square that includes the 4-module quiet zone, so the code scans on any page colour and in
/// forced-colours mode.
public struct QRCode: Sendable, Equatable {
    /// Modules per side, without the quiet zone.
    public let size: Int
    /// The modules row by row, `words` 64-bit words a row, bit `x % 64` of word `x / 64` set for a
    /// dark module in column x: a row's runs are found a word at a time.
    let bits: [UInt64]

    public static let quietZone = 4

    /// The code of `text` in byte mode at error correction level M (15 % of the code may be
    /// soiled or covered); nil when the text is too long for any QR code.
    public init?(_ text: String) {
        if let (width, rows) = QRMask.encode(text) {
            self.init(size: width, bits: rows)
        } else {
            self.init(libqrencode: text)
        }
    }

    private init(size: Int, bits: [UInt64]) {
        self.size = size
        self.bits = bits
    }

    /// Words a row holds.
    var words: Int { (size + 63) / 64 }

    /// The code as `QRcode_encodeString` makes it, choosing the mask itself.
    init?(libqrencode text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = code.pointee.data!
        // Bit 0 of each byte is the module's colour; the other bits say what kind of module it is.
        let words = (width + 63) / 64
        var bits = [UInt64](repeating: 0, count: width * words)
        for y in 0..<width {
            for x in 0..<width where data[y * width + x] & 1 == 1 { bits[y * words + x / 64] |= 1 << UInt64(x % 64) }
        }
        self.init(size: width, bits: bits)
    }

    public func isDark(row: Int, column: Int) -> Bool { bits[row * words + column / 64] >> UInt64(column % 64) & 1 == 1 }

    /// The SVG, with `role="img"` and `aria-label` set to `label` (escaped here). It is written for
    /// HTML (no `xmlns`: the HTML parser puts `<svg>` in the SVG namespace).
    public func svg(label: String) -> String {
        svg(escapedLabel: HTMLEscape.attribute(label))
    }

    /// `svg(label:)` with the label already escaped for an attribute (a page's language escapes it once).
    func svg(escapedLabel: String) -> String {
        let side = size + 2 * Self.quietZone
        // Printed, 0.8 mm a module and 3 cm at least: a phone reads that from arm's length. Screens size it with CSS.
        let tenths = max(side * 8, 300)
        let millimetres = "\(tenths / 10).\(tenths % 10)mm"
        return "<svg viewBox=\"0 0 \(side) \(side)\" width=\"\(millimetres)\" height=\"\(millimetres)\""
            + " shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"\(escapedLabel)\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path stroke=\"#000\" d=\"\(pathData)\"/></svg>"
    }

    /// The runs of dark modules as one path for a 1-wide stroke: the first run starts at its
    /// absolute position on the row's centre line (`M4 4.5h7`), every later one moves there
    /// relative to the end of the one before (`m2 0h1`, `m-33 1h7`), which keeps the numbers short:
    /// about 2.2 KB for a 37×37 code against 4.9 KB when each run is a filled rectangle.
    var pathData: String {
        // A row has at most size / 2 + 1 runs; a run takes at most 16 bytes (`M` or `m`, two numbers
        // of a sign and three digits, a space, `.5`, `h` and a third number).
        let capacity = size * (size / 2 + 1) * 16
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var out = PathWriter(next: base)
            var pen: (x: Int, y: Int)?
            for row in 0..<size {
                forEachRun(ofRow: row) { start, end in
                    let (x, y) = (start + Self.quietZone, row + Self.quietZone)
                    if let pen {
                        out.byte(UInt8(ascii: "m"))
                        out.number(x - pen.x)
                        out.byte(UInt8(ascii: " "))
                        out.number(y - pen.y)
                    } else {
                        out.byte(UInt8(ascii: "M"))
                        out.number(x)
                        out.byte(UInt8(ascii: " "))
                        out.number(y)
                        out.byte(UInt8(ascii: "."))
                        out.byte(UInt8(ascii: "5"))
                    }
                    out.byte(UInt8(ascii: "h"))
                    out.number(end - start)
                    pen = (end + Self.quietZone, y)
                }
            }
            return out.next - base
        }
    }
    /// Calls `body` with each run of dark modules of `row`: its first column and the column after its last.
    private func forEachRun(ofRow row: Int, _ body: (Int, Int) -> Void) {
        if words == 1 {
            // One word: each run found from the lowest set bit and the lowest clear one above it.
            var rest = bits[row]
            while rest != 0 {
                let start = rest.trailingZeroBitCount
                let end = start + (~(rest >> UInt64(start))).trailingZeroBitCount
                body(start, end)
                rest = end >= 64 ? 0 : rest & ~((1 << UInt64(end)) - 1)
            }
            return
        }
        var column = 0
        while column < size {
            guard isDark(row: row, column: column) else { column += 1; continue }
            let start = column
            while column < size && isDark(row: row, column: column) { column += 1 }
            body(start, column)
        }
    }
}

/// Writes a path's bytes into room its caller has made.
private struct PathWriter {
    var next: UnsafeMutablePointer<UInt8>

    mutating func byte(_ byte: UInt8) {
        next.pointee = byte
        next += 1
    }

    /// `number` in decimal, as `"\(number)"` spells it; a code's numbers have at most three digits.
    mutating func number(_ number: Int) {
        if number < 0 { byte(UInt8(ascii: "-")) }
        let value = number.magnitude
        precondition(value < 1000, "a QR code is at most 177 modules wide")
        if value >= 100 { byte(UInt8(ascii: "0") + UInt8(value / 100)) }
        if value >= 10 { byte(UInt8(ascii: "0") + UInt8(value / 10 % 10)) }
        byte(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
