import Foundation
import Yams

/// A wrong expression and what to write instead (`audit/terms.yml`).
struct Term: Hashable, Sendable {
    var wrong: [Unicode.Scalar]
    var right: String
    /// Where the rule comes from, shown with the finding.
    var source: String?
    /// Longer phrases in which `wrong` is correct (`发布署名` holds `布署`).
    var except: [[Unicode.Scalar]]
}

/// The wrong → right list of the `term` rule: Placard's starter list (`StarterTerms`), plus the
/// site's own `audit/terms.yml`, whose entries replace starter entries with the same `wrong`;
/// an entry `{wrong: X, ignore: true}` switches a starter entry off.
enum TermList {
    static let path = "audit/terms.yml"

    static func load(root: URL, diagnostics: Diagnostics) -> [Term] {
        var terms = parse(StarterTerms.yaml, path: "starter terms", diagnostics: diagnostics).terms
        let url = root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path),
              let text = TextFile.read(url, path: path, diagnostics: diagnostics) else { return terms }
        let site = parse(text, path: path, diagnostics: diagnostics)
        let replaced = Set(site.terms.map(\.wrong) + site.ignored)
        terms.removeAll { replaced.contains($0.wrong) }
        return terms + site.terms
    }

    static func parse(_ text: String, path: String, diagnostics: Diagnostics) -> (terms: [Term], ignored: [[Unicode.Scalar]]) {
        guard let node = YAMLReader.parse(text, path: path, diagnostics: diagnostics) else { return ([], []) }
        if case .scalar = node, node.text == nil { return ([], []) }
        guard case .sequence(let items) = node else {
            diagnostics.error(path, line: node.line, .auditTermsNotAList())
            return ([], [])
        }
        let reader = NodeReader(path: path, lineOffset: 0, diagnostics: diagnostics)
        var terms: [Term] = []
        var ignored: [[Unicode.Scalar]] = []
        for item in items {
            guard let wrong = item[key: "wrong"]?.text?.trimmed, !wrong.isEmpty else {
                diagnostics.error(path, line: item.line, .auditTermEntry())
                continue
            }
            if reader.bool(item[key: "ignore"], "ignore") == true {
                ignored.append(Array(wrong.unicodeScalars))
                continue
            }
            guard let right = item[key: "right"]?.text?.trimmed, !right.isEmpty else {
                diagnostics.error(path, line: item.line, .auditTermEntry())
                continue
            }
            terms.append(Term(wrong: Array(wrong.unicodeScalars), right: right, source: item[key: "source"]?.text,
                              except: reader.list(item[key: "except"], "except").map { Array($0.unicodeScalars) }))
        }
        return (terms, ignored)
    }
}
