import Foundation
import Testing
@testable import PlacardCore

/// SVG and XML files of `content/` that could build or load a script when opened from their own
/// address are refused: DTDs, stylesheets, `data:` documents and browser-supplied references included (SPEC §7.6).
@Suite struct ActiveMarkupTests {
    private let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\""

    @Test func declarationsStylesheetsAndXSLTAreRefusedOnTheirPaths() throws {
        let site = try TestSite([
            "content/elderly/a.zh.md": article("甲"),
            "content/elderly/ent.svg": "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY s \"&#60;script&#62;alert(11)&#60;/script&#62;\">]>\n\(svg)>&s;</svg>",
            "content/elderly/attl.svg": "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ATTLIST svg onload CDATA \"alert(41)\">]>\n\(svg)></svg>",
            "content/elderly/data.xml": "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"t.txt\"?>\n<data/>\n",
            "content/elderly/t.txt": "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>",
            "content/elderly/style.XSL": "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>",
            "content/elderly/feed.rss": "<rss><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script></rss>",
        ])
        defer { site.remove() }
        let (summary, diagnostics) = site.build()
        #expect(summary == nil)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.path).sorted() == ["content/elderly/attl.svg", "content/elderly/data.xml", "content/elderly/ent.svg",
                                                "content/elderly/feed.rss", "content/elderly/style.XSL"])
        #expect(errors.first { $0.path.hasSuffix("ent.svg") }?.text.en.contains("`<!DOCTYPE … [`") == true)
        #expect(errors.first { $0.path.hasSuffix("data.xml") }?.text.en.contains("`<?xml-stylesheet`") == true)
        #expect(errors.first { $0.path.hasSuffix("style.XSL") }?.text.en.contains("XSLT") == true)
    }

    @Test func whatCouldBuildAScriptIsFound() {
        let cases: [(String, String)] = [
            ("<!DOCTYPE svg [<!ENTITY j \"javascript\">]>\(svg)><a href=\"&j;:alert(42)\"><rect/></a></svg>", "<!DOCTYPE … ["),
            ("<!ENTITY j \"javascript\">\(svg)/>", "<!entity"),
            ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x.dtd\"><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<a href=\"javascript&colon;alert(1)\">x</a></html>", "&colon;"),
            ("\(svg)><use href=\"data:image/svg+xml;base64,PHN2Zz4=#x\"/></svg>", "data:image/svg+xml"),
            ("\(svg)><a href=\" data:text/html,&#60;script&#62;\">x</a></svg>", "data:text/html,<script>"),
            ("\(svg)><animate attributeName=\"href\" values=\"#a;data:text/html,x\"/></svg>", "data:text/html,x"),
            ("\(svg)><foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\"><img src=\"x\" onerror=\"alert(1)\"/></body></foreignObject></svg>", "onerror="),
            ("\(svg)><![CDATA[ \" ]]><script>alert(1)</script><![CDATA[ \" ]]></svg>", "<script"),
            ("\(svg)><?pi \" ?><script>alert(1)</script><?pi \" ?></svg>", "<script"),
        ]
        for (markup, found) in cases {
            #expect(ContentAsset.activeMarkup(in: Data(markup.utf8)) == found, "\(markup)")
        }
    }

    @Test func plainPicturesFromDrawingProgramsPass() {
        for markup in [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n\(svg)><rect/></svg>",
            "\(svg) content=\"&lt;mxfile&gt;&lt;diagram style=&quot;image=data:image/svg+xml,PHN2Zz4=;&quot;&gt;&amp;nbsp;\"><image href=\"data:image/png;base64,iVBOR\"/></svg>",
            "\(svg)><style><![CDATA[ @font-face { src: url(data:font/woff2;base64,AAA) } ]]></style><text>&lt;script&gt; &#38;</text></svg>",
        ] {
            #expect(ContentAsset.activeMarkup(in: Data(markup.utf8)) == nil, "\(markup)")
        }
    }

    @Test func aCompressedSVGIsReadInflated() throws {
        let site = try TestSite(["content/elderly/a.zh.md": article("甲")])
        defer { site.remove() }
        try site.write(SearchGzip.compress(Data("\(svg)><script>alert(1)</script></svg>".utf8)), to: "content/elderly/map.svgz")
        try site.write(SearchGzip.compress(Data("\(svg)><rect/></svg>".utf8)), to: "content/elderly/fine.svgz")
        let errors = site.build().diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.path) == ["content/elderly/map.svgz"])
    }
}
