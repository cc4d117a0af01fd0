/*
 * Placard search engine, part 4 of 4: a whole query's answer. Chunks are matched with their
 * synonyms and added up, pinyin hits follow, and filters and their counts apply
 * (SearchEngine.answer, SearchPinyinQuery, SearchEngine+Pinyin).
 */
(function () {
  'use strict';
  var S = window.PlacardSearch = window.PlacardSearch || {};
  var fold = S.fold,
    parseQuery = S.parseQuery,
    chunkLength = S.chunkLength,
    filterKey = S.filterKey,
    keepsPositions = S.keepsPositions,
    cover = S.cover,
    matchChunk = S.matchChunk,
    inSequence = S.inSequence;

  // ---- Pinyin (SearchPinyinQuery, SearchEngine+Pinyin) ------------------------------------
  /** The syllables typed letters may stand for (SearchPinyinQuery.spellings): after n and l,
   *  `u` and `ue` as written and as ü, which the table writes `v` (nuxing, nüxing: nu xing, nv xing). */
  function spellings(letters) {
    return /^[nl]ue?$/.test(letters) ? [letters, letters[0] + 'v' + letters.slice(2)] : [letters];
  }

  /** A folded Latin query read as pinyin: {full: [[syllable]], prefix, initials: [letter]}. */
  function pinyinQuery(folded, syllables) {
    var none = { full: [], prefix: false, initials: [] };
    if (!/^[a-z '\u0027]*$/.test(folded)) return none;
    var pieces = folded.split(/[ ']/).filter(Boolean), joined = pieces.join('');
    if (joined.length < 2 || joined.length > 30) return none;
    var prefix = !/[ ']$/.test(folded), starts = new Set(), beginnings = new Set();
    syllables.forEach(function (s) { starts.add(s[0]); for (var n = 1; n <= s.length; n++) beginnings.add(s.slice(0, n)); });
    var isSyllable = function (s) { return syllables.has(s); };
    // Initials only when the letters do not cut into whole syllables (yanglao is yang lao).
    var whole = pieces.every(function (piece) {
      var reachable = [true];
      for (var i = 0; i < piece.length; i++) {
        if (!reachable[i]) continue;
        for (var n = 1; n <= Math.min(6, piece.length - i); n++) if (spellings(piece.slice(i, i + n)).some(isSyllable)) reachable[i + n] = true;
      }
      return reachable[piece.length] === true;
    });
    var initials = !whole && joined.split('').every(function (c) { return starts.has(c); }) ? joined.split('') : [];
    var found = [], best = Infinity;
    function cut(piece, rest, done) {
      if (done.length > best || found.length >= 64) return;
      if (!rest) {
        if (piece + 1 < pieces.length) { cut(piece + 1, pieces[piece + 1], done); return; }
        if (done.length < 2) return;
        if (done.length < best) { best = done.length; found = []; }
        found.push(done);
        return;
      }
      var last = piece === pieces.length - 1;
      for (var n = Math.min(6, rest.length); n >= 1; n--) {
        spellings(rest.slice(0, n)).forEach(function (head) {
          if (syllables.has(head) || (prefix && last && n === rest.length && beginnings.has(head))) cut(piece, rest.slice(n), done.concat([head]));
        });
      }
    }
    cut(0, pieces[0], []);
    if (found.some(function (f) { return syllables.has(f[f.length - 1]); })) found = found.filter(function (f) { return syllables.has(f[f.length - 1]); });
    var unique = new Map();
    found.forEach(function (f) { unique.set(f.join(' '), f); });
    var full = Array.from(unique.values()).sort(function (a, b) {
      for (var i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      return a.length - b.length;
    }).slice(0, 4);
    return { full: full, prefix: prefix, initials: initials };
  }

  /** Documents with the syllables (or initials) `units` in a row in a title, organizer or region
   *  (SearchEngine.pinyinDocs): two by their pair, three by their triple, four or more by the
   *  triples of cover(k) at the right distances; with `prefix` (the syllables), the last unit
   *  stands for every syllable it begins. */
  function pinyinDocs(index, units, prefix, marker, separator) {
    var k = units.length;
    if (k < 2) return Promise.resolve(new Set());
    var lasts = prefix ? prefix.filter(function (s) { return s.indexOf(units[k - 1]) === 0; }) : [units[k - 1]];
    var size = Math.min(k, 3), chosen = k === 2 ? [0] : cover(k);
    return Promise.all(chosen.map(function (i) {
      var head = units.slice(i, i + size - 1).join(separator) + separator;
      var ends = i + size === k ? lasts : [units[i + size - 1]];
      return Promise.all(ends.map(function (e) { return index.term(marker + head + e); }))
        .then(function (ts) { return ts.filter(Boolean); });
    })).then(function (slots) {
      var candidates = null;
      slots.forEach(function (terms) {
        var docs = new Set();
        terms.forEach(function (t) { t.docs.forEach(function (d) { if (!candidates || candidates.has(d)) docs.add(d); }); });
        candidates = docs;
      });
      if (k < 4 || candidates.size === 0) return candidates;
      return Promise.all(slots.map(function (terms) {
        return Promise.all(terms.map(function (t) { return index.positions(t); })).then(function (maps) {
          var merged = new Map();
          maps.forEach(function (m) {
            m.forEach(function (list, doc) {
              if (!candidates.has(doc)) return;
              var set = merged.get(doc) || new Set();
              list.forEach(function (p) { set.add(p); });
              merged.set(doc, set);
            });
          });
          return merged;
        });
      })).then(function (positions) {
        var result = new Set();
        candidates.forEach(function (doc) {
          (positions[0].get(doc) || new Set()).forEach(function (p) {
            if (p < chosen[0] || result.has(doc)) return;
            for (var c = 1; c < chosen.length; c++) {
              var set = positions[c].get(doc);
              if (!set || !set.has(p - chosen[0] + chosen[c])) return;
            }
            result.add(doc);
          });
        });
        return result;
      });
    });
  }

  /** Pinyin hits, unfiltered: full pinyin (tier 2), then initials (tier 3), each by document id. */
  function pinyinHits(index, text) {
    var syllables = index.e.pinyin;
    if (!syllables || !syllables.length) return Promise.resolve([]);
    if (!index.pinyinSyllables) index.pinyinSyllables = new Set(syllables);
    var q = pinyinQuery(fold(text), index.pinyinSyllables);
    return Promise.all([
      Promise.all(q.full.map(function (r) { return pinyinDocs(index, r, q.prefix ? syllables : null, '\u0002', ' '); })),
      q.initials.length ? pinyinDocs(index, q.initials, null, '\u0003', '') : Promise.resolve(new Set())
    ]).then(function (both) {
      var full = new Set();
      both[0].forEach(function (set) { set.forEach(function (d) { full.add(d); }); });
      var byId = function (a, b) { return a - b; };
      var hits = Array.from(full).sort(byId).map(function (d) { return { doc: d, score: 0, tier: 2 }; });
      Array.from(both[1]).filter(function (d) { return !full.has(d); }).sort(byId)
        .forEach(function (d) { hits.push({ doc: d, score: 0, tier: 3 }); });
      return hits;
    });
  }

  var FACETS = ['kind', 'series', 'group'];

  /** The values chosen for each facet: an array, or a string of values separated by commas. */
  function chosenValues(filters) {
    var chosen = {};
    FACETS.forEach(function (f) {
      var v = filters && filters[f];
      var list = Array.isArray(v) ? v : String(v || '').split(',');
      chosen[f] = list.map(function (x) { return String(x).trim(); }).filter(Boolean);
    });
    return chosen;
  }

  /** Documents of `facet` = any of `values`. */
  function facetDocs(index, facet, values) {
    return Promise.all(values.map(function (v) { return index.term(filterKey(facet, v)); })).then(function (terms) {
      var set = new Set();
      terms.forEach(function (t) { if (t) t.docs.forEach(function (d) { set.add(d); }); });
      return set;
    });
  }

  /** What identifies a chunk's folded text, whatever its prefix flag (SearchEngine.signature). */
  function signature(chunk) {
    return chunk.units.map(function (u) { return u.offset + ':' + u.text; }).join('\u0001');
  }

  /** For each word of a synonym group (by signature), the other words as query chunks. */
  function synonymTable(index) {
    if (index.synonyms) return index.synonyms;
    var table = new Map();
    (index.e.synonyms || []).forEach(function (group) {
      var chunks = [];
      group.forEach(function (word) {
        var parsed = parseQuery(word).chunks;
        if (parsed.length === 1) chunks.push({ units: parsed[0].units, prefix: false });
      });
      chunks.forEach(function (chunk, i) {
        var key = signature(chunk), list = table.get(key) || [];
        chunks.forEach(function (other, j) { if (j !== i) list.push(other); });
        table.set(key, list);
      });
    });
    return (index.synonyms = table);
  }

  /** The query with its chunks' synonyms added as further chunks (for marking matches). */
  function withSynonyms(index, query) {
    var table = synonymTable(index), extra = [];
    query.chunks.forEach(function (c) { (table.get(signature(c)) || []).forEach(function (o) { extra.push(o); }); });
    return { chunks: query.chunks.concat(extra) };
  }

  /** A chunk's matches, widened by its synonyms: the documents found only through one of
   *  them are added to `throughSynonym`. */
  function matchWithSynonyms(index, chunk, phrase, throughSynonym) {
    var others = synonymTable(index).get(signature(chunk)) || [];
    return Promise.all([matchChunk(index, chunk, phrase)].concat(others.map(function (o) { return matchChunk(index, o, false); })))
      .then(function (all) {
        var result = all[0] || { scores: new Map(), starts: null, length: chunkLength(chunk) };
        all.slice(1).forEach(function (r) {
          if (r) r.scores.forEach(function (score, doc) {
            if (!result.scores.has(doc)) { result.scores.set(doc, score); throughSynonym.add(doc); }
          });
        });
        return result;
      });
  }

  /** Every document the query matches, unfiltered, as {doc, score, tier}, best first: tier 0
   *  holds the query as typed, tier 1 some chunk only through a synonym. */
  function matchAll(index, query) {
    if (!query.chunks.length) return Promise.resolve([]);
    var phrase = query.chunks.length > 1 && query.chunks.every(keepsPositions);
    var throughSynonym = new Set();
    return Promise.all(query.chunks.map(function (c) { return matchWithSynonyms(index, c, phrase, throughSynonym); })).then(function (results) {
      if (results.some(function (r) { return r.scores.size === 0; })) return [];
      var smallest = results.reduce(function (a, b) { return b.scores.size < a.scores.size ? b : a; });
      // The phrase bonus needs every chunk's start offsets (a long gram has none).
      var withStarts = results.every(function (r) { return r.starts; });
      var hits = [];
      smallest.scores.forEach(function (_, doc) {
        var total = 0;
        for (var r = 0; r < results.length; r++) {
          var v = results[r].scores.get(doc);
          if (v === undefined) return;
          total += v;
        }
        if (phrase && withStarts && inSequence(results, doc)) total += Math.floor(total / 2);
        hits.push({ doc: doc, score: total, tier: throughSynonym.has(doc) ? 1 : 0 });
      });
      hits.sort(function (a, b) { return a.tier - b.tier || b.score - a.score || a.doc - b.doc; });
      return hits;
    });
  }

  /**
   * {hits, counts}: the hits that pass the filters (several values of one filter: any of them;
   * filters together: all of them), and, with `withCounts`, for every value of every facet
   * the index lists, how many hits there would be with that value alone chosen in its facet
   * and the other facets as they are (counts[facet][value]).
   */
  function answer(index, text, filters, withCounts) {
    var chosen = chosenValues(filters);
    return Promise.all([index.entry(), index.ready(text)]).then(function () {
      var query = parseQuery(text);
      var listed = index.e.filters || {};
      return Promise.all([
        Promise.all([matchAll(index, query), query.chunks.length ? pinyinHits(index, text) : []]).then(function (both) {
          var seen = new Set(both[0].map(function (h) { return h.doc; }));
          return both[0].concat(both[1].filter(function (h) { return !seen.has(h.doc); }));
        }),
        Promise.all(FACETS.map(function (f) { return chosen[f].length ? facetDocs(index, f, chosen[f]) : null; })),
        withCounts ? Promise.all(FACETS.map(function (f) {
          return Promise.all((listed[f] || []).map(function (v) { return facetDocs(index, f, [v]); }));
        })) : null
      ]).then(function (all) {
        var matched = all[0], allowed = all[1], perValue = all[2];
        function passes(doc, except) {
          for (var i = 0; i < FACETS.length; i++) if (i !== except && allowed[i] && !allowed[i].has(doc)) return false;
          return true;
        }
        var result = { hits: matched.filter(function (h) { return passes(h.doc, -1); }), counts: null };
        if (perValue) {
          result.counts = {};
          FACETS.forEach(function (f, i) {
            var counts = result.counts[f] = {};
            (listed[f] || []).forEach(function (v, k) {
              var n = 0;
              matched.forEach(function (h) { if (perValue[i][k].has(h.doc) && passes(h.doc, i)) n++; });
              counts[v] = n;
            });
          });
        }
        return result;
      });
    });
  }

  /** Every matching document as {doc, score}, best first. */
  function search(index, text, filters) {
    return answer(index, text, filters, false).then(function (r) { return r.hits; });
  }

  Object.assign(S, {
    search: search,
    answer: answer,
    chosenValues: chosenValues,
    pinyinQuery: pinyinQuery,
    withSynonyms: withSynonyms
  });
})();
