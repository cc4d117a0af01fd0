"""Read aloud on article and project pages (SPEC §7.8, issue 19).

Headless Chromium has no voices, so each test replaces speechSynthesis with a stub before the
page's scripts run (CDP Page.addScriptToEvaluateOnNewDocument). The stub records what would be
spoken and finishes an utterance only when the test says so, which is how the states are stepped.
"""
import contextlib
import json
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from theme_support import axe_violations, page_kinds, built_root, theme_browser, theme_origin  # noqa: F401

STUB = r"""
(function (voices, present) {
  var listeners = [];
  var log = window.__speech = { spoken: [], langs: [], calls: [], current: null };
  function fire(u, type) { var e = new Event(type); u.dispatchEvent(e); if (u["on" + type]) u["on" + type].call(u, e); }
  function Utterance(text) { var u = new EventTarget(); u.text = text; u.lang = ""; u.voice = null; u.rate = 1; return u; }
  var synth = {
    paused: false, speaking: false, pending: false,
    getVoices: function () { return voices.slice(); },
    speak: function (u) { log.spoken.push(u.text); log.langs.push(u.lang); log.calls.push("speak"); log.current = u; },
    cancel: function () { log.calls.push("cancel"); var u = log.current; log.current = null; if (u) fire(u, "end"); },
    pause: function () { log.calls.push("pause"); },
    resume: function () { log.calls.push("resume"); },
    addEventListener: function (type, f) { if (type === "voiceschanged") listeners.push(f); },
    removeEventListener: function () {}
  };
  window.__finishUtterance = function () { var u = log.current; log.current = null; if (u) fire(u, "end"); return !!u; };
  window.__addVoices = function (more) { voices = voices.concat(more); listeners.forEach(function (f) { f(new Event("voiceschanged")); }); };
  if (present) {
    Object.defineProperty(window, "speechSynthesis", { configurable: true, get: function () { return synth; } });
    window.SpeechSynthesisUtterance = Utterance;
  } else {
    delete window.speechSynthesis;
    Object.defineProperty(window, "speechSynthesis", { configurable: true, get: function () { return undefined; } });
  }
})(%s, %s);
"""

VOICES = [{"name": "Mandarin", "lang": "cmn", "localService": True, "default": False, "voiceURI": "cmn"},
          {"name": "English", "lang": "en-US", "localService": True, "default": True, "voiceURI": "en"}]


@contextlib.contextmanager
def stubbed(driver, voices=VOICES, present=True):
    """Pages loaded inside get the stub instead of the browser's speech synthesis."""
    script = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                                    {"source": STUB % (json.dumps(voices), json.dumps(present))})
    try:
        yield
    finally:
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})


def page_of(kind, lang):
    found = [p for l, k, p in page_kinds(built_root()) if k == kind and l == lang]
    assert found, "the site has no %s page in %s" % (kind, lang)
    return found[0]


def control(driver):
    return driver.execute_script("""
        var c = document.querySelector('[data-read-aloud]'), s = window.__speech || {};
        var mark = document.querySelectorAll('.read-aloud-current');
        return {shown: !c.hidden && c.offsetHeight > 0, state: c.getAttribute('data-state'),
                label: c.querySelector('.read-aloud-toggle').textContent,
                status: c.querySelector('[role=status]').textContent,
                stop: !c.querySelector('.read-aloud-stop').hidden,
                spoken: s.spoken, langs: s.langs, calls: s.calls,
                marked: Array.prototype.map.call(mark, function (m) { return m.textContent.replace(/\\s+/g, ' ').trim(); }),
                outline: mark.length ? getComputedStyle(mark[0]).outlineStyle : 'none'};""")


def finish(driver, count=1):
    for _ in range(count):
        if not driver.execute_script("return window.__finishUtterance()"):
            return False
    return True


def normal(text):
    return re.sub(r"\s+", " ", text).strip()


def test_reads_the_article_in_order_and_steps_through_its_states(theme_browser, theme_origin):
    driver = theme_browser
    with stubbed(driver):
        driver.get(theme_origin + page_of("article", "zh"))
        state = control(driver)
        assert state["shown"] and state["state"] == "idle" and state["label"] == "朗读全文"
        driver.execute_script("return new Promise(function (r) { setTimeout(r, 300); })")
        assert control(driver)["spoken"] == [], "it never speaks unasked"

        toggle = driver.find_element(By.CSS_SELECTOR, ".read-aloud-toggle")
        toggle.send_keys(Keys.ENTER)
        state = control(driver)
        title = normal(driver.find_element(By.CSS_SELECTOR, "main h1").text)
        assert state["state"] == "speaking" and state["status"] == "正在朗读" and state["stop"]
        assert state["spoken"] == [title] and state["langs"] == ["cmn"]
        assert state["marked"] == [title] and state["outline"] != "none", "the block being read is marked"

        finish(driver, 2)
        assert len(control(driver)["spoken"]) == 3
        toggle.send_keys(Keys.SPACE)
        state = control(driver)
        assert (state["state"], state["status"], state["label"]) == ("paused", "朗读已暂停", "继续朗读")
        assert state["calls"][-1] == "pause"
        toggle.send_keys(Keys.ENTER)
        state = control(driver)
        assert (state["state"], state["label"]) == ("speaking", "暂停朗读") and state["calls"][-1] == "resume"
        assert len(state["marked"]) == 1

        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
        state = control(driver)
        assert (state["state"], state["status"], state["stop"], state["marked"]) == ("stopped", "朗读已停止", False, [])
        assert state["calls"][-1] == "cancel"
        spoken_before = len(state["spoken"])
        finish(driver)
        assert len(control(driver)["spoken"]) == spoken_before, "nothing more after stop"

        # From the start again, to the end: every block once, in reading order, none from the page around.
        toggle.click()
        while finish(driver):
            pass
        state = control(driver)
        assert state["state"] == "stopped" and state["marked"] == []
        spoken = state["spoken"][spoken_before:]
        expected = driver.execute_script("""
            var out = [document.querySelector('main h1').textContent];
            document.querySelectorAll('main .prose :is(h2, h3, h4, p, li, th, td)').forEach(function (el) {
              if (el.closest('.footnotes') || el.querySelector('p, li')) return;
              var c = el.cloneNode(true); c.querySelectorAll('.footnote-ref').forEach(function (e) { e.remove(); });
              out.push(c.textContent); });
            return out.map(function (t) { return t.replace(/\\s+/g, ' ').trim(); }).filter(Boolean);""")
        assert spoken[0] == title
        # Reading order: each text is found in the article after the one before it.
        body = normal(title + " " + driver.execute_script(
            "var c = document.querySelector('main .prose').cloneNode(true);"
            "c.querySelectorAll('.footnote-ref, .footnote-backref').forEach(function (e) { e.remove(); }); return c.textContent;"))
        at = 0
        for text in spoken:
            found = body.find(text, at)
            assert found >= 0, "not article text, or out of order: %r" % text
            at = found + len(text)
        missing = [t for t in expected if t not in spoken and not any(t in s for s in spoken)]
        assert not missing, missing
        cells = driver.execute_script(
            "return Array.from(document.querySelectorAll('main .prose table :is(th, td)')).map(function (c) { return c.textContent.replace(/\\s+/g, ' ').trim(); }).filter(Boolean)")
        if cells:
            assert [s for s in spoken if s in cells][:len(cells)] == cells, "table cells row by row"
        for text in ("朗读全文", "暂停朗读", "首页"):
            assert text not in spoken


def test_stop_button_stops_and_keeps_focus_in_the_control(theme_browser, theme_origin):
    driver = theme_browser
    with stubbed(driver):
        driver.get(theme_origin + page_of("article", "zh"))
        driver.find_element(By.CSS_SELECTOR, ".read-aloud-toggle").click()
        stop = driver.find_element(By.CSS_SELECTOR, ".read-aloud-stop")
        stop.send_keys(Keys.ENTER)
        assert control(driver)["state"] == "stopped"
        assert driver.execute_script("return document.activeElement.classList.contains('read-aloud-toggle')")


def test_keys_on_the_control_itself_start_pause_resume_and_stop(theme_browser, theme_origin):
    """SPEC §7.8: Enter or Space on the control (the element with data-read-aloud) starts, pauses
    and resumes; Escape stops. The control takes focus without being a tab stop of its own."""
    driver = theme_browser
    with stubbed(driver):
        driver.get(theme_origin + page_of("article", "zh"))
        element = driver.find_element(By.CSS_SELECTOR, "[data-read-aloud]")
        assert element.get_attribute("tabindex") == "-1"
        element.send_keys(Keys.ENTER)
        assert control(driver)["state"] == "speaking"
        assert driver.execute_script("return document.activeElement.hasAttribute('data-read-aloud')")
        scrolled = driver.execute_script("return window.scrollY")
        element.send_keys(Keys.SPACE)
        assert control(driver)["state"] == "paused"
        assert driver.execute_script("return window.scrollY") == scrolled, "Space on the control does not scroll the page"
        element.send_keys(Keys.SPACE)
        assert control(driver)["state"] == "speaking"
        element.send_keys(Keys.ESCAPE)
        assert control(driver)["state"] == "stopped"


def test_english_page_uses_an_english_voice(theme_browser, theme_origin):
    driver = theme_browser
    with stubbed(driver):
        driver.get(theme_origin + page_of("article", "en"))
        driver.find_element(By.CSS_SELECTOR, ".read-aloud-toggle").click()
        state = control(driver)
        assert state["langs"] == ["en-US"] and state["label"] == "Pause reading"


def test_project_page_reads_title_summary_and_body_only(theme_browser, theme_origin):
    driver = theme_browser
    with stubbed(driver):
        driver.get(theme_origin + page_of("project", "zh"))
        driver.find_element(By.CSS_SELECTOR, ".read-aloud-toggle").click()
        while finish(driver):
            pass
        spoken = control(driver)["spoken"]
        assert spoken[0] == normal(driver.find_element(By.CSS_SELECTOR, "main h1").text)
        lead = driver.find_elements(By.CSS_SELECTOR, "main .lead")
        if lead:
            assert spoken[1] == normal(lead[0].text)
        facts = driver.execute_script("return Array.from(document.querySelectorAll('.facts dt')).map(function (d) { return d.textContent.trim(); })")
        assert not set(facts) & set(spoken), "the facts table is not read"


def test_hidden_without_a_fitting_voice(theme_browser, theme_origin):
    driver = theme_browser
    article = page_of("article", "zh")
    # Headless Chromium itself: speechSynthesis without voices.
    driver.get(theme_origin + article)
    assert not control(driver)["shown"]
    with stubbed(driver, voices=[]):
        driver.get(theme_origin + article)
        assert not control(driver)["shown"]
        # Voices that arrive later (voiceschanged) bring the control.
        driver.execute_script("window.__addVoices([{name: 'zh', lang: 'zh-CN', localService: true, default: false, voiceURI: 'zh'}])")
        assert control(driver)["shown"]
    with stubbed(driver, voices=[VOICES[1]]):
        driver.get(theme_origin + article)
        assert not control(driver)["shown"], "an English voice does not read a Chinese page"
    with stubbed(driver, present=False):
        driver.get(theme_origin + article)
        assert driver.execute_script("return window.speechSynthesis === undefined")
        assert not control(driver)["shown"]


@pytest.mark.parametrize("lang,kind", [("zh", "article"), ("en", "project")])
def test_axe_finds_nothing_while_reading(theme_browser, theme_origin, lang, kind):
    driver = theme_browser
    with stubbed(driver):
        driver.get(theme_origin + page_of(kind, lang))
        driver.find_element(By.CSS_SELECTOR, ".read-aloud-toggle").click()
        finish(driver, 2)
        assert control(driver)["state"] == "speaking"
        found = axe_violations(driver)
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)
