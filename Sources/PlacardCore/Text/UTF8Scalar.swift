/// The UTF-8 decoding the byte-reading loops share (search folding, reading time, tag
/// segments). They read a `String`'s bytes, which are valid UTF-8, and handle ASCII themselves.
enum UTF8Scalar {
    /// The value of the scalar whose UTF-8 starts at `index` with a lead byte of 0x80 or more,
    /// moving `index` past it.
    @inline(__always)
    static func value(in bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        let value: UInt32
        switch lead {
        case 0xF0...:
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
            index += 4
        case 0xE0...:
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            index += 3
        default:
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            index += 2
        }
        return value
    }
}
