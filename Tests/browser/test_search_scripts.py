"""Traditional and Simplified Chinese find each other in the browser (SPEC §7.5): the page folds
the query with search-script.json, the same table the index was folded with."""
import json
import urllib.parse

from selenium.webdriver.common.by import By


def cli_urls(placard, site, query, *args):
    run = placard("search", query, "--site", site, "--lang", "zh", *args)
    assert run.returncode == 0, run.stderr
    return [json.loads(line)["url"] for line in run.stdout.splitlines()]


def open_search(chromium, site_url, query, wait_search):
    chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote(query))
    return wait_search(query)


def test_traditional_query_finds_simplified_text_as_in_the_cli(chromium, site_url, built_site, placard, wait_search):
    for traditional, simplified in [("數字素養", "数字素养"), ("老年人", "老年人"), ("數字", "数字"), ("網絡安全", "网络安全")]:
        expected = cli_urls(placard, built_site, simplified)
        assert cli_urls(placard, built_site, traditional) == expected
        results = open_search(chromium, site_url, traditional, wait_search)
        assert [href for href, _ in results] == expected[:len(results)]
        assert len(results) == min(10, len(expected))


def test_marks_show_the_text_as_written(chromium, site_url, built_site, placard, wait_search):
    expected = cli_urls(placard, built_site, "数字素养")
    assert expected, "the site has no document with 数字素养"
    open_search(chromium, site_url, "數字素養", wait_search)
    marks = chromium.execute_script(
        "return Array.from(document.querySelectorAll('[data-search-result] mark')).map(function (m) { return m.textContent; });")
    assert marks and all(m == "数字素养" for m in marks if len(m) == 4)


def test_fold_walks_code_points_beyond_the_bmp(chromium, site_url):
    chromium.get(site_url + "/zh/search/")
    folded = chromium.execute_async_script(
        "var done = arguments[arguments.length - 1], S = window.PlacardSearch;"
        "S.page.index.ready('\U0002005e').then(function () { done(S.fold('\U0002005e\U000205e3 數字')); }, function (e) { done(String(e)); });")
    assert folded == "\U0002003e\u34c6 数字"


def test_synonyms_from_site_yml_match_the_cli(chromium, site_url, built_site, placard, wait_search):
    """The demo's site.yml groups 长者 with 老年人 and 反诈 with 防诈骗, 防范诈骗."""
    entry = json.loads((built_site / "zh" / "search-index.json").read_text(encoding="utf-8"))
    if not entry.get("synonyms"):
        return
    for query, other in [("反诈", "防诈骗"), ("长者", "老年人")]:
        expected = cli_urls(placard, built_site, query)
        alone = cli_urls(placard, built_site, other)
        assert alone and set(alone) <= set(expected)
        results = open_search(chromium, site_url, query, wait_search)
        assert [href for href, _ in results] == expected[:len(results)] and len(results) == min(10, len(expected))


def test_pinyin_and_initials_match_the_cli_and_come_after_typed_hits(chromium, site_url, built_site, placard, wait_search):
    """The demo has 齐齐哈尔 and 数字素养 in titles."""
    for query in ["qiqihaer", "qqhe", "shuzi", "shu zi", "szsy", "shuzisuyang"]:
        expected = cli_urls(placard, built_site, query)
        assert expected, query
        results = open_search(chromium, site_url, query, wait_search)
        assert [href for href, _ in results] == expected[:len(results)] and len(results) == min(10, len(expected)), query
    # An English word still finds English text first, in the English index.
    run = placard("search", "digital", "--site", built_site, "--lang", "en")
    assert run.returncode == 0 and run.stdout.strip()


def test_a_pinyin_query_downloads_a_bounded_amount(chromium, site_url, wait_search):
    chromium.get(site_url + "/zh/search/?q=qiqihaer")
    wait_search("qiqihaer")
    sizes = chromium.execute_script(
        "return performance.getEntriesByType('resource').filter(function (e) { return e.name.indexOf('/search-index/') >= 0; })"
        ".map(function (e) { return e.encodedBodySize || e.transferSize || 0; })")
    assert sum(sizes) < 400_000
