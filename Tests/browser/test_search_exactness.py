"""Exactness on a whole site: `placard search` against brute-force scans (exactness.py), and
the browser's engine (search-engine.js) against `placard search`, query by query, in order."""
import json

import pytest

import exactness

# For each query, in turn: the number of hits and the URLs of the first TOP (a big site has
# thousands of hits; the page itself only ever fetches the records it shows).
TOP = 60
PARITY = """
var done = arguments[arguments.length - 1], queries = arguments[0], top = arguments[2], S = window.PlacardSearch;
var index = new S.Index(arguments[1]), out = [];
queries.reduce(function (chain, q) {
  return chain.then(function () { return S.search(index, q); }).then(function (hits) {
    return Promise.all(hits.slice(0, top).map(function (h) { return index.meta(h.doc).then(function (m) { return m.url; }); }))
      .then(function (urls) { out.push([hits.length, urls]); });
  });
}, Promise.resolve()).then(function () { done(out); }, function (e) { done('error: ' + e); });
"""


def cli(placard, site, lang, query):
    run = placard("search", query, "--site", site, "--lang", lang)
    assert run.returncode == 0, run.stderr
    urls = [json.loads(line)["url"] for line in run.stdout.splitlines()]
    return [len(urls), urls[:TOP]]


# This module runs on the generated corpus (drafts, Chinese slugs, many documents), not the demo site.
@pytest.fixture(scope="module")
def built_site(corpus_site):
    return corpus_site[0]


@pytest.fixture(scope="module")
def site_source(corpus_site):
    return corpus_site[1]


@pytest.fixture(scope="module")
def site_url(serve, built_site):
    return serve(built_site)


@pytest.fixture(scope="module")
def zh_documents(built_site):
    return exactness.index_documents(built_site, "zh")


def test_placard_search_is_exact_on_the_whole_site(built_site, site_source, placard, zh_documents):
    queries = exactness.sample_queries(zh_documents, 12, seed=3)
    source = None
    if site_source and (site_source / "content").is_dir():
        source = exactness.source_documents(site_source, "zh", exactness.group_names(site_source, "zh"))
    binary = placard("--help").args[0]
    assert exactness.check(binary, built_site, "zh", queries, zh_documents, source) == []


def test_drafts_never_appear(site_source, zh_documents):
    import urllib.parse
    drafts = exactness.draft_urls(site_source, "zh")
    assert drafts, "the corpus has no drafts"
    assert drafts.isdisjoint(urllib.parse.unquote(u) for u in zh_documents)


def test_the_browser_answers_like_placard_search(chromium, site_url, built_site, placard, zh_documents):
    queries = exactness.sample_queries(zh_documents, 6, seed=4)
    queries += ["5G网络", "5G网", "网络5", "数字，素养", "2024年", "老年人 手机", "数字素养 培训基地", "<script>",
                "digital", "hoc vu", "。", "“", "全民数字素养与技能提升行动", "e-comm"]
    chromium.get(site_url + "/zh/search/")
    got = chromium.execute_async_script(PARITY, queries, "/zh/search-index.json", TOP)
    assert not isinstance(got, str), got
    for query, answer in zip(queries, got):
        assert answer == cli(placard, built_site, "zh", query), query


def test_english_in_the_browser(chromium, site_url, built_site, placard):
    queries = ["digital", "Digital Literacy", "dig", "older peo", "older people", "e-commerce", "e-comm", "DIGITAL skills ",
               "digital literacy and skills", "2024", "\"More people"]
    chromium.get(site_url + "/en/search/")
    got = chromium.execute_async_script(PARITY, queries, "/en/search-index.json", TOP)
    assert not isinstance(got, str), got
    for query, answer in zip(queries, got):
        assert answer == cli(placard, built_site, "en", query), query
    assert got[0][0] > 0, "digital finds something"
