"""axe-core finds no accessibility violations on any page kind of the built site (issue 7).

Every rule axe enables by default runs (WCAG 2 A and AA, and best practices), on each page
kind in each language: home, series (and its page 2 when the site has one), article, page,
group, tag, project directory, project, search (with a query) and 404; then a few pages again
on a phone with larger text on, where the layout differs most.
"""
import json

import pytest
from axe_selenium_python import Axe

from theme_support import kinds_or_none, set_larger_text, set_viewport, theme_browser, theme_origin  # noqa: F401

KINDS = kinds_or_none()

# The axe-core that axe-selenium-python ships (3.1) predates HTML's <div> groups inside <dl>
# (name-value groups, valid since HTML 5.2) and reports every such dt/dd. Those two rules are
# replaced by DL_JS, which checks the structure HTML allows today.
AXE_OPTIONS = '{"rules": {"dlitem": {"enabled": false}, "definition-list": {"enabled": false}}}'
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
    axe = Axe(driver)
    axe.inject()
    results = axe.run(options=AXE_OPTIONS)
    found = [{"rule": v["id"], "impact": v["impact"], "help": v["help"],
              "nodes": [n["target"] for n in v["nodes"]][:5]} for v in results["violations"]]
    lists = driver.execute_script(DL_JS)
    if lists:
        found.append({"rule": "definition-list (HTML 5.2)", "nodes": lists[:5]})
    return found


@pytest.mark.parametrize("lang,kind,path", KINDS, ids=["%s-%s" % (lang, kind) for lang, kind, _ in KINDS])
def test_no_axe_violations(theme_browser, theme_origin, lang, kind, path):
    query = ("?q=" + ("%E6%95%B0%E5%AD%97" if lang == "zh" else "digital")) if kind == "search" else ""
    found = violations(theme_browser, theme_origin + path + query)
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)


PHONE_LARGE = [k for k in KINDS if k[1] in ("home", "article", "projects")]


@pytest.mark.parametrize("lang,kind,path", PHONE_LARGE, ids=["%s-%s" % (lang, kind) for lang, kind, _ in PHONE_LARGE])
def test_no_axe_violations_on_a_phone_with_larger_text(theme_browser, theme_origin, lang, kind, path):
    set_larger_text(theme_browser, theme_origin, True)
    set_viewport(theme_browser, 390, 844)
    try:
        found = violations(theme_browser, theme_origin + path)
    finally:
        set_larger_text(theme_browser, theme_origin, False)
        set_viewport(theme_browser, 1280, 900)
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)
