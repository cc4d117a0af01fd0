/// The HTML of every entry's body in a build that renders each page once, handed to the page that
/// shows it: the entry's page takes it when it is rendered, so a body's HTML is freed with its
/// page instead of living until the last page is written (at 10,000 articles some 110 MB of HTML,
/// still held while the search index reached its peak). Feeds read the HTML they quote when their
/// jobs are made, before any page is rendered.
///
/// `@unchecked Sendable`: each entry's page takes its own slot, once, on whichever thread runs
/// it; the reads all happen before the first page job starts.
final class BodyHTMLHandOver: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<String>

    init(_ html: [String]) {
        slots = .allocate(capacity: html.count)
        _ = slots.initialize(from: html)
    }

    deinit {
        slots.baseAddress?.deinitialize(count: slots.count)
        slots.deallocate()
    }

    /// The HTML of entry `index`, left in place.
    func read(_ index: Int) -> String { slots[index] }

    /// The HTML of entry `index`, taken out: its page has the only copy.
    func take(_ index: Int) -> String {
        let html = slots[index]
        slots[index] = ""
        return html
    }
}
