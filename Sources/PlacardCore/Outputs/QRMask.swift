import CQRencode
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libqrencode's choice of mask, made faster. `QRcode_encodeString` tries all eight masks and keeps
/// the first of least demerit, a byte a module and about 0.7 million instructions a URL; this
/// encodes the symbol unmasked with libqrencode's own steps, then scores the masks with the same
/// rules on rows of bits (a run at a time, stopping a mask as soon as it cannot win) and applies
/// the winner: the same modules, as `QRMaskTests` checks against `QRcode_encodeString`.
enum QRMask {
    /// The rows of the symbol (row y bit x, for a dark module) of `text` encoded as
    /// `QRcode_encodeString(text, 0, M, 8-bit, 1)` does, and the width; nil when this path does not
    /// apply (the library lacks the steps, or the symbol is wider than 64 modules) or the text is
    /// too long for any code.
    static func encode(_ text: String) -> (width: Int, rows: [UInt64])? {
        guard let steps = Steps.found, let input = QRinput_new2(0, QR_ECLEVEL_M) else { return nil }
        defer { QRinput_free(input) }
        guard steps.split(text, input, QR_MODE_8, 1) >= 0, let code = steps.encodeMask(input, -2) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width <= 64, let data = code.pointee.data else { return nil }
        let symbol = Symbol(width: width, data: data)
        defer { symbol.deallocate() }
        var (best, least) = (0, Int.max)
        for mask in 0..<8 {
            let demerit = symbol.demerit(mask: mask, below: least)
            if demerit < least { (best, least) = (mask, demerit) }
        }
        symbol.apply(mask: best)
        return (width, Array(UnsafeBufferPointer(start: symbol.rows, count: width)))
    }

    /// `Split_splitStringToQRinput` and `QRcode_encodeMask` (mask -2: none), the two steps of
    /// `QRcode_encodeString`; libqrencode exports them but declares them only in its internal headers.
    private struct Steps: @unchecked Sendable {
        typealias Split = @convention(c) (UnsafePointer<CChar>?, OpaquePointer?, QRencodeMode, Int32) -> Int32
        typealias EncodeMask = @convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<QRcode>?
        let split: Split
        let encodeMask: EncodeMask

        static let found: Steps? = {
            guard let library = dlopen(nil, RTLD_NOW), let split = dlsym(library, "Split_splitStringToQRinput"),
                  let encodeMask = dlsym(library, "QRcode_encodeMask") else { return nil }
            return Steps(split: unsafeBitCast(split, to: Split.self), encodeMask: unsafeBitCast(encodeMask, to: EncodeMask.self))
        }()
    }

    /// Format information at level M for masks 0–7 (BCH code, XOR 0x5412), as libqrencode's table has it.
    private static let formatM: [UInt32] = [0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0]

    /// Whether mask `mask` flips module (x, y): libqrencode's `(expression) == 0`.
    private static func flips(_ mask: Int, x: Int, y: Int) -> Bool {
        switch mask {
        case 0: (x + y) & 1 == 0
        case 1: y & 1 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (y / 2 + x / 3) & 1 == 0
        case 5: (x * y) & 1 + (x * y) % 3 == 0
        case 6: ((x * y) & 1 + (x * y) % 3) & 1 == 0
        default: ((x * y) % 3 + (x + y) & 1) & 1 == 0
        }
    }

    /// Each mask's flips on row y, bit x: the patterns repeat every 12 rows.
    private static let patterns: [[UInt64]] = (0..<8).map { mask in
        (0..<12).map { y in (0..<64).reduce(UInt64(0)) { row, x in flips(mask, x: x, y: y) ? row | 1 << UInt64(x) : row } }
    }

    /// Each mask's flips on column x, bit y: they repeat every 12 columns too.
    private static let columnPatterns: [[UInt64]] = (0..<8).map { mask in
        (0..<12).map { x in (0..<64).reduce(UInt64(0)) { column, y in flips(mask, x: x, y: y) ? column | 1 << UInt64(y) : column } }
    }

    /// The 15 format bits' two places each, (x, y), bit 0 first, as `Mask_writeFormatInformation` writes them.
    private static func formatPlaces(width: Int) -> [((Int, Int), (Int, Int))] {
        (0..<15).map { i in
            i < 8 ? ((width - 1 - i, 8), (8, i < 6 ? i : i + 1))
                : ((8, width - 15 + i), (i == 8 ? 7 : 14 - i, 8))
        }
    }

    private struct Symbol {
        let width: Int
        /// The unmasked modules, row y bit x.
        let plain: [UInt64]
        /// The modules a mask flips: data, not function patterns (libqrencode's bit 0x80 clear).
        let data: [UInt64]
        /// The format information's modules.
        let format: [UInt64]
        /// `plain`, `data` and `format` by columns (column x bit y), 64 each.
        let plainColumns: [UInt64], dataColumns: [UInt64], formatColumns: [UInt64]
        let places: [((Int, Int), (Int, Int))]
        /// The symbol under the last mask applied, 64 rows (those past the width empty), then its
        /// columns; and room for one line's runs. Freed by `deallocate`.
        let rows = UnsafeMutablePointer<UInt64>.allocate(capacity: 128)
        var columns: UnsafeMutablePointer<UInt64> { rows + 64 }
        let runs = UnsafeMutablePointer<Int>.allocate(capacity: 66)

        init(width: Int, data bytes: UnsafeMutablePointer<UInt8>) {
            self.width = width
            var plain = [UInt64](repeating: 0, count: width), data = plain, format = plain
            for y in 0..<width {
                let row = bytes + y * width
                var (dark, flippable): (UInt64, UInt64) = (0, 0)
                var x = 0
                // Eight modules at a time: bit 0 of each of eight bytes gathered into one byte by a
                // multiplication (byte i's bit lands on bit 56 + i), and bit 7 likewise.
                while x + 8 <= width {
                    let eight = UnsafeRawPointer(row + x).loadUnaligned(as: UInt64.self)
                    dark |= Self.gathered(UInt64(littleEndian: eight)) << UInt64(x)
                    flippable |= Self.gathered(~UInt64(littleEndian: eight) >> 7) << UInt64(x)
                    x += 8
                }
                while x < width {
                    dark |= UInt64(row[x] & 1) << UInt64(x)
                    flippable |= UInt64(~row[x] >> 7) << UInt64(x)
                    x += 1
                }
                (plain[y], data[y]) = (dark, flippable)
            }
            places = QRMask.formatPlaces(width: width)
            for (a, b) in places {
                format[a.1] |= 1 << UInt64(a.0)
                format[b.1] |= 1 << UInt64(b.0)
            }
            (self.plain, self.data, self.format) = (plain, data, format)
            func columns(_ rows: [UInt64]) -> [UInt64] {
                var square = rows + [UInt64](repeating: 0, count: 64 - width)
                square.withUnsafeMutableBufferPointer { Self.transpose($0.baseAddress!) }
                return square
            }
            (plainColumns, dataColumns, formatColumns) = (columns(plain), columns(data), columns(format))
            rows.initialize(repeating: 0, count: 128)
        }

        /// Bit 0 of each of the eight bytes of `word` (byte i the i-th), as bits 0–7.
        @inline(__always)
        private static func gathered(_ word: UInt64) -> UInt64 {
            ((word & 0x0101_0101_0101_0101) &* 0x0102_0408_1020_4080) >> 56
        }

        func deallocate() {
            rows.deallocate()
            runs.deallocate()
        }

        func apply(mask: Int) {
            fill(rows, plain: plain, data: data, format: format, patterns: QRMask.patterns[mask], mask: mask, byColumns: false)
        }

        /// `apply(mask:)` to `columns`, made from the symbol's columns rather than by transposing `rows`.
        private func applyToColumns(mask: Int) {
            fill(columns, plain: plainColumns, data: dataColumns, format: formatColumns, patterns: QRMask.columnPatterns[mask],
                 mask: mask, byColumns: true)
        }

        /// The lines (rows, or columns when `byColumns`) of the symbol under `mask`: its data flipped
        /// by the mask's pattern, then the mask's format information.
        private func fill(_ lines: UnsafeMutablePointer<UInt64>, plain: [UInt64], data: [UInt64], format: [UInt64],
                          patterns: [UInt64], mask: Int, byColumns: Bool) {
            for i in 0..<width {
                lines[i] = (plain[i] ^ patterns[i % 12] & data[i]) & ~format[i]
            }
            var bits = QRMask.formatM[mask]
            for (a, b) in places {
                if bits & 1 == 1 {
                    if byColumns {
                        lines[a.0] |= 1 << UInt64(a.1)
                        lines[b.0] |= 1 << UInt64(b.1)
                    } else {
                        lines[a.1] |= 1 << UInt64(a.0)
                        lines[b.1] |= 1 << UInt64(b.0)
                    }
                }
                bits >>= 1
            }
        }

        /// `Mask_mask`'s demerit of `mask`, or some number at least `bound` once it reaches it.
        func demerit(mask: Int, below bound: Int) -> Int {
            apply(mask: mask)
            let area = width * width
            var dark = 0
            for y in 0..<width { dark += rows[y].nonzeroBitCount }
            let ratio = (200 * dark + area) / area / 2
            var demerit = abs(ratio - 50) / 5 * 10
            // N2: every 2×2 block of one colour; bit x of `same` is the block at columns x and x + 1.
            let pairs: UInt64 = (1 << UInt64(width - 1)) - 1
            for y in 1..<width {
                let (a, b) = (rows[y - 1], rows[y])
                let same = (a & b & a >> 1 & b >> 1) | ~(a | b | a >> 1 | b >> 1)
                demerit += 3 * (same & pairs).nonzeroBitCount
            }
            guard demerit < bound else { return demerit }
            for y in 0..<width {
                demerit += lineDemerit(rows[y])
                if demerit >= bound { return demerit }
            }
            applyToColumns(mask: mask)
            for x in 0..<width {
                demerit += lineDemerit(columns[x])
                if demerit >= bound { return demerit }
            }
            return demerit
        }

        /// N1 and N3 of one row or column (bit i the module at i), as `Mask_calcN1N3` counts them.
        private func lineDemerit(_ line: UInt64) -> Int {
            let inside: UInt64 = width == 64 ? .max : (1 << UInt64(width)) - 1
            let dark = line, light = ~line & inside
            // N1, 3 + (length - 5) a run of five or more of one colour: bit p of `five` is five from p on,
            // a run of n has n - 4 of them, the first without one at p - 1.
            let five = (dark & dark >> 1 & dark >> 2 & dark >> 3 & dark >> 4)
                | (light & light >> 1 & light >> 2 & light >> 3 & light >> 4)
            var demerit = five.nonzeroBitCount + 2 * (five & ~(five << 1)).nonzeroBitCount
            // N3 is dark, light, three dark, light, dark (1:1:3:1:1) as whole runs, with four light before or
            // after it or nothing but light to the line's end; scaled by two or more, it has six dark in a row.
            let finder = dark & light >> 1 & dark >> 2 & dark >> 3 & dark >> 4 & light >> 5 & dark >> 6
            let six = dark & dark >> 1 & dark >> 2 & dark >> 3 & dark >> 4 & dark >> 5
            if width <= 53 {
                // Bit p of `before(k)`: module p - k is light or before the line; of `after(k)`: p + k is light
                // or past it (p + 10 stays within 64 bits).
                func before(_ k: UInt64) -> UInt64 { light << k | (1 << k - 1) }
                func after(_ k: UInt64) -> UInt64 { (light | ~inside) >> k }
                // Most lines hold neither a 1:1:3:1:1 pattern nor six dark in a row: nothing more to count.
                if finder != 0 {
                    let whole = finder & before(1) & after(7)
                    let spaced = (before(1) & before(2) & before(3) & before(4)) | (after(7) & after(8) & after(9) & after(10))
                    demerit += 40 * (whole & spaced).nonzeroBitCount
                }
                guard six != 0 else { return demerit }
                // Scaled by two, whole runs of 2, 2, 6, 2 and 2 modules; by three or more, nine dark in a row.
                let scaledByTwo = before(1) & dark & dark >> 1 & light >> 2 & light >> 3 & six >> 4
                    & light >> 10 & light >> 11 & dark >> 12 & dark >> 13 & after(14)
                guard scaledByTwo != 0 || six & six >> 3 != 0 else { return demerit }
                return demerit + scaledFinders(line, least: 2)
            }
            guard finder | six != 0 else { return demerit }
            return demerit + scaledFinders(line, least: 1)
        }

        /// N3 as `Mask_calcN1N3` counts it, of patterns scaled by `least` or more, from the line's runs.
        private func scaledFinders(_ line: UInt64, least: Int) -> Int {
            var demerit = 0
            // The runs as `Mask_calcRunLengthH` lists them: alternately light and dark from a light one
            // (of length -1 when the line starts dark).
            var count = 0, position = 0, rest = line
            if line & 1 == 1 {
                runs[0] = -1
                count = 1
            }
            while position < width {
                let length = min(rest & 1 == 1 ? (~rest).trailingZeroBitCount : rest.trailingZeroBitCount, width - position)
                runs[count] = length
                count += 1
                position += length
                rest >>= UInt64(length)
            }
            var i = 3
            while i < count - 2 {
                let run = runs[i], fact = run / 3
                if run % 3 == 0, fact >= least, runs[i - 2] == fact, runs[i - 1] == fact, runs[i + 1] == fact, runs[i + 2] == fact,
                   i == 3 || runs[i - 3] >= 4 * fact || i + 4 >= count || runs[i + 3] >= 4 * fact {
                    demerit += 40
                }
                i += 2
            }
            return demerit
        }

        /// Transposes a 64×64 matrix of bits (row i bit j to row j bit i) by swapping ever smaller blocks.
        private static func transpose(_ a: UnsafeMutablePointer<UInt64>) {
            var j = 32, m: UInt64 = 0x0000_0000_FFFF_FFFF
            while j != 0 {
                var k = 0
                while k < 64 {
                    let t = (a[k] >> UInt64(j) ^ a[k + j]) & m
                    a[k] ^= t << UInt64(j)
                    a[k + j] ^= t
                    k = (k + j + 1) & ~j
                }
                j >>= 1
                m ^= m << UInt64(j)
            }
        }
    }
}
