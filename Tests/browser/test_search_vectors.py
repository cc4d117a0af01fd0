"""The shared tokenizer vectors, run against search-engine.js in Chromium (the Swift side runs them
in SearchVectorTests)."""
import json

from conftest import ROOT

# The syllables of the pinyin table (Sources/PlacardCore/Text/Pinyin+Table.swift), what an
# index's entry file lists.
_TABLE = (ROOT / "Sources" / "PlacardCore" / "Text" / "Pinyin+Table.swift").read_text(encoding="utf-8")
SWIFT_SYLLABLES = [line.split(" ")[0] for line in _TABLE.split('"""')[1].strip().splitlines()]
VECTORS = json.loads((ROOT / "Tests" / "vectors" / "search-tokenizer.json").read_text(encoding="utf-8"))

CHECK = """
var v = arguments[0], S = window.PlacardSearch, bad = [];
function cells(us) { return us.map(function (u) { return [u.kind, u.text, u.offset, u.length]; }); }
function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }
v.fold.forEach(function (c) {
  var got = S.fold(c.input);
  if (got !== c.folded) bad.push(['fold', c.input, got, c.folded]);
});
v.units.forEach(function (c) {
  var us = S.units(c.input), pairs = [];
  if (!same(cells(us), c.units)) bad.push(['units', c.input, cells(us), c.units]);
  for (var k = 0; k + 1 < us.length; k++)
    if (us[k].offset + us[k].length === us[k + 1].offset) pairs.push(S.pairKey(us[k], us[k + 1]));
  if (!same(pairs, c.pairs)) bad.push(['pairs', c.input, pairs, c.pairs]);
});
v.query.forEach(function (c) {
  var got = S.parseQuery(c.input).chunks.map(function (ch) { return {prefix: ch.prefix, units: cells(ch.units)}; });
  var want = c.chunks.map(function (ch) { return {prefix: ch.prefix, units: ch.units}; });
  if (!same(got, want)) bad.push(['query', c.input, got, want]);
});
var syllables = new Set(arguments[1]);
(v.pinyin || []).forEach(function (c) {
  var got = S.pinyinQuery(S.fold(c.input), syllables);
  var useful = got.full.length || got.initials.length;
  if (!same(got.full, c.full) || !same(got.initials, c.initials) || (useful && got.prefix !== c.prefix))
    bad.push(['pinyin', c.input, got, c]);
});
return bad;
"""


def test_vectors_are_there():
    assert len(VECTORS["fold"]) > 20 and len(VECTORS["units"]) > 10 and len(VECTORS["query"]) > 10


def test_javascript_tokenizer_matches_the_vectors(chromium, site_url):
    chromium.get(site_url + "/zh/search/")
    # The Traditional → Simplified table loads with the first Chinese query.
    assert chromium.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "window.PlacardSearch.page.index.ready('\u6578').then(function () { done(true); }, function (e) { done(String(e)); });") is True
    syllables = chromium.execute_script("return window.PlacardSearch.page.index.e ? window.PlacardSearch.page.index.e.pinyin : null")
    if syllables is None:
        syllables = SWIFT_SYLLABLES
    assert chromium.execute_script(CHECK, VECTORS, syllables) == []


def test_dictionary_key_order_is_code_point_order(chromium, site_url):
    chromium.get(site_url + "/zh/search/")
    keys = ["\u0001kind:page", "a", "ab", "z", "\u00e9", "\uff0c", "\U00020000", "\u4e00", "\ue000"]
    got = chromium.execute_script("return arguments[0].slice().sort(window.PlacardSearch.compareKeys);", keys)
    assert got == sorted(keys, key=lambda k: k.encode("utf-8"))
