extension RenderedMarkdown {
    /// The generated summary (`Summary.make`) of the first paragraph, for pages whose front
    /// matter has no `summary`.
    public var summary: String { Summary.make(from: firstParagraph) }

    /// The reading time of the whole text in minutes (`ReadingTime.minutes`).
    public var readingMinutes: Int { ReadingTime.minutes(for: plainText) }
}
