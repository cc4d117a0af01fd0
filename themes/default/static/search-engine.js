/*
 * Placard search engine, part 1 of 4: the text side, loaded first. Folding, units, query
 * chunks, dictionary keys and snippet ranges mirror Sources/PlacardCore/Search
 * (SearchFolding, SearchUnit, SearchQuery); Tests/vectors/search-tokenizer.json checks both
 * sides agree. The engine is docs/search.md's query side, in four classic scripts loaded in
 * order (search-engine.js, -index, -match, -answer), each adding to window.PlacardSearch,
 * which the search page (search.js), the tools and the browser tests use.
 * Vanilla JavaScript, no dependencies, no DOM.
 */
(function () {
  'use strict';
  var S = window.PlacardSearch = window.PlacardSearch || {};

  // ---- Folding ------------------------------------------------------------------------
  var EXTRA = { 0x111: 'd', 0xF0: 'd', 0xF8: 'o', 0x142: 'l', 0x127: 'h', 0x167: 't',
    0x131: 'i', 0xDF: 'ss', 0xE6: 'ae', 0x153: 'oe', 0xFE: 'th', 0x3C2: '\u03C3' };
  var MARKS = /[\p{Mn}\p{Me}\p{Cf}]/gu;
  var foldCache = new Map();
  // Traditional → Simplified (code point → code point), from search-script.json once a query
  // with Chinese characters needs it (Index.prototype.ready).
  var simplified = null;

  function useScriptTable(table) {
    var map = new Map(), points = Array.from(table.pairs);
    for (var i = 0; i + 1 < points.length; i += 2) map.set(points[i].codePointAt(0), points[i + 1].codePointAt(0));
    simplified = map;
    foldCache.clear();
  }

  /** Whether the Traditional → Simplified table is in use. */
  function hasScriptTable() { return simplified !== null; }

  function simplify(cp) { return (simplified && simplified.get(cp)) || cp; }

  function foldCodePoint(cp) {
    if (cp < 0x80) return String.fromCharCode(cp >= 0x41 && cp <= 0x5A ? cp + 32 : cp);
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) return String.fromCodePoint(simplify(cp));
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD; // a lone surrogate
    var cached = foldCache.get(cp);
    if (cached !== undefined) return cached;
    var s = String.fromCodePoint(cp).normalize('NFKD').replace(MARKS, '');
    var lowered = '';
    for (var ch of s) lowered += ch.toLowerCase();
    s = lowered.normalize('NFKD').replace(MARKS, '');
    var out = '';
    for (var c of s) { var e = EXTRA[c.codePointAt(0)]; out += e === undefined ? String.fromCodePoint(simplify(c.codePointAt(0))) : e; }
    foldCache.set(cp, out);
    return out;
  }

  /** Folded code points of `text`; `map`, when given, gets each one's [start, end) in `text`. */
  function foldPoints(text, map) {
    var out = [];
    for (var i = 0; i < text.length;) {
      var cp = text.codePointAt(i);
      var width = cp > 0xFFFF ? 2 : 1;
      var f = foldCodePoint(cp);
      for (var k = 0; k < f.length;) {
        var p = f.codePointAt(k);
        out.push(p);
        if (map) map.push([i, i + width]);
        k += p > 0xFFFF ? 2 : 1;
      }
      i += width;
    }
    return out;
  }

  function fold(text) { return String.fromCodePoint.apply(null, foldPoints(text)); }

  // ---- Units ----------------------------------------------------------------------------
  var WORD = /[\p{L}\p{N}\p{Mc}]/u, SPACE = /[\p{White_Space}\p{Cc}]/u;
  var classCache = new Map();

  function isHan(cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0x20000 && cp <= 0x3FFFF) || cp === 0x3005 || cp === 0x3007;
  }

  /** 'H' Han, 'W' word character, ' ' space or control, 'S' anything else. */
  function scalarClass(cp) {
    if (cp < 0x80) {
      if ((cp >= 0x61 && cp <= 0x7A) || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5A)) return 'W';
      return cp <= 0x20 || cp === 0x7F ? ' ' : 'S';
    }
    if (isHan(cp)) return 'H';
    var c = classCache.get(cp);
    if (c) return c;
    var ch = String.fromCodePoint(cp);
    c = SPACE.test(ch) && !WORD.test(ch) ? ' ' : WORD.test(ch) ? 'W' : 'S';
    classCache.set(cp, c);
    return c;
  }

  /** Units of folded code points: {kind, text, offset, length, adjacent}. */
  function unitsOfPoints(points) {
    var units = [], previousEnd = -1;
    for (var i = 0; i < points.length;) {
      var c = scalarClass(points[i]);
      if (c === ' ') { i++; continue; }
      var end = i + 1;
      if (c === 'W') while (end < points.length && scalarClass(points[end]) === 'W') end++;
      units.push({ kind: c, text: String.fromCodePoint.apply(null, points.slice(i, end)), offset: i,
        length: end - i, adjacent: previousEnd === i });
      previousEnd = end;
      i = end;
    }
    return units;
  }

  function units(text) {
    return unitsOfPoints(foldPoints(text)).map(function (u) {
      return { kind: u.kind, text: u.text, offset: u.offset, length: u.length };
    });
  }

  /** Chunks: runs of adjacent units; the last is a prefix when it ends in a word and the query not in a space. */
  function parseQuery(text) {
    var points = foldPoints(text);
    var chunks = [], current = null, start = 0;
    unitsOfPoints(points).forEach(function (u) {
      if (!u.adjacent || !current) {
        if (current) chunks.push({ units: current, prefix: false });
        current = [];
        start = u.offset;
      }
      current.push({ kind: u.kind, text: u.text, offset: u.offset - start, length: u.length });
    });
    if (current) {
      var last = points[points.length - 1];
      chunks.push({ units: current, prefix: current[current.length - 1].kind === 'W' && scalarClass(last) !== ' ' });
    }
    return { chunks: chunks };
  }

  function chunkLength(chunk) {
    var last = chunk.units[chunk.units.length - 1];
    return last.offset + last.length;
  }

  // ---- Keys -----------------------------------------------------------------------------
  function pairKey(a, b) { return a.kind === 'H' && b.kind === 'H' ? a.text + b.text : a.text + ' ' + b.text; }
  function filterKey(facet, value) { return '\u0001' + facet + ':' + value; }
  function isWordKey(key) {
    if (!key) return false;
    for (var ch of key) if (scalarClass(ch.codePointAt(0)) !== 'W') return false;
    return true;
  }
  /** Code point order, which is the UTF-8 byte order the dictionary is sorted in. */
  function compareKeys(a, b) {
    var i = 0, j = 0;
    while (i < a.length && j < b.length) {
      var x = a.codePointAt(i), y = b.codePointAt(j);
      if (x !== y) return x < y ? -1 : 1;
      i += x > 0xFFFF ? 2 : 1;
      j += y > 0xFFFF ? 2 : 1;
    }
    return (a.length - i) - (b.length - j) === 0 ? 0 : (i < a.length ? 1 : -1);
  }


  // ---- Snippets -------------------------------------------------------------------------
  /** [start, end) ranges of `text` (UTF-16 indices) where the query's chunks occur. */
  function matchRanges(text, query) {
    var map = [], points = foldPoints(text, map), ranges = [];
    query.chunks.forEach(function (chunk) {
      var needle = foldPoints(chunk.units.map(function (u) { return u.text; }).join(''));
      var startsWord = scalarClass(needle[0]) === 'W', endsWord = scalarClass(needle[needle.length - 1]) === 'W';
      for (var i = 0; i + needle.length <= points.length; i++) {
        var k = 0;
        while (k < needle.length && points[i + k] === needle[k]) k++;
        if (k < needle.length) continue;
        var end = i + needle.length;
        if (startsWord && i > 0 && scalarClass(points[i - 1]) === 'W') continue;
        if (endsWord && !chunk.prefix && end < points.length && scalarClass(points[end]) === 'W') continue;
        if (chunk.prefix) while (end < points.length && scalarClass(points[end]) === 'W') end++;
        ranges.push([map[i][0], map[end - 1][1]]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    return ranges;
  }

  Object.assign(S, {
    fold: fold,
    foldPoints: foldPoints,
    units: units,
    parseQuery: parseQuery,
    chunkLength: chunkLength,
    pairKey: pairKey,
    filterKey: filterKey,
    isWordKey: isWordKey,
    compareKeys: compareKeys,
    scalarClass: scalarClass,
    matchRanges: matchRanges,
    useScriptTable: useScriptTable,
    hasScriptTable: hasScriptTable
  });
})();
