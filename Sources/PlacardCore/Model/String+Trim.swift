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
