"""Layout on phones and wide screens: no sideways scrolling, tables scroll in their own box,
touch targets of 44 px, larger text included (issue 7)."""
import pytest

from theme_support import TARGETS_JS, kinds_or_none, set_larger_text, set_viewport, theme_browser, theme_origin  # noqa: F401

KINDS = kinds_or_none()
IDS = ["%s-%s" % (lang, kind) for lang, kind, _ in KINDS]
WIDTHS = (320, 390, 1280)


@pytest.fixture(scope="module", params=[False, True], ids=["normal-text", "larger-text"])
def text_size(request, theme_browser, theme_origin):
    set_larger_text(theme_browser, theme_origin, request.param)
    yield request.param
    set_larger_text(theme_browser, theme_origin, False)


@pytest.mark.parametrize("lang,kind,path", KINDS, ids=IDS)
def test_no_horizontal_scrolling_and_large_targets(theme_browser, theme_origin, text_size, lang, kind, path):
    problems = []
    for width in WIDTHS:
        set_viewport(theme_browser, width, 900)
        theme_browser.get(theme_origin + path)
        overflow = theme_browser.execute_script("""
            var doc = document.documentElement, wide = [];
            document.querySelectorAll('main *, header *, footer *').forEach(function (el) {
              var r = el.getBoundingClientRect();
              if (r.right > doc.clientWidth + 1 && !el.closest('table, pre')) wide.push(el.tagName + '.' + el.className);
            });
            return {scroll: doc.scrollWidth, client: doc.clientWidth, wide: wide.slice(0, 5)};
        """)
        if overflow["scroll"] > overflow["client"]:
            problems.append(("scrolls sideways at %d px" % width, overflow))
        small = [t for t in theme_browser.execute_script(TARGETS_JS) if t["width"] < 44 or t["height"] < 44]
        if small:
            problems.append(("targets under 44 px at %d px" % width, small[:8]))
    set_viewport(theme_browser, 1280, 900)
    assert not problems, problems


def test_tables_scroll_inside_their_own_box(theme_browser, theme_origin):
    article = next((path for lang, kind, path in KINDS if kind == "article"), None)
    assert article is not None, "the site has no article"
    set_viewport(theme_browser, 320, 700)
    try:
        theme_browser.get(theme_origin + article)
        result = theme_browser.execute_script("""
            var t = document.querySelector('.prose table');
            if (!t) return null;
            var cs = getComputedStyle(t);
            return {overflowX: cs.overflowX, fits: t.getBoundingClientRect().right <= document.documentElement.clientWidth,
                    page: document.documentElement.scrollWidth <= document.documentElement.clientWidth};
        """)
    finally:
        set_viewport(theme_browser, 1280, 900)
    assert result is not None, "the article has no table"
    assert result == {"overflowX": "auto", "fits": True, "page": True}
