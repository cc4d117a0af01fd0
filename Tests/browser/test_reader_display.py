"""High contrast and the large pointer (SPEC §7.8, issue 19): buttons beside 大字模式 on every
page, remembered like it, high contrast following the system's wishes, every text 7:1 or more."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from theme_support import CONTRAST_JS, kinds_or_none, set_viewport, theme_browser, theme_origin  # noqa: F401

KINDS = kinds_or_none()


def switch(driver, name):
    return driver.execute_script("""
        var b = document.querySelector(arguments[0]), cs = getComputedStyle(b), r = b.getBoundingClientRect();
        return {on: document.documentElement.classList.contains(arguments[1]), pressed: b.getAttribute('aria-pressed'),
                shown: !b.hidden && cs.display !== 'none', label: b.textContent, width: r.width, height: r.height};""",
        *{"contrast": (".contrast-toggle", "contrast-high"), "pointer": (".pointer-toggle", "pointer-large")}[name])


def emulate(driver, **features):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": k.replace("_", "-"), "value": v} for k, v in features.items()]})


@pytest.fixture
def clean(theme_browser, theme_origin):
    theme_browser.get(theme_origin + "/robots.txt")
    theme_browser.execute_script("localStorage.clear()")
    yield theme_browser
    emulate(theme_browser)
    set_viewport(theme_browser, 1280, 900)
    theme_browser.get(theme_origin + "/robots.txt")
    theme_browser.execute_script("localStorage.clear()")


@pytest.mark.parametrize("name,label", [("contrast", "高对比度"), ("pointer", "大鼠标")])
def test_switch_works_at_once_and_is_remembered(clean, theme_origin, name, label):
    driver = clean
    driver.get(theme_origin + "/zh/")
    state = switch(driver, name)
    assert state == dict(state, on=False, pressed="false", shown=True, label=label)
    assert state["width"] >= 44 and state["height"] >= 44
    driver.execute_script("window.__sameDocument = true")
    driver.find_element(By.CSS_SELECTOR, "." + name + "-toggle").click()
    assert switch(driver, name)["on"] and switch(driver, name)["pressed"] == "true"
    assert driver.execute_script("return window.__sameDocument === true"), "the page reloaded"
    driver.get(theme_origin + "/en/projects/")
    assert switch(driver, name)["on"] and switch(driver, name)["pressed"] == "true"
    assert switch(driver, name)["label"] != label, "English label"
    driver.find_element(By.CSS_SELECTOR, "." + name + "-toggle").send_keys(Keys.SPACE)
    assert not switch(driver, name)["on"]
    driver.get(theme_origin + "/zh/")
    assert not switch(driver, name)["on"] and switch(driver, name)["pressed"] == "false"


def test_switches_are_applied_before_the_page_paints(clean, theme_origin):
    driver = clean
    driver.get(theme_origin + "/zh/")
    driver.execute_script("localStorage.setItem('placard-contrast', 'high'); localStorage.setItem('placard-pointer', 'large')")
    script = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": """
        new MutationObserver(function (m, o) { if (document.body) { window.__atBody = document.documentElement.className; o.disconnect(); } })
          .observe(document, {childList: true, subtree: true});"""})
    try:
        driver.get(theme_origin + "/zh/")
        at_body = driver.execute_script("return window.__atBody")
    finally:
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})
    assert "contrast-high" in at_body and "pointer-large" in at_body


@pytest.mark.parametrize("feature,value", [("prefers-contrast", "more"), ("forced-colors", "active")])
def test_high_contrast_follows_the_system_until_the_reader_chooses(clean, theme_origin, feature, value):
    driver = clean
    emulate(driver, **{feature: value})
    driver.get(theme_origin + "/zh/")
    assert switch(driver, "contrast")["on"] and switch(driver, "contrast")["pressed"] == "true"
    driver.find_element(By.CSS_SELECTOR, ".contrast-toggle").click()
    driver.get(theme_origin + "/zh/")
    assert not switch(driver, "contrast")["on"], "the reader's own choice wins"
    emulate(driver)
    driver.execute_script("localStorage.clear()")
    driver.get(theme_origin + "/zh/")
    assert not switch(driver, "contrast")["on"]
    emulate(driver, **{feature: value})
    WebDriverWait(driver, 5).until(lambda d: switch(d, "contrast")["on"], "a change of the system setting applies at once")
    assert switch(driver, "contrast")["pressed"] == "true"


def test_large_pointer_on_computers_only(clean, theme_origin):
    driver = clean
    driver.get(theme_origin + "/zh/")
    driver.execute_script("localStorage.setItem('placard-pointer', 'large')")
    driver.get(theme_origin + "/zh/")
    cursors = driver.execute_script("""
        return {page: getComputedStyle(document.querySelector('main')).cursor,
                link: getComputedStyle(document.querySelector('main a[href]')).cursor,
                field: getComputedStyle(document.querySelector('input[type=search]')).cursor};""")
    assert "pointer-large.svg" in cursors["page"] and cursors["page"].endswith("auto")
    assert "pointer-large-hand.svg" in cursors["link"] and cursors["link"].endswith("pointer")
    assert cursors["field"] == "text"
    for svg in ("pointer-large.svg", "pointer-large-hand.svg"):
        size = driver.execute_async_script("""
            var done = arguments[1], img = new Image();
            img.onload = function () { done([img.naturalWidth, img.naturalHeight]); }; img.onerror = function () { done(null); };
            img.src = new URL(arguments[0], document.querySelector('link[rel=stylesheet]').href).href;""", svg)
        assert size == [64, 64], svg
    set_viewport(driver, 390, 844)
    driver.get(theme_origin + "/zh/")
    assert not switch(driver, "pointer")["shown"], "no pointer switch on a phone"
    assert "pointer-large" not in driver.execute_script("return getComputedStyle(document.querySelector('main')).cursor")


@pytest.mark.parametrize("lang,kind,path", KINDS, ids=["%s-%s" % (lang, kind) for lang, kind, _ in KINDS])
def test_high_contrast_text_is_7_to_1_or_more(clean, theme_origin, lang, kind, path):
    driver = clean
    driver.get(theme_origin + "/robots.txt")
    driver.execute_script("localStorage.setItem('placard-contrast', 'high')")
    query = ("?q=" + ("%E6%95%B0%E5%AD%97" if lang == "zh" else "digital")) if kind == "search" else ""
    driver.get(theme_origin + path + query)
    if kind == "search":
        driver.execute_script("return new Promise(function (r) { setTimeout(r, 500); })")
    low = [t for t in driver.execute_script(CONTRAST_JS) if t["ratio"] < 7]
    assert not low, low[:10]
