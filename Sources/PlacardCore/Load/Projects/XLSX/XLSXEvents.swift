import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A streaming reader of one XML part: element starts and ends by local name (`x14ac:dyDescent`
/// is `dyDescent`, whatever prefix a program chose), and the text inside elements.
final class XLSXEvents: NSObject, XMLParserDelegate {
    struct Handlers {
        var start: (_ name: String, _ attributes: [String: String]) -> Void = { _, _ in }
        var end: (_ name: String) -> Void = { _ in }
        var text: (_ text: String) -> Void = { _ in }
    }

    private let handlers: Handlers

    private init(_ handlers: Handlers) {
        self.handlers = handlers
    }

    /// Parses `data`; throws when it is not well-formed XML.
    static func parse(_ data: Data, part: String, _ handlers: Handlers) throws {
        let parser = XMLParser(data: data)
        let events = XLSXEvents(handlers)
        parser.delegate = events
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { throw XLSXArchive.Failure.unreadable("\(part) is damaged") }
    }

    static func localName(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        var local: [String: String] = [:]
        for (key, value) in attributes { local[Self.localName(key)] = value }
        handlers.start(Self.localName(elementName), local)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        handlers.end(Self.localName(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        handlers.text(string)
    }
}
