"""Exactness on a whole site: `placard search` against brute-force scans (exactness.py), and
the browser's engine (search-engine.js) against `placard search`, query by query, in order."""
import json
import re

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


def test_the_corpus_reads_runs_from_their_triples(built_site):
    """150 articles and 40 of text that does not repeat itself: keeping every run as a long gram
    would add too many grams (SearchIndexFormat.everyRunExtraGrams), so the tests here read runs
    of rare triples from their cover, as on a large site (test_search_small_site.py has the
    other way)."""
    entry = json.loads((built_site / "zh" / "search-index.json").read_text(encoding="utf-8"))
    assert "everyRun" not in entry


def test_drafts_never_appear(site_source, zh_documents):
    import urllib.parse
    drafts = exactness.draft_urls(site_source, "zh")
    assert drafts, "the corpus has no drafts"
    assert drafts.isdisjoint(urllib.parse.unquote(u) for u in zh_documents)


def test_the_browser_answers_like_placard_search(chromium, site_url, built_site, placard, zh_documents):
    queries = exactness.sample_queries(zh_documents, 6, seed=4)
    # Sentences pasted with their punctuation, of two, three and four clauses (join terms).
    text = "".join(t for fields in zh_documents.values() for t in fields)
    for clauses in (2, 3, 4):
        pattern = r"[\u4e00-\u9fff]{4,}" + r"[，。、；][\u4e00-\u9fff]+" * (clauses - 2) + r"[，。、；][\u4e00-\u9fff]{4,}"
        found = sorted(set(re.findall(pattern, text)))[:3]
        assert found, clauses
        queries += found + [found[0][:-1] + found[0][0]]
    # The clause after the most different clauses (a head whose table lists its tails by how
    # many documents name each, SearchIndexFormat.largeHeadTable), after three of them.
    before = {}
    for a, b in re.findall(r"([\u4e00-\u9fff]{4,})，(?=([\u4e00-\u9fff]{4,}))", text):
        before.setdefault(b, set()).add(a)
    head = max(before, key=lambda b: len(before[b]))
    assert len(before[head]) > 64, len(before[head])
    queries += ["%s，%s" % (a, head) for a in sorted(before[head])[:3]]
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


def test_a_two_unit_chunk_starting_with_a_word_beside_one_with_start_offsets(chromium, site_url, built_site, placard, zh_documents):
    """`2024年` is a pair (no positions) even though it starts with a word: beside a run of three Han
    characters, which has start offsets, it still matches, in the browser as in `placard search`
    (docs/search.md §5)."""
    queries = []
    for fields in zh_documents.values():
        text = " ".join(fields)
        word, run = re.search(r"[0-9A-Za-z]+[\u4e00-\u9fff]", text), re.search(r"[\u4e00-\u9fff]{3}", text)
        if word and run and len(queries) < 6:
            queries += [word.group(0) + " " + run.group(0), run.group(0) + " " + word.group(0)]
    assert len(queries) == 6
    chromium.get(site_url + "/zh/search/")
    got = chromium.execute_async_script(PARITY, queries, "/zh/search-index.json", TOP)
    assert not isinstance(got, str), got
    for query, answer in zip(queries, got):
        assert answer == cli(placard, built_site, "zh", query), query
        assert answer[0] > 0, query


# Each query with a fresh index whose fetcher records every file: [hit count, first URLs, files].
READS = """
var done = arguments[arguments.length - 1], queries = arguments[0], entry = arguments[1], top = arguments[2];
var S = window.PlacardSearch, out = [];
queries.reduce(function (chain, q) {
  var files = [];
  var index = new S.Index(entry, function (url) {
    return fetch(url).then(function (r) { return r.arrayBuffer(); }).then(function (b) {
      // A shard as its kind's folder and name (t/0.bin.gz), any other file by its name.
      var shard = /\\/search-index\\//.test(url);
      files.push([url.replace(shard ? /^.*\\/search-index\\// : /^.*\\//, ''), b.byteLength]);
      return b;
    });
  });
  return chain.then(function () { return S.search(index, q); }).then(function (hits) {
    return Promise.all(hits.slice(0, top).map(function (h) { return index.meta(h.doc).then(function (m) { return m.url; }); }))
      .then(function (urls) { out.push([hits.length, urls, files.filter(function (f) { return !/^(m\\/|search-index\\.json|search-script)/.test(f[0]); })]); });
  });
}, Promise.resolve()).then(function () { done(out); }, function (e) { done('error: ' + e); });
"""


def runs_of(docs, length):
    """Runs of `length` Han characters in the documents' fields, with how many documents hold each."""
    counts = {}
    for url, fields in docs.items():
        seen = set()
        for text in fields:
            for i in range(len(text) - length + 1):
                run = text[i:i + length]
                if all(exactness.is_han(c) for c in run):
                    seen.add(run)
        for run in seen:
            counts[run] = counts.get(run, 0) + 1
    return counts


def test_runs_of_four_or_more_read_little_in_the_browser(chromium, site_url, built_site, placard, zh_documents):
    """docs/search.md, "Answering a query": a run that occurs nowhere but holds a common triple
    reads term records only; a run whose triples are all rare reads a fixed cover of triples and
    their inline positions; runs over 16 (a pasted clause) read their windows of 12 (long grams
    with positions) or covers of rare triples; they and two chunks stay exact; none reads a
    list shard (a phrase's positions are not read for the bonus), and only a window's gram a
    position shard."""
    triples = runs_of(zh_documents, 3)
    fours = runs_of(zh_documents, 4)
    text = "".join(t for fields in zh_documents.values() for t in fields)
    common = sorted((run for run in fours if all(triples.get(run[i:i + 3], 0) > 40 for i in range(2))), key=lambda r: -fours[r])
    absent = []
    for run in common[:30]:
        for c in "质量素养技能":
            if run[:3] + c not in text and run[1:3] + c in triples:
                absent.append(run[:3] + c)
                break
    rare = [run for run in fours if all(triples.get(run[i:i + 3], 0) == 1 for i in range(2))][:6]
    rare += [a[:3] + b[:3] for a, b in zip(rare, reversed(rare)) if a != b][:3]
    longer = [run for n in (17, 18, 25, 33) for run in list(runs_of(zh_documents, n))[:3]]
    longer += [run[:-1] + run[0] for run in list(runs_of(zh_documents, 24))[:2]]
    two = [common[0] + " " + common[5], common[0] + " " + rare[0]]
    # Runs joined by one punctuation mark (a sentence pasted with its comma), and one absent.
    joined = sorted(set(re.findall(r"[\u4e00-\u9fff]{4,}，[\u4e00-\u9fff]{4,}(?:、[\u4e00-\u9fff]+)?", text)))[:4]
    joined += [joined[0][:-1] + joined[0][0]] if joined else []
    queries = absent[:4] + rare + longer + two + joined
    assert absent and rare and longer and joined
    chromium.get(site_url + "/zh/search/")
    got = chromium.execute_async_script(READS, queries, "/zh/search-index.json", TOP)
    assert not isinstance(got, str), got
    for query, (count, urls, files) in zip(queries, got):
        assert [count, urls] == cli(placard, built_site, "zh", query), query
        if len(query) <= 12 or " " in query:
            assert not any(name.startswith("p/") for name, _ in files), (query, files)
        if len(query) > 16 and " " not in query:
            assert not any(name.startswith("l/") for name, _ in files), (query, files)
        # Per chunk: its long gram's shard, the shard of the gram it refers to, and one per
        # triple of the cover (SearchEngine.cover); a run over 12, that for each window.
        def cover(k):
            return len(set(list(range(0, k - 2, 3)) + [k - 3]))
        def windows(k):
            return len(set(list(range(0, k - 11, 12)) + [k - 12]))
        shards = sum(2 + cover(len(c)) if len(c) <= 12 else windows(len(c)) * (2 + cover(12)) for c in query.split())
        assert len([name for name, _ in files if name.startswith("t/")]) <= shards, (query, files)
    for query, (count, urls, files) in zip(absent[:4], got):
        assert count == 0 and not any(name.startswith("l/") for name, _ in files), (query, files)
