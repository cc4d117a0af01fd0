"""Reading: text size and spacing, contrast, Chinese typography, no faux italic (issue 7)."""
import pytest

from theme_support import CONTRAST_JS, kinds_or_none, theme_browser, theme_origin  # noqa: F401

KINDS = kinds_or_none()
IDS = ["%s-%s" % (lang, kind) for lang, kind, _ in KINDS]


def load(driver, origin, path, kind, lang):
    query = ("?q=" + ("%E6%95%B0%E5%AD%97" if lang == "zh" else "digital")) if kind == "search" else ""
    driver.get(origin + path + query)


@pytest.mark.parametrize("lang,kind,path", KINDS, ids=IDS)
def test_contrast_seven_to_one_for_body_text_and_four_and_a_half_elsewhere(theme_browser, theme_origin, lang, kind, path):
    load(theme_browser, theme_origin, path, kind, lang)
    runs = theme_browser.execute_script(CONTRAST_JS)
    assert runs, "no text found"
    low = [r for r in runs if r["ratio"] < (7 if r["inMain"] else 4.5)]
    assert not low, low[:10]


@pytest.mark.parametrize("lang,kind,path", [k for k in KINDS if k[1] in ("article", "page", "project")],
                         ids=[i for i, k in zip(IDS, KINDS) if k[1] in ("article", "page", "project")])
def test_body_text_is_at_least_18px_with_line_height_1_6(theme_browser, theme_origin, lang, kind, path):
    load(theme_browser, theme_origin, path, kind, lang)
    sizes = theme_browser.execute_script("""
        return Array.from(document.querySelectorAll('main p, main li')).filter(function (el) {
          return el.offsetParent && el.textContent.trim().length > 20 && !el.closest('.footnotes, .card-meta, .article-meta, .project-meta, .breadcrumb');
        }).map(function (el) { var cs = getComputedStyle(el);
          return {text: el.textContent.trim().slice(0, 20), size: parseFloat(cs.fontSize), line: parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)}; });
    """)
    assert sizes
    small = [s for s in sizes if s["size"] < 18 or s["line"] < 1.6]
    assert not small, small[:10]


def test_chinese_emphasis_is_never_italic_and_english_keeps_italics(theme_browser, theme_origin):
    styles = {}
    for lang in ("zh", "en"):
        theme_browser.get(theme_origin + "/%s/" % lang)
        styles[lang] = theme_browser.execute_script("""
            var probe = document.createElement('p');
            probe.innerHTML = '<em>数字</em><i>素养</i><cite>技能</cite>';
            document.querySelector('main').appendChild(probe);
            return Array.from(probe.children).map(function (el) { return getComputedStyle(el).fontStyle; });
        """)
    assert styles["zh"] == ["normal", "normal", "normal"]
    assert styles["en"] == ["italic", "italic", "italic"]


def test_chinese_pages_put_a_cjk_face_first_and_load_no_web_fonts(theme_browser, theme_origin):
    for lang in ("zh", "en"):
        theme_browser.get(theme_origin + "/%s/" % lang)
        family = theme_browser.execute_script("return getComputedStyle(document.body).fontFamily")
        first = family.split(",")[0].strip().strip('"')
        assert (first in ("PingFang SC", "Hiragino Sans GB", "Microsoft YaHei UI")) == (lang == "zh"), family
        assert "sans-serif" in family
        assert theme_browser.execute_script("return document.fonts.size") == 0, "no @font-face"
        assert "line-break" and theme_browser.execute_script("return getComputedStyle(document.body).lineBreak") == "strict"
