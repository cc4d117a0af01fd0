import Foundation

/// cmark-gfm writes the box of a task list item (`- [x] 报名`) as a bare disabled checkbox that no
/// `<label>` names, so a screen reader announces an unnamed checkbox (axe-core's `label` rule).
/// Each box is given an `aria-label` that says its state in the page's language.
enum TaskListLabels {
    private static let checked = #"<input type="checkbox" checked="" disabled="" />"#
    private static let unchecked = #"<input type="checkbox" disabled="" />"#

    /// `html` with its task boxes named; unchanged (and not copied) when it has none.
    static func named(_ html: String, language: String) -> String {
        guard html.containsBytes(#"<input type="checkbox""#) else { return html }
        let chinese = language.lowercased().hasPrefix("zh")
        let done = chinese ? "已完成" : "Done", open = chinese ? "未完成" : "Not done"
        return html
            .replacingOccurrences(of: checked, with: #"<input type="checkbox" checked="" disabled="" aria-label="\#(done)" />"#)
            .replacingOccurrences(of: unchecked, with: #"<input type="checkbox" disabled="" aria-label="\#(open)" />"#)
    }
}
