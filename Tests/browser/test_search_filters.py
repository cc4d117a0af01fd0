"""Filters of several values on the search page (SPEC §7.5): OR within a filter, AND across,
a count beside each value, the state in the URL; checked against `placard search`."""
import json
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

FACETS = ("kind", "series", "group")


def cli_urls(placard, site, query, **filters):
    args = []
    for facet, values in filters.items():
        if values:
            args += ["--" + facet, ",".join(values)]
    run = placard("search", query, "--site", site, "--lang", "zh", *args)
    assert run.returncode == 0, run.stderr
    return [json.loads(line)["url"] for line in run.stdout.splitlines()]


def checkbox(driver, facet, value):
    return driver.find_element(By.CSS_SELECTOR, "[data-search-page] input[name='%s'][value='%s']" % (facet, value))


def test_several_values_from_the_url(chromium, site_url, built_site, placard, wait_search):
    chosen = {"series": ["industry", "education"], "kind": ["article", "project"]}
    chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote("数字") + "&series=industry,education&kind=article,project")
    results = wait_search("数字")
    expected = cli_urls(placard, built_site, "数字", **chosen)
    one = cli_urls(placard, built_site, "数字", series=["industry"], kind=["article", "project"])
    assert 0 < len(one) < len(expected)
    assert [href for href, _ in results] == expected[:len(results)] and len(results) == min(10, len(expected))
    assert checkbox(chromium, "series", "industry").is_selected() and checkbox(chromium, "series", "education").is_selected()
    assert not checkbox(chromium, "series", "elderly").is_selected()
    assert chromium.find_element(By.CSS_SELECTOR, "[data-search-filters]").get_attribute("open") is not None


def test_counts_follow_the_query_and_the_other_filters(chromium, site_url, built_site, placard, wait_search):
    """A value's count = the hits if that value alone were chosen in its filter, the other
    filters as they are."""
    chosen = {"kind": ["article"], "series": ["elderly", "people"], "group": []}
    chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote("老年人") + "&kind=article&series=elderly,people")
    wait_search("老年人")
    labels = chromium.find_elements(By.CSS_SELECTOR, "[data-search-page] [data-filter] label[data-filter-value]")
    assert len(labels) > 10
    for label in labels:
        facet = label.find_element(By.CSS_SELECTOR, "input").get_attribute("name")
        value = label.get_attribute("data-filter-value")
        filters = dict(chosen, **{facet: [value]})
        assert label.get_attribute("data-count") == str(len(cli_urls(placard, built_site, "老年人", **filters))), (facet, value)


def test_ticking_a_box_searches_and_writes_the_url(chromium, site_url, built_site, placard, wait_search):
    chromium.get(site_url + "/zh/search/?q=" + urllib.parse.quote("数字"))
    wait_search("数字")
    chromium.find_element(By.CSS_SELECTOR, "[data-search-filters] summary").click()
    chromium.execute_script("document.querySelector('[data-search-page]').removeAttribute('data-search-done')")
    checkbox(chromium, "series", "women").send_keys(Keys.SPACE)
    checkbox(chromium, "series", "elderly").click()
    results = wait_search("数字")
    expected = cli_urls(placard, built_site, "数字", series=["women", "elderly"])
    assert [href for href, _ in results] == expected[:len(results)]
    query = urllib.parse.urlparse(chromium.current_url).query
    assert "series=elderly,women" in query or "series=women,elderly" in query
    # The shared URL gives the same page.
    chromium.get(chromium.current_url)
    assert [href for href, _ in wait_search("数字")] == [href for href, _ in results]


def test_no_counts_without_a_query(chromium, site_url, wait_search):
    chromium.get(site_url + "/zh/search/?series=elderly")
    wait_search("")
    assert chromium.find_elements(By.CSS_SELECTOR, "[data-search-page] label[data-count]") == []
