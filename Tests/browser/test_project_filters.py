"""The project directory's filters in a real headless Chromium (SPEC §3, issue: project lists).

Needs PLACARD_SITE: a built demo site (scripts/test.sh builds one).
"""
import functools
import http.server
import os
import threading
from urllib.parse import parse_qs, urlparse

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

SITE = os.environ.get("PLACARD_SITE")
pytestmark = pytest.mark.skipif(not SITE, reason="PLACARD_SITE (a built site) is not set")


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
    """Ids of the projects whose data attributes match, read from the page itself."""
    ids = []
    for row in browser.find_elements(By.CSS_SELECTOR, "[data-project-id]"):
        ok = True
        for name, value in wanted.items():
            attribute = row.get_attribute("data-" + name) or ""
            ok = ok and (value in attribute.split(" ") if name == "groups" else attribute == value)
        if ok:
            ids.append(row.get_attribute("data-project-id"))
    return sorted(ids)


def test_two_filters_narrow_the_list_and_the_url(browser, base_url):
    browser.get(base_url + "/zh/projects/")
    everything = browser.find_elements(By.CSS_SELECTOR, "[data-project-id]")
    assert len(visible_projects(browser)) == len(everything) > 10
    Select(browser.find_element(By.ID, "filter-series")).select_by_value("elderly")
    Select(browser.find_element(By.ID, "filter-status")).select_by_value("finished")
    shown = sorted(row.get_attribute("data-project-id") for row in visible_projects(browser))
    assert shown == expected(browser, series="elderly", status="finished")
    assert 0 < len(shown) < len(everything)
    query = parse_qs(urlparse(browser.current_url).query)
    assert query == {"series": ["elderly"], "status": ["finished"]}
    count = browser.find_element(By.ID, "filter-count").text
    assert str(len(shown)) in count and str(len(everything)) in count


def test_filter_query_in_the_url_is_applied_on_load(browser, base_url):
    browser.get(base_url + "/en/projects/?group=students&type=department")
    shown = sorted(row.get_attribute("data-project-id") for row in visible_projects(browser))
    assert shown == expected(browser, groups="students", **{"organizer-type": "department"})
    assert shown, "the demo has department projects for students"
    assert Select(browser.find_element(By.ID, "filter-group")).first_selected_option.get_attribute("value") == "students"
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


def test_filters_are_labelled_form_controls(browser, base_url):
    browser.get(base_url + "/zh/projects/")
    for select in browser.find_elements(By.CSS_SELECTOR, "#project-filters select"):
        label = browser.find_element(By.CSS_SELECTOR, "label[for='%s']" % select.get_attribute("id"))
        assert label.text.strip()
