import Testing

/// One row of a Markdown snapshot table: an input and the output it must give.
struct MarkdownCase: Sendable, CustomTestStringConvertible {
    let name: String
    let markdown: String
    let html: String
    /// The expected plain text, for tables that check it.
    var plainText: String?
    var testDescription: String { name }
}
