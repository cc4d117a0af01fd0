"""The search page on a small site built here: a hit found only through its organizer, region,
group or tag shows that field, labelled, with the match marked; pinyin with ü typed as ü, u or
v; a filter value in the URL that no checkbox has narrows, as `placard search` does
(docs/search.md §1, §8)."""
import json
import urllib.parse

import pytest
from selenium.webdriver.common.by import By

from conftest import build_files

SITE_YML = """title: {zh: 测试, en: Test}
baseURL: https://example.org/
languages:
  - {code: zh, locale: zh-CN, name: 中文}
  - {code: en, locale: en-US, name: English}
theme: default
search:
  synonyms:
    - [长者, 老年人]
series:
  - key: news
    title: {zh: 新闻, en: News}
groups:
  elderly: {zh: 老年人, en: Older people}
"""

FILES = {
    "site.yml": SITE_YML,
    "content/projects/p.yml": """title: {zh: 项目, en: Projects}
projects:
  - id: p-one
    title: {zh: 智能手机培训, en: Phone class}
    organizer: {zh: 民政厅, en: Civil Affairs}
    organizerType: department
    series: news
    groups: [elderly]
    region: {zh: 四川省, en: Sichuan}
    start: 2024-01-01
    summary: {zh: 手机课堂, en: A class}
""",
    "content/news/women.zh.md": "---\ntitle: 女性创业\ndate: 2024-03-01\ntags: [巾帼]\nsource: 省妇联\n---\n\n正文。\n",
    "content/news/travel.zh.md": "---\ntitle: 乡村旅游与法律服务\ndate: 2024-03-02\n---\n\n正文。\n",
}


@pytest.fixture(scope="module")
def small_site(serve):
    output = build_files("fields", FILES)
    return output, serve(output)


def cli_urls(placard, site, query, *args):
    run = placard("search", query, "--site", site, "--lang", "zh", *args)
    assert run.returncode == 0, run.stderr
    return [json.loads(line)["url"] for line in run.stdout.splitlines()]


def open_search(chromium, wait_search, url, query, rest=""):
    chromium.get(url + "/zh/search/?q=" + urllib.parse.quote(query) + rest)
    return wait_search(query)


def snippets(chromium):
    """Each result's snippet once it is filled: [text, [marked texts]]."""
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(chromium, 20).until(lambda d: all(
        p.text for p in d.find_elements(By.CSS_SELECTOR, "[data-search-result] .search-snippet")))
    return [[p.text, [m.text for m in p.find_elements(By.CSS_SELECTOR, "mark")]]
            for p in chromium.find_elements(By.CSS_SELECTOR, "[data-search-result] .search-snippet")]


@pytest.mark.parametrize("query, text, marked", [
    ("民政厅", "主办单位：民政厅", ["民政厅"]),
    ("四川省", "地区：四川省", ["四川省"]),
    ("长者", "面向人群：老年人", ["老年人"]),
    ("巾帼", "标签：巾帼", ["巾帼"]),
    ("省妇联", "来源：省妇联", ["省妇联"]),
    ("民政厅 四川", "主办单位：民政厅 · 地区：四川省", ["民政厅", "四川"]),
])
def test_a_hit_found_through_another_field_shows_it_marked(chromium, wait_search, small_site, placard, query, text, marked):
    site, url = small_site
    results = open_search(chromium, wait_search, url, query)
    assert [href for href, _ in results] == cli_urls(placard, site, query) and len(results) == 1
    assert snippets(chromium) == [[text, marked]]


def test_the_labels_follow_the_language(chromium, wait_search, small_site):
    _, url = small_site
    chromium.get(url + "/en/search/?q=Civil")
    wait_search("Civil")
    assert snippets(chromium) == [["Organizer: Civil Affairs", ["Civil"]]]


@pytest.mark.parametrize("query, expected", [
    ("nüxing", "/zh/news/women/"), ("nuxing", "/zh/news/women/"), ("nvxing", "/zh/news/women/"),
    ("lüyou", "/zh/news/travel/"), ("luyou", "/zh/news/travel/"), ("falu", "/zh/news/travel/"), ("falü", "/zh/news/travel/"),
])
def test_u_after_n_and_l_reads_as_umlaut_as_in_placard_search(chromium, wait_search, small_site, placard, query, expected):
    site, url = small_site
    results = open_search(chromium, wait_search, url, query)
    assert [href for href, _ in results] == cli_urls(placard, site, query) == [expected]


def test_a_filter_value_without_a_checkbox_narrows_to_nothing(chromium, wait_search, small_site, placard):
    site, url = small_site
    assert open_search(chromium, wait_search, url, "民政厅", "&series=nosuch") == []
    assert cli_urls(placard, site, "民政厅", "--series", "nosuch") == []
    box = chromium.find_element(By.CSS_SELECTOR, "[data-filter=series] input[name='series'][value='nosuch']")
    assert box.is_selected() and "nosuch" in box.find_element(By.XPATH, "..").text
    assert "series=nosuch" in chromium.current_url
    # Unticked, it no longer narrows, and leaves the URL.
    chromium.execute_script("document.querySelector('[data-search-page]').removeAttribute('data-search-done')")
    chromium.execute_script("arguments[0].click()", box)
    assert [href for href, _ in wait_search("民政厅")] == ["/zh/projects/p-one/"]
    assert "nosuch" not in chromium.current_url
    # Beside a known value, the known one's hits; a hostile value stays text.
    results = open_search(chromium, wait_search, url, "民政厅", "&series=nosuch,news&group=%3Cimg%20src%3Dx%3E")
    assert results == [] == cli_urls(placard, site, "民政厅", "--series", "nosuch,news", "--group", "<img src=x>")
    assert not chromium.find_elements(By.CSS_SELECTOR, "[data-search-page] img")
    results = open_search(chromium, wait_search, url, "民政厅", "&series=nosuch,news")
    assert [href for href, _ in results] == cli_urls(placard, site, "民政厅", "--series", "nosuch,news") == ["/zh/projects/p-one/"]
