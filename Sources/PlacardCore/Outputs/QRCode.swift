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
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = code.pointee.data!
        size = width
        // Bit 0 of each byte is the module's colour; the other bits say what kind of module it is.
        modules = (0..<width * width).map { data[$0] & 1 == 1 }
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
        var path = ""
        var pen: (x: Int, y: Int)?
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else { column += 1; continue }
                let start = column
                while column < size && isDark(row: row, column: column) { column += 1 }
                let (x, y) = (start + Self.quietZone, row + Self.quietZone)
                if let pen {
                    path += "m\(x - pen.x) \(y - pen.y)"
                } else {
                    path += "M\(x) \(y).5"
                }
                path += "h\(column - start)"
                pen = (column + Self.quietZone, y)
            }
        }
        return path
    }
}
