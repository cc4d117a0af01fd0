"""The search page in a real browser: /<lang>/search/?q=... on a built site (SPEC §3, §6)."""
import json
import urllib.parse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

PAGE_SIZE = 10


def cli_urls(placard, site, query, *args):
    run = placard("search", query, "--site", site, "--lang", "zh", *args)
    assert run.returncode == 0, run.stderr
    return [json.loads(line)["url"] for line in run.stdout.splitlines()]


def page_input(driver):
    return driver.find_element(By.CSS_SELECTOR, "[data-search-page] input[type='search'][name='q']")


def test_reads_q_from_the_url(chromium, site_url, built_site, placard, wait_search):
    chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote("老年人"))
    results = wait_search("老年人")
    expected = cli_urls(placard, built_site, "老年人")
    assert expected, "the site has no document with 老年人"
    assert len(results) >= min(PAGE_SIZE, len(expected))
    assert [href for href, _ in results] == expected[:len(results)]
    assert page_input(chromium).get_attribute("value") == "老年人"


def test_results_appear_while_typing_and_the_url_follows(chromium, site_url, built_site, placard, wait_search):
    chromium.get(site_url + "/zh/search/")
    box = page_input(chromium)
    box.send_keys("养")
    wait_search("养")
    box.send_keys("老")
    results = wait_search("养老")
    expected = cli_urls(placard, built_site, "养老")
    assert len(results) >= min(PAGE_SIZE, len(expected)) and [href for href, _ in results] == expected[:len(results)]
    assert urllib.parse.parse_qs(urllib.parse.urlparse(chromium.current_url).query)["q"] == ["养老"]


def test_count_is_announced_in_a_live_region(chromium, site_url, built_site, placard, wait_search):
    chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote("数字"))
    wait_search("数字")
    status = chromium.find_element(By.CSS_SELECTOR, "[data-search-page] [role='status']")
    count = len(cli_urls(placard, built_site, "数字"))
    assert str(count) in status.text
    chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote("鑫鑫鑫"))
    assert wait_search("鑫鑫鑫") == []
    assert chromium.find_element(By.CSS_SELECTOR, "[role='status']").text != ""


def test_filters_come_from_the_url(chromium, site_url, built_site, placard, wait_search):
    chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote("数字") + "&kind=article&series=elderly")
    results = wait_search("数字")
    expected = cli_urls(placard, built_site, "数字", "--kind", "article", "--series", "elderly")
    assert expected and [href for href, _ in results] == expected[:len(results)]
    assert chromium.find_element(By.CSS_SELECTOR, "input[name='kind'][value='article']").is_selected()


def test_keyboard_reaches_the_results(chromium, site_url, wait_search):
    chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote("数字"))
    results = wait_search("数字")
    assert results
    page_input(chromium).send_keys(Keys.ARROW_DOWN)
    active = chromium.switch_to.active_element
    assert active.tag_name == "a" and active.get_attribute("href").endswith(results[0][0])
    active.send_keys(Keys.ARROW_DOWN)
    assert chromium.switch_to.active_element.get_attribute("href").endswith(results[1][0])


def test_a_query_with_html_executes_nothing(chromium, site_url, wait_search):
    hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>"\'><svg onload=window.__pwned=3>'
    chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote(hostile))
    wait_search(hostile)
    assert chromium.execute_script("return window.__pwned === undefined")
    assert chromium.find_elements(By.CSS_SELECTOR, "[data-search-page] img, [data-search-page] svg, [data-search-page] script:not([src])") == []
    assert page_input(chromium).get_attribute("value") == hostile
    # Typing it too.
    box = page_input(chromium)
    box.clear()
    box.send_keys(hostile)
    wait_search(hostile)
    assert chromium.execute_script("return window.__pwned === undefined")


def test_hostile_titles_stay_text(chromium, serve, corpus_site, placard, wait_search):
    urls = cli_urls(placard, corpus_site[0], "onerror")
    assert urls, "the corpus site has no hostile title"
    chromium.get(serve(corpus_site[0]) + "/zh/search/?q=onerror")
    results = wait_search("onerror")
    assert any("<img" in title for _, title in results)
    assert chromium.find_elements(By.CSS_SELECTOR, "[data-search-results] img, [data-search-results] script") == []
    assert chromium.execute_script("return window.__pwned === undefined")


def test_matches_are_marked(chromium, site_url, wait_search):
    chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote("数字"))
    wait_search("数字")
    marks = chromium.find_elements(By.CSS_SELECTOR, "[data-search-result] mark")
    assert marks and all(m.text == "数字" for m in marks)


def test_a_two_character_query_downloads_little(chromium, site_url, wait_search):
    chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote("养老"))
    wait_search("养老")
    names = chromium.execute_script("return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
    index_files = [n for n in names if "/search-index" in n]
    assert not any("/search-index/p/" in n for n in index_files), "positions are not needed for two characters"
    # One shard for the two characters' pair, and the shards of the filter terms (their keys
    # start with U+0001, so they come first) for the counts beside the filters.
    first = chromium.execute_script(
        "return window.PlacardSearch.page.index.e.terms.first.filter(function (k) { return k.charAt(0) !== '\\u0001'; }).length")
    shards = len(chromium.execute_script("return window.PlacardSearch.page.index.e.terms.first"))
    filter_shards = shards - first + 1
    assert len([n for n in index_files if "/search-index/t/" in n]) <= 1 + filter_shards
    assert not any(urllib.parse.urlparse(n).hostname not in ("127.0.0.1", "localhost") for n in names)


def test_a_long_query_downloads_no_more_than_twice_a_two_character_one(chromium, site_url, built_site, placard, wait_search):
    """4 to 12 Chinese characters holding a triple a site repeats are long grams: one posting
    list, no positions (docs/search.md, "Answering a query"), and the same hits as
    `placard search`; the campaign's name (11 characters) included. A longer run reads its
    windows of 12 with their positions: exact, and about twice as much a window."""
    def index_files(query):
        chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote(query))
        results = wait_search(query)
        expected = cli_urls(placard, built_site, query)
        assert expected and [href for href, _ in results] == expected[:len(results)], query
        entries = chromium.execute_script(
            "return performance.getEntriesByType('resource').map(function (e) { return [e.name, e.encodedBodySize]; })")
        return [(name, size) for name, size in entries if "/search-index/" in name]
    two = index_files("数字")
    for query in ("数字素养", "数字素养与技能", "全民数字素养与技能提升", "全民数字素养与技能提升行"):
        files = index_files(query)
        assert not any("/search-index/p/" in name for name, _ in files), query
        assert sum(size for _, size in files) <= 2 * sum(size for _, size in two), (query, files, two)
        assert len(files) <= 2 * len(two), (query, files, two)
    files = index_files("全民数字素养与技能提升行动")
    assert sum(size for _, size in files) <= 4 * sum(size for _, size in two), (files, two)


def test_no_javascript_notice(chromium, site_url):
    chromium.get(site_url + "/zh/search/")
    assert "<noscript>" in chromium.page_source


def test_a_browser_without_decompression_stream_inflates_the_shards_itself(chromium, site_url, built_site, placard, wait_search):
    """Safari before 16.4 and Chrome before 80 lack DecompressionStream: inflate.js reads the
    gzipped shards there, and results and snippets are those of a newer browser."""
    def shown(query):
        chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote(query))
        results = wait_search(query)
        snippets = chromium.execute_script(
            "return Array.from(document.querySelectorAll('[data-search-result] p')).map(function (p) { return p.textContent; })")
        return results, snippets
    queries = ("老年人", "数字素养", "智能手机培训")
    modern = [shown(q) for q in queries]
    script = chromium.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument",
                                      {"source": "delete window.DecompressionStream;"})
    try:
        for query, (results, snippets) in zip(queries, modern):
            old = shown(query)
            assert chromium.execute_script("return typeof DecompressionStream") == "undefined"
            assert old == (results, snippets), query
            assert results == [] or any(s for s in snippets), query
        assert any(results for results, _ in modern)
        assert cli_urls(placard, built_site, "老年人")[:len(modern[0][0])] == [href for href, _ in modern[0][0]]
    finally:
        chromium.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})
