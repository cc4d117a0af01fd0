import CQRencode

/// A QR code made with libqrencode at build time, drawn as inline SVG: one stroked `<path>` in
/// which each run of dark modules in a row is one horizontal line a module thick, over a white
/// square that includes the 4-module quiet zone, so the code scans on any page colour and in
/// forced-colours mode.
public struct QRCode: Sendable, Equatable {
    /// Modules per side, without the quiet zone.
    public let size: Int
    /// The modules row by row, `true` for dark.
    public let modules: [Bool]

    public static let quietZone = 4

    /// The code of `text` in byte mode at error correction level M (15 % of the code may be
    /// soiled or covered); nil when the text is too long for any QR code.
    public init?(_ text: String) {
        if let (width, modules) = QRMask.encode(text) {
            self.init(size: width, modules: modules)
        } else {
            self.init(libqrencode: text)
        }
    }

    private init(size: Int, modules: [Bool]) {
        self.size = size
        self.modules = modules
    }

    /// The code as `QRcode_encodeString` makes it, choosing the mask itself.
    init?(libqrencode text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = code.pointee.data!
        // Bit 0 of each byte is the module's colour; the other bits say what kind of module it is.
        self.init(size: width, modules: (0..<width * width).map { data[$0] & 1 == 1 })
    }

    public func isDark(row: Int, column: Int) -> Bool { modules[row * size + column] }

    /// The SVG, with `role="img"` and `aria-label` set to `label` (escaped here). It is written for
    /// HTML (no `xmlns`: the HTML parser puts `<svg>` in the SVG namespace).
    public func svg(label: String) -> String {
        let side = size + 2 * Self.quietZone
        // Printed, 0.8 mm a module and 3 cm at least: a phone reads that from arm's length. Screens size it with CSS.
        let tenths = max(side * 8, 300)
        let millimetres = "\(tenths / 10).\(tenths % 10)mm"
        return "<svg viewBox=\"0 0 \(side) \(side)\" width=\"\(millimetres)\" height=\"\(millimetres)\""
            + " shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"\(HTMLEscape.attribute(label))\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path stroke=\"#000\" d=\"\(pathData)\"/></svg>"
    }

    /// The runs of dark modules as one path for a 1-wide stroke: the first run starts at its
    /// absolute position on the row's centre line (`M4 4.5h7`), every later one moves there
    /// relative to the end of the one before (`m2 0h1`, `m-33 1h7`), which keeps the numbers short:
    /// about 2.2 KB for a 37×37 code against 4.9 KB when each run is a filled rectangle.
    var pathData: String {
        var path: [UInt8] = []
        path.reserveCapacity(size * size * 2)
        var pen: (x: Int, y: Int)?
        modules.withUnsafeBufferPointer { modules in
            for row in 0..<size {
                let line = UnsafeBufferPointer(rebasing: modules[row * size..<(row + 1) * size])
                var column = 0
                while column < size {
                    guard line[column] else { column += 1; continue }
                    let start = column
                    while column < size && line[column] { column += 1 }
                    let (x, y) = (start + Self.quietZone, row + Self.quietZone)
                    if let pen {
                        path.append(UInt8(ascii: "m"))
                        Self.append(x - pen.x, to: &path)
                        path.append(UInt8(ascii: " "))
                        Self.append(y - pen.y, to: &path)
                    } else {
                        path.append(UInt8(ascii: "M"))
                        Self.append(x, to: &path)
                        path.append(UInt8(ascii: " "))
                        Self.append(y, to: &path)
                        path.append(contentsOf: ".5".utf8)
                    }
                    path.append(UInt8(ascii: "h"))
                    Self.append(column - start, to: &path)
                    pen = (column + Self.quietZone, y)
                }
            }
        }
        return String(decoding: path, as: UTF8.self)
    }

    /// Appends `number` in decimal, as `"\(number)"` spells it; a code's numbers have at most three digits.
    private static func append(_ number: Int, to out: inout [UInt8]) {
        if number < 0 { out.append(UInt8(ascii: "-")) }
        let value = number.magnitude
        precondition(value < 1000, "a QR code is at most 177 modules wide")
        if value >= 100 { out.append(UInt8(ascii: "0") + UInt8(value / 100)) }
        if value >= 10 { out.append(UInt8(ascii: "0") + UInt8(value / 10 % 10)) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
