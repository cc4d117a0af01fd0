"""axe-core finds no accessibility violations on any page kind of the built site (issues 7, 19).

axe-core 4.12 (theme_support.axe_source) runs every rule it enables by default (WCAG 2 A and
AA, and best practices), on each page kind in each language: home, series (and its page 2 when
the site has one), article, page, group, tag, project directory, project, search (with a query)
and 404; then each page kind again with high contrast on, and a few pages on a phone with larger
text on, and with high contrast and larger text together, and with the large pointer.
"""
import json

import pytest

from theme_support import (READER_MODES, axe_violations, kinds_or_none, set_reader_mode, set_viewport,  # noqa: F401
                           theme_browser, theme_origin)

KINDS = kinds_or_none()

# HTML allows <div> groups inside <dl> (name-value groups, since HTML 5.2): checked here as well,
# as axe-core 3 once reported them wrongly and the theme relies on them.
DL_JS = r"""
var bad = [];
document.querySelectorAll('dt, dd').forEach(function (el) {
  var p = el.parentElement;
  if (!(p.tagName === 'DL' || (p.tagName === 'DIV' && p.parentElement.tagName === 'DL'))) bad.push(el.outerHTML.slice(0, 80));
});
document.querySelectorAll('dl').forEach(function (dl) {
  Array.prototype.forEach.call(dl.children, function (c) {
    if (['DT', 'DD', 'SCRIPT', 'TEMPLATE'].indexOf(c.tagName) >= 0) return;
    if (c.tagName === 'DIV' && c.querySelector(':scope > dt') && c.querySelector(':scope > dd')
        && Array.prototype.every.call(c.children, function (g) { return g.tagName === 'DT' || g.tagName === 'DD'; })) return;
    bad.push(c.outerHTML.slice(0, 80));
  });
});
return bad;
"""


def violations(driver, url):
    driver.get(url)
    found = axe_violations(driver)
    lists = driver.execute_script(DL_JS)
    if lists:
        found.append({"rule": "definition-list (HTML 5.2)", "nodes": lists[:5]})
    return found


@pytest.mark.parametrize("lang,kind,path", KINDS, ids=["%s-%s" % (lang, kind) for lang, kind, _ in KINDS])
def test_no_axe_violations(theme_browser, theme_origin, lang, kind, path):
    query = ("?q=" + ("%E6%95%B0%E5%AD%97" if lang == "zh" else "digital")) if kind == "search" else ""
    found = violations(theme_browser, theme_origin + path + query)
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)


PHONE_KINDS = [k for k in KINDS if k[1] in ("home", "article", "projects", "project")]
MODES = [(mode, width, kind) for mode, width in (("larger-text", 390), ("high-contrast-larger-text", 390), ("large-pointer", 1280))
         for kind in PHONE_KINDS] + [("high-contrast", 1280, kind) for kind in KINDS]


@pytest.mark.parametrize("mode,width,kind", MODES, ids=["%s-%d-%s-%s" % (m, w, k[0], k[1]) for m, w, k in MODES])
def test_no_axe_violations_with_the_reader_switches_on(theme_browser, theme_origin, mode, width, kind):
    lang, name, path = kind
    set_reader_mode(theme_browser, theme_origin, mode)
    set_viewport(theme_browser, width, 844 if width < 600 else 900)
    try:
        query = ("?q=" + ("%E6%95%B0%E5%AD%97" if lang == "zh" else "digital")) if name == "search" else ""
        found = violations(theme_browser, theme_origin + path + query)
        on = theme_browser.execute_script("return document.documentElement.className")
    finally:
        set_reader_mode(theme_browser, theme_origin, None)
        set_viewport(theme_browser, 1280, 900)
    expected = {"placard-text-size": "text-large", "placard-contrast": "contrast-high", "placard-pointer": "pointer-large"}
    assert all(expected[key] in on for key in READER_MODES[mode]), on
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)
