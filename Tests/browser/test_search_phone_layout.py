"""Search results on a 390 px phone: a title with highlights stays one flow of text (SPEC §7.7)."""
import urllib.parse

from selenium.webdriver.common.by import By

LINES = """
var a = arguments[0];
var range = document.createRange();
range.selectNodeContents(a);
var rects = Array.from(range.getClientRects()).filter(function (r) { return r.width > 0; });
var style = getComputedStyle(a);
return {
  display: style.display,
  tops: rects.map(function (r) { return Math.round(r.top); }),
  lefts: rects.map(function (r) { return Math.round(r.left); }),
  lineHeight: parseFloat(style.lineHeight),
  height: a.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
  width: a.getBoundingClientRect().width,
  chars: a.textContent.length,
  fontSize: parseFloat(style.fontSize),
};
"""


def test_highlighted_titles_do_not_break_into_columns(chromium, site_url, wait_search):
    size = chromium.get_window_size()
    chromium.set_window_size(390, 900)
    try:
        query = "手机"
        chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote(query))
        wait_search(query)
        links = [a for a in chromium.find_elements(By.CSS_SELECTOR, "[data-search-result] h2 a")
                 if a.find_elements(By.TAG_NAME, "mark") and a.text.strip() != query]
        assert links, "no result title with a highlight and other text"
        for a in links:
            box = chromium.execute_script(LINES, a)
            assert box["display"] not in ("flex", "inline-flex", "grid"), box
            # One flow: each piece starts on the line where the one before it ends, or below.
            assert box["tops"] == sorted(box["tops"]), (a.text, box)
            lines = len(set(box["tops"]))
            needed = box["chars"] * box["fontSize"] / box["width"]
            assert lines <= int(needed) + 1, (a.text, box)
            assert box["height"] <= lines * box["lineHeight"] + 2, (a.text, box)
    finally:
        chromium.set_window_size(size["width"], size["height"])
