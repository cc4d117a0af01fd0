"""Payloads from the OWASP XSS Filter Evasion Cheat Sheet, written out (never fetched), adapted so that
each one, if it ever ran, would leave a trace the test looks for: a call to alert/confirm/prompt, a global
`__xss`, or an element `<xss-ran>` created by script. `<xss-tag>` is a plain element that must never appear
as markup where content is escaped.
"""

RUN = "document.documentElement.appendChild(document.createElement('xss-ran'))"

PAYLOADS = [
    # Script tags and their spellings
    "<script>alert(1)</script>",
    "<SCRIPT>alert(1)</SCRIPT>",
    "<ScRiPt>window.__xss=1</sCrIpT>",
    "<script src=/xss.js></script>",
    "<script>%s</script>" % RUN,
    "<<SCRIPT>alert(1);//<</SCRIPT>",
    "<SCRIPT/XSS SRC=\"data:text/javascript,alert(1)\"></SCRIPT>",
    "<script\x0c>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "</style><script>alert(1)</script>",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    # Event handlers
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=x ONERROR=alert(1)>",
    "<img src=x onerror=\"%s\">" % RUN,
    "<img src=\"x\" onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">",
    "<img src=x onerror=&#x61;&#x6C;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>",
    "<svg onload=alert(1)>",
    "<svg/onload=alert(1)>",
    "<body onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<embed src=\"data:text/html,<script>alert(1)</script>\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\" &#14;  javascript:alert(1)\">x</a>",
    "<xss-tag id=xss-tag>marker</xss-tag>",
    # Attribute breakouts
    "\"><script>alert(1)</script>",
    "'><script>alert(1)</script>",
    "\" onmouseover=\"alert(1)\" x=\"",
    "' onfocus='alert(1)' autofocus='",
    "\" autofocus onfocus=alert(1) x=\"",
    "\"><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    # Entity and encoding variants
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "＜script＞alert(1)＜/script＞",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    # Template-looking and CSS
    "{{#x}}{{/x}}{{{site.title}}}{{> base}}",
    "{{constructor.constructor('alert(1)')()}}",
    "${alert(1)}",
    "<style>@import 'javascript:alert(1)';</style>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"javascript:alert(1)//\">",
    "<form action=\"javascript:alert(1)\"><button>x</button></form>",
    # Markdown-shaped
    "[点我](javascript:alert(1))",
    "![图](javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](JAVASCRIPT:alert(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    "<javascript:alert(1)>",
    "`<script>alert(1)</script>`",
]

assert len(PAYLOADS) == len(set(PAYLOADS))
