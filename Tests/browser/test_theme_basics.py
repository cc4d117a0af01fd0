"""Page furniture every page must have: skip link, landmarks, visible focus, nothing that moves,
nothing from another host, readable without JavaScript, a print stylesheet, a 404 for every
language (issue 7)."""
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from theme_support import chrome, kinds_or_none, built_root, theme_browser, theme_origin  # noqa: F401

KINDS = kinds_or_none()
IDS = ["%s-%s" % (lang, kind) for lang, kind, _ in KINDS]


@pytest.mark.parametrize("lang,kind,path", KINDS, ids=IDS)
def test_landmarks_skip_link_and_nothing_moving_or_foreign(theme_browser, theme_origin, lang, kind, path):
    driver = theme_browser
    driver.get(theme_origin + path)
    facts = driver.execute_script("""
        var count = function (s) { return document.querySelectorAll(s).length; };
        var navs = Array.from(document.querySelectorAll('nav')).map(function (n) { return n.getAttribute('aria-label'); });
        return {
          banner: count('body > header, header.site-header'), main: count('main#main'), footer: count('body > footer'),
          h1: count('h1'), navs: navs, search: count('header form[role=search] input[type=search][name=q]'),
          firstLink: document.querySelector('body a').className,
          animations: document.getAnimations().length,
          moving: count('marquee, blink, video[autoplay], audio[autoplay], meta[http-equiv=refresh]'),
          resources: performance.getEntriesByType('resource').map(function (e) { return e.name; }),
        };
    """)
    assert facts["banner"] == 1 and facts["main"] == 1 and facts["footer"] == 1
    assert facts["h1"] == 1, "one h1 a page"
    assert all(facts["navs"]) and len(set(facts["navs"])) == len(facts["navs"]), facts["navs"]
    assert facts["search"] == 1
    assert facts["firstLink"] == "skip-link"
    assert facts["animations"] == 0 and facts["moving"] == 0
    origin = urlparse(theme_origin).netloc
    assert [r for r in facts["resources"] if urlparse(r).netloc != origin] == []


def test_skip_link_comes_first_shows_on_focus_and_moves_focus_to_main(theme_browser, theme_origin):
    driver = theme_browser
    driver.get(theme_origin + "/zh/")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = driver.switch_to.active_element
    assert active.get_attribute("class") == "skip-link"
    top = driver.execute_script("return arguments[0].getBoundingClientRect().top", active)
    assert top >= 0, "the skip link is on screen when focused"
    active.send_keys(Keys.ENTER)
    assert driver.execute_script("return document.activeElement.id") == "main"


def test_focus_is_clearly_visible(theme_browser, theme_origin):
    driver = theme_browser
    driver.get(theme_origin + "/zh/")
    body = driver.find_element(By.TAG_NAME, "body")
    seen = 0
    for _ in range(12):
        body = driver.switch_to.active_element
        body.send_keys(Keys.TAB)
        style = driver.execute_script("""
            var el = document.activeElement, cs = getComputedStyle(el);
            var card = el.closest('.card, .project');
            if (card && el.closest('.card-title, .project-title')) cs = getComputedStyle(card);
            return {tag: el.tagName, outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth), shadow: cs.boxShadow};
        """)
        if style["tag"] == "BODY":
            continue
        seen += 1
        assert style["outline"] != "none" and style["width"] >= 2, style
        assert style["shadow"] != "none", style
    assert seen >= 10


def test_every_page_reads_without_javascript():
    root = built_root()
    from theme_support import serve
    driver = chrome(390, 844, javascript=False)
    try:
        with serve(root) as origin:
            for lang, kind, path in KINDS:
                driver.get(origin + path)
                main = driver.find_element(By.TAG_NAME, "main")
                assert len(main.text) > 20, (lang, kind)
                assert all(a.is_displayed() for a in driver.find_elements(By.CSS_SELECTOR, ".series-menu a")), (lang, kind)
                assert not driver.find_element(By.CSS_SELECTOR, ".text-size-toggle").is_displayed(), "no dead button without JavaScript"
                if kind == "projects":
                    rows = driver.find_elements(By.CSS_SELECTOR, "[data-project-id]")
                    assert rows and all(r.is_displayed() for r in rows[:5])
    finally:
        driver.quit()


def test_print_shows_the_content_without_the_furniture(theme_browser, theme_origin):
    article = next((path for lang, kind, path in KINDS if kind == "article"), None)
    assert article is not None, "the site has no article"
    driver = theme_browser
    driver.get(theme_origin + article)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = driver.execute_script("""
            var d = function (s) { var el = document.querySelector(s); return el ? getComputedStyle(el).display : 'absent'; };
            return {nav: d('.navbar'), search: d('.header-search'), tools: d('.utility'), prose: d('.prose'), title: d('h1'),
                    color: getComputedStyle(document.querySelector('.prose p')).color,
                    root: parseFloat(getComputedStyle(document.documentElement).fontSize)};
        """)
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert shown["nav"] == shown["search"] == shown["tools"] == "none"
    assert shown["prose"] != "none" and shown["title"] != "none"
    assert shown["color"] == "rgb(0, 0, 0)"
    assert abs(shown["root"] - 11 * 96 / 72) < 0.5, "text in points on paper, whatever the screen size"


def test_the_404_page_speaks_every_language(theme_browser, theme_origin):
    theme_browser.get(theme_origin + "/en/no-such-page/")
    langs = theme_browser.execute_script(
        "return Array.from(document.querySelectorAll('.not-found [lang], html')).map(function (e) { return e.getAttribute('lang'); })")
    assert set(langs) >= {"zh-CN", "en-US"}
