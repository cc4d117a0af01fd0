import Foundation
import Testing
@testable import PlacardCore

/// The XML reader of workbook parts.
@Suite struct XLSXEventsTests {
    func events(_ xml: String) throws -> [String] {
        var out: [String] = []
        var handlers = XLSXEvents.Handlers()
        handlers.start = { name, attributes in
            out.append("<\(name)" + attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined() + ">")
        }
        handlers.end = { out.append("</\($0)>") }
        handlers.text = { out.append($0) }
        try XLSXEvents.parse(Data(xml.utf8), part: "test.xml", handlers)
        return out
    }

    @Test func elementsAttributesAndText() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!-- a comment --><x:sst xmlns:x="urn:x" count='2'><si><t xml:space="preserve">a &amp; b &lt;c&gt; &#20013;&#x6587; &quot;q&quot; &apos;</t></si><si><t><![CDATA[<raw> & ]]></t><e a="1&#10;2"/></si></x:sst>
        """
        #expect(try events(xml) == ["<sst count=2 x=urn:x>", "<si>", "<t space=preserve>", "a & b <c> 中文 \"q\" '", "</t>", "</si>",
                                    "<si>", "<t>", "<raw> & ", "</t>", "<e a=1\n2>", "</e>", "</si>", "</sst>"])
    }

    @Test(arguments: [
        "<a><b></a></b>", "<a>", "<a></a><b></b>", "text<a/>", "<a x=1/>", "<a>&nbsp;</a>", "<a x=\"1\"y=\"2\"/>",
        "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", "<a><!-- open", "",
    ])
    func malformedPartsAreRefused(xml: String) {
        #expect(throws: XLSXArchive.Failure.self) { try events(xml) }
    }
}
