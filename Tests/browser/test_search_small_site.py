"""A small site (the demo) keeps every run of 4 to 12 Han characters as a long gram
(docs/search.md §4, `everyRun`): in the browser a run reads the one term shard of its gram
(two when the gram refers to the one a character shorter in the shard before; a longer run,
those of its windows of 12), and answers as `placard search` does, present or absent."""
import json

import exactness
from test_search_exactness import READS, TOP, cli


def test_the_demo_site_says_every_run_is_a_long_gram(built_site):
    entry = json.loads((built_site / "zh" / "search-index.json").read_text(encoding="utf-8"))
    assert entry.get("everyRun") is True


def test_a_run_reads_one_shard_and_answers_like_placard_search(chromium, site_url, built_site, placard):
    docs = exactness.index_documents(built_site, "zh")
    runs = [q for q in exactness.sample_queries(docs, 8, seed=9) if len(q) >= 4]
    queries = runs + [q[:-1] + q[0] for q in runs]
    texts = [t for fields in docs.values() for t in fields]
    assert len(runs) >= 20 and any(len(q) > 16 for q in runs)
    chromium.get(site_url + "/zh/search/")
    got = chromium.execute_async_script(READS, queries, "/zh/search-index.json", TOP)
    assert not isinstance(got, str), got
    present = 0
    for query, (count, urls, files) in zip(queries, got):
        assert [count, urls] == cli(placard, built_site, "zh", query), query
        assert (count > 0) == any(query in t for t in texts), query
        present += count > 0
        assert all(name.startswith("t/") for name, _ in files), (query, files)
        windows = 1 if len(query) <= 12 else -(-len(query) // 12) + 1
        assert len(files) <= (2 * windows if count or windows > 1 else 1), (query, files)
    assert present >= 20, "the sampled runs are found"
