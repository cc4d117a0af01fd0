"""The project directory's filters in a real headless Chromium (SPEC §3, issue: project lists).

Runs on PLACARD_SITE, the demo site conftest.py builds.
"""
import functools
import http.server
import os
import threading
from urllib.parse import parse_qs, quote, urlparse

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

SITE = os.environ["PLACARD_SITE"]


@pytest.fixture(scope="module")
def base_url():
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=SITE)
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield "http://127.0.0.1:%d" % server.server_address[1]
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    yield driver
    driver.quit()


def visible_projects(browser):
    return [row for row in browser.find_elements(By.CSS_SELECTOR, "[data-project-id]") if row.is_displayed()]


def expected(browser, **wanted):
    """Ids of the projects whose data attributes match any of the wanted values of each
    attribute (OR within one, AND across), read from the page itself."""
    ids = []
    for row in browser.find_elements(By.CSS_SELECTOR, "[data-project-id]"):
        ok = True
        for name, value in wanted.items():
            values = value if isinstance(value, list) else [value]
            attribute = row.get_attribute("data-" + name) or ""
            have = attribute.split(" ") if name == "groups" else [attribute]
            ok = ok and any(v in have for v in values)
        if ok:
            ids.append(row.get_attribute("data-project-id"))
    return sorted(ids)


def box(browser, name, value):
    return browser.find_element(By.CSS_SELECTOR, "#project-filters input[name='%s'][value='%s']" % (name, value))


def shown_ids(browser):
    return sorted(row.get_attribute("data-project-id") for row in visible_projects(browser))


def test_two_filters_narrow_the_list_and_the_url(browser, base_url):
    browser.get(base_url + "/zh/projects/")
    everything = browser.find_elements(By.CSS_SELECTOR, "[data-project-id]")
    assert len(visible_projects(browser)) == len(everything) > 10
    box(browser, "series", "elderly").click()
    box(browser, "status", "finished").click()
    shown = shown_ids(browser)
    assert shown == expected(browser, series="elderly", status="finished")
    assert 0 < len(shown) < len(everything)
    query = parse_qs(urlparse(browser.current_url).query)
    assert query == {"series": ["elderly"], "status": ["finished"]}
    count = browser.find_element(By.ID, "filter-count").text
    assert str(len(shown)) in count and str(len(everything)) in count


def test_several_values_of_one_filter_widen_it(browser, base_url):
    browser.get(base_url + "/zh/projects/?series=industry,education&status=ongoing,finished")
    shown = shown_ids(browser)
    assert shown == expected(browser, series=["industry", "education"], status=["ongoing", "finished"])
    assert len(shown) > len(expected(browser, series="industry", status=["ongoing", "finished"])) > 0
    assert box(browser, "series", "industry").is_selected() and box(browser, "series", "education").is_selected()
    assert not box(browser, "series", "elderly").is_selected()
    box(browser, "series", "elderly").click()
    assert shown_ids(browser) == expected(browser, series=["industry", "education", "elderly"], status=["ongoing", "finished"])
    assert "series=industry,education,elderly" in browser.current_url and "status=ongoing,finished" in browser.current_url


def test_counts_follow_the_other_filters(browser, base_url):
    """A value's count: the projects shown if that value alone were chosen in its filter,
    the other filters as they are."""
    browser.get(base_url + "/zh/projects/?series=elderly,women&status=ongoing")
    labels = browser.find_elements(By.CSS_SELECTOR, "#project-filters [data-filter] label[data-filter-value]")
    assert labels
    attributes = {"series": "series", "group": "groups", "region": "region", "type": "organizer-type", "status": "status"}
    chosen = {"series": ["elderly", "women"], "status": ["ongoing"]}
    for label in labels:
        field = label.find_element(By.CSS_SELECTOR, "input").get_attribute("name")
        value = label.get_attribute("data-filter-value")
        wanted = {attributes[f]: v for f, v in chosen.items() if f != field}
        wanted[attributes[field]] = value
        assert int(label.get_attribute("data-count")) == len(expected(browser, **wanted)), (field, value)
        assert "(%s)" % label.get_attribute("data-count") in label.text


def test_filter_query_in_the_url_is_applied_on_load(browser, base_url):
    browser.get(base_url + "/en/projects/?group=students&type=department")
    shown = shown_ids(browser)
    assert shown == expected(browser, groups="students", **{"organizer-type": "department"})
    assert shown, "the demo has department projects for students"
    assert box(browser, "group", "students").is_selected()
    # Sections with nothing left are hidden too.
    for section in browser.find_elements(By.CSS_SELECTOR, "[data-series-section]"):
        if section.is_displayed():
            assert any(row.is_displayed() for row in section.find_elements(By.CSS_SELECTOR, "[data-project-id]"))


def test_clear_shows_everything_again(browser, base_url):
    browser.get(base_url + "/zh/projects/?series=education")
    assert len(visible_projects(browser)) < len(browser.find_elements(By.CSS_SELECTOR, "[data-project-id]"))
    browser.find_element(By.ID, "filter-clear").click()
    assert len(visible_projects(browser)) == len(browser.find_elements(By.CSS_SELECTOR, "[data-project-id]"))
    assert urlparse(browser.current_url).query == ""


def test_filters_are_labelled_checkbox_groups_usable_by_keyboard(browser, base_url):
    browser.get(base_url + "/zh/projects/")
    fieldsets = browser.find_elements(By.CSS_SELECTOR, "#project-filters fieldset[data-filter]")
    assert len(fieldsets) == 5
    for fieldset in fieldsets:
        assert fieldset.find_element(By.CSS_SELECTOR, "legend").text.strip()
        for checkbox in fieldset.find_elements(By.CSS_SELECTOR, "input[type=checkbox]"):
            assert checkbox.find_element(By.XPATH, "ancestor::label").text.strip()
    first = box(browser, "series", "elderly")
    browser.execute_script("arguments[0].focus()", first)
    first.send_keys(Keys.SPACE)
    assert first.is_selected() and "series=elderly" in browser.current_url


def test_region_values_are_keys_the_same_in_every_language(browser, base_url):
    """?region= takes a key that does not change with the language (SPEC 7.5): the same query
    narrows the zh and the en directory to the same projects, each labelled in its language."""
    keys, labels = {}, {}
    for lang in ("zh", "en"):
        browser.get(base_url + "/%s/projects/" % lang)
        found = browser.find_elements(By.CSS_SELECTOR, "#project-filters [data-filter=region] label[data-filter-value]")
        keys[lang] = sorted(label.get_attribute("data-filter-value") for label in found)
        labels[lang] = {label.get_attribute("data-filter-value"): label.text for label in found}
    assert keys["zh"] and keys["zh"] == keys["en"]
    key = "辽宁省"
    assert key in keys["en"] and "Liaoning" in labels["en"][key] and "辽宁省" in labels["zh"][key]
    shown = {}
    for lang in ("zh", "en"):
        browser.get(base_url + "/%s/projects/?region=%s" % (lang, quote(key)))
        shown[lang] = shown_ids(browser)
        assert box(browser, "region", key).is_selected()
    assert shown["zh"] and shown["zh"] == shown["en"]


COMMA_SITE = {
    "site.yml": """title: {en: Eleven, zh: 十一}
baseURL: https://example.org/
languages:
  - {code: en, locale: en-US, name: English}
  - {code: zh, locale: zh-CN, name: 中文}
theme: default
series:
  - key: news
    title: {en: News, zh: 新闻}
""",
    "content/projects/p.yml": """title: {en: Projects, zh: 项目}
projects:
  - {id: a, title: Chengdu class, organizer: City of Chengdu, organizerType: city, series: news, region: {en: "Chengdu, Sichuan", zh: "成都市,四川省"}, start: 2024-01-01}
  - {id: b, title: Mianyang class, organizer: City of Mianyang, organizerType: city, series: news, region: Mianyang, start: 2024-01-01}
""",
}


@pytest.fixture(scope="module")
def comma_url():
    from conftest import build_files
    output = build_files("comma", COMMA_SITE)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(output))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield "http://127.0.0.1:%d" % server.server_address[1]
    server.shutdown()


def test_a_region_with_a_comma_round_trips_through_the_url(browser, comma_url):
    """A region written with a comma has a key without one (the URL separates values with
    commas): the URL the page writes when its box is ticked reloads with the box ticked."""
    for lang in ("en", "zh"):
        browser.get(comma_url + "/%s/projects/" % lang)
        regions = [label.get_attribute("data-filter-value") for label in
                   browser.find_elements(By.CSS_SELECTOR, "#project-filters [data-filter=region] label[data-filter-value]")]
        assert sorted(regions) == ["chengdu-sichuan", "mianyang"]
        browser.execute_script("arguments[0].click()", box(browser, "region", "chengdu-sichuan"))
        assert shown_ids(browser) == ["a"]
        assert parse_qs(urlparse(browser.current_url).query) == {"region": ["chengdu-sichuan"]}
        browser.get(browser.current_url)
        assert shown_ids(browser) == ["a"] and box(browser, "region", "chengdu-sichuan").is_selected()


def test_a_value_without_a_checkbox_narrows_to_nothing(browser, base_url):
    """?series=nosuch narrows the directory to nothing, as it does on the search page and in
    `placard search`: the value gets a ticked box of its own, which can be unticked."""
    browser.get(base_url + "/zh/projects/?series=nosuch")
    assert shown_ids(browser) == []
    extra = box(browser, "series", "nosuch")
    assert extra.is_selected() and extra.find_element(By.XPATH, "..").get_attribute("data-count") == "0"
    browser.execute_script("arguments[0].click()", extra)
    assert len(shown_ids(browser)) == len(browser.find_elements(By.CSS_SELECTOR, "[data-project-id]"))
    assert "nosuch" not in browser.current_url
    browser.get(base_url + "/zh/projects/?series=nosuch,elderly&region=%3Cimg%20src%3Dx%3E")
    assert shown_ids(browser) == []
    assert not browser.find_elements(By.CSS_SELECTOR, "#project-filters img")
    browser.get(base_url + "/zh/projects/?series=nosuch,elderly")
    assert shown_ids(browser) == expected(browser, series="elderly") != []
