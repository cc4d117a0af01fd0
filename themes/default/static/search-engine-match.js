/*
 * Placard search engine, part 3 of 4: the documents that hold one query chunk, with their
 * scores and, where the index can tell them, the chunk's start offsets (SearchEngine.match
 * and the functions it calls, step for step).
 */
(function () {
  'use strict';
  var S = window.PlacardSearch = window.PlacardSearch || {};
  var chunkLength = S.chunkLength,
    isWordKey = S.isWordKey;

  // ---- Answering a query ----------------------------------------------------------------
  /** A lone word, or three units or more: the chunks whose start offsets the index can tell.
      Two units are a pair, which has no positions, even when the first is a word (`2024年`). */
  function keepsPositions(chunk) { return chunk.units.length >= 3 || (chunk.units.length === 1 && chunk.units[0].kind === 'W'); }

  function joinKey(units) {
    var key = '';
    units.forEach(function (u, i) { key += (i && !(units[i - 1].kind === 'H' && u.kind === 'H') ? ' ' : '') + u.text; });
    return key;
  }

  /** Terms of each run of `size` adjacent units; the last run expands when the chunk ends in a prefix. */
  function slots(index, chunk, size) {
    var u = chunk.units, list = [];
    for (var i = 0; i + size <= u.length; i++) {
      var run = u.slice(i, i + size);
      if (chunk.prefix && i + size === u.length) {
        if (size === 1) { list.push(index.termsWithPrefix(run[0].text, isWordKey)); continue; }
        var head = joinKey(run.slice(0, -1)) + ' ';
        list.push(index.termsWithPrefix(head + run[size - 1].text, function (k) { return isWordKey(k.slice(head.length)); }));
      } else {
        list.push(index.term(joinKey(run)).then(function (t) { return t ? [t] : []; }));
      }
    }
    return Promise.all(list);
  }

  /** Long grams: runs of 4 to this many Han characters (SearchIndexFormat.maxLongGram). */
  var MAX_LONG_GRAM = 12;

  /** The triples whose positions settle a chunk of k units (SearchEngine.cover): those
   *  starting at 0, 3, 6, … and at k − 3. */
  function cover(k) {
    var starts = [];
    for (var i = 0; i < k - 2; i += 3) starts.push(i);
    if (starts[starts.length - 1] !== k - 3) starts.push(k - 3);
    return starts;
  }

  function bestScores(terms) {
    var best = new Map();
    terms.forEach(function (t) {
      for (var k = 0; k < t.docs.length; k++) {
        var s = t.idf * t.scores[k], d = t.docs[k];
        if (!(best.get(d) >= s)) best.set(d, s);
      }
    });
    return best;
  }

  /** Documents holding a chunk, as in SearchEngine.match: a run of Han characters by
   *  matchRun; else pairs score, triples check adjacency, positions of a cover of triples
   *  make chunks of four units or more exact. */
  function matchChunk(index, chunk, needStarts) {
    var k = chunk.units.length;
    if (isHanRun(chunk)) return matchRun(index, chunk, needStarts);
    var marks = joins(chunk);
    if (marks) return matchJoined(index, chunk, marks);
    return Promise.all([slots(index, chunk, Math.min(k, 2)), k >= 3 ? slots(index, chunk, 3) : []]).then(function (both) {
      return matchTerms(index, chunk, needStarts, both[0], both[1]);
    });
  }

  /** The marks of a chunk of runs of Han characters joined by single punctuation marks, its
   *  first and last run of four characters or more: their unit indices, or null
   *  (SearchEngine.joins). */
  function joins(chunk) {
    var u = chunk.units, marks = [];
    for (var i = 0; i < u.length; i++) {
      if (u[i].kind === 'H') continue;
      if (u[i].kind !== 'S' || i === 0 || i + 1 === u.length || u[i - 1].kind !== 'H' || u[i + 1].kind !== 'H') return null;
      marks.push(i);
    }
    if (!marks.length || marks[0] < 4 || u.length - marks[marks.length - 1] - 1 < 4) return null;
    return marks;
  }

  function unitText(units) { return units.map(function (x) { return x.text; }).join(''); }

  /** A chunk of runs joined by marks, from its join terms (SearchEngine.matchJoined). One slot
   *  per mark (but the first, when there are two or more): the heads after the mark (U+0005,
   *  the mark, the run: exactly the chunk's run up to the next mark, starting with its last
   *  run after the last mark) with one of the tails before it (U+0004, the mark, the run
   *  before it reversed, then the mark before that and its run reversed). One slot: the
   *  documents whose heads have one of those tails, no positions read. More: it starts at p
   *  when each slot's mark is at p plus its offset, with one of its tails. Its score is each
   *  slot's highest idf among its heads (no score bytes), added up; only a chunk of four runs
   *  or more has start offsets. */
  function matchJoined(index, chunk, marks) {
    var u = chunk.units, last = marks.length - 1;
    var chosen = marks.length === 1 ? marks : marks.slice(1);
    function before(n) {
      return u[marks[n]].text + unitText(u.slice(n === 0 ? 0 : marks[n - 1] + 1, marks[n]).reverse());
    }
    var lookups = chosen.map(function (m) {
      var n = marks.indexOf(m), prefix = '\u0004' + before(n) + (n > 0 ? before(n - 1) : '');
      var heads = n < last
        ? index.term('\u0005' + u[m].text + unitText(u.slice(m + 1, marks[n + 1]))).then(function (t) { return t ? [t] : []; })
        : index.termsWithPrefix('\u0005' + u[m].text + unitText(u.slice(m + 1)), function () { return true; });
      return Promise.all([index.tailOrdinals(prefix), heads]);
    });
    return Promise.all(lookups).then(function (slots) {
      if (slots.some(function (slot) { return !slot[0] || !slot[1].length; })) return null;
      function within(range) { return function (o) { return o >= range[0] && o <= range[1]; }; }
      var perSlot = slots.map(function (slot) {
        var best = new Map(), inRange = within(slot[0]);
        slot[1].forEach(function (t) {
          for (var k = 0; k < t.docs.length; k++) {
            if (!t.tails[k].some(inRange)) continue;
            var d = t.docs[k];
            if (!(best.get(d) >= t.idf)) best.set(d, t.idf);
          }
        });
        return best;
      });
      var candidates = new Set();
      perSlot[0].forEach(function (_, doc) {
        if (perSlot.every(function (m) { return m.has(doc); })) candidates.add(doc);
      });
      if (!candidates.size) return null;
      if (slots.length === 1) return { scores: perSlot[0], starts: null, length: chunkLength(chunk) };
      return Promise.all(slots.map(function (slot) {
        var inRange = within(slot[0]);
        return Promise.all(slot[1].map(function (t) { return index.occurrences(t); })).then(function (maps) {
          var merged = new Map();
          maps.forEach(function (m) {
            m.forEach(function (list, doc) {
              if (!candidates.has(doc)) return;
              list.forEach(function (o) {
                if (!inRange(o[1])) return;
                var set = merged.get(doc);
                if (!set) merged.set(doc, set = new Set());
                set.add(o[0]);
              });
            });
          });
          return merged;
        });
      })).then(function (slotPositions) {
        var found = startsFrom(chunk, chosen, slotPositions, candidates), scores = new Map();
        found.forEach(function (_, doc) { scores.set(doc, perSlot.reduce(function (sum, m) { return sum + m.get(doc); }, 0)); });
        return { scores: scores, starts: found, length: chunkLength(chunk) };
      });
    });
  }

  /** The windows that settle a run of k > MAX_LONG_GRAM Han characters (SearchEngine.windows):
   *  MAX_LONG_GRAM characters each, starting at 0, 12, 24, … and at k − 12. */
  function windows(k) {
    var starts = [];
    for (var i = 0; i + MAX_LONG_GRAM <= k; i += MAX_LONG_GRAM) starts.push(i);
    if (starts[starts.length - 1] !== k - MAX_LONG_GRAM) starts.push(k - MAX_LONG_GRAM);
    return starts;
  }

  /** A run of four Han characters or more (SearchEngine.matchRun): up to MAX_LONG_GRAM
   *  characters, matchWindow; longer, its windows one after the other, stopping at the first
   *  that no document holds: the run starts at p when each window starts at p plus its
   *  offset, and its score is the sum of the windows' scores. */
  function matchRun(index, chunk, needStarts) {
    var k = chunk.units.length, length = chunkLength(chunk);
    if (k <= MAX_LONG_GRAM) {
      return matchWindow(index, chunk.units, false).then(function (found) {
        return found && { scores: found.scores, starts: needStarts ? found.starts : null, length: length };
      });
    }
    var plan = windows(k), scores = new Map(), runStarts = new Map();
    function next(n) {
      if (n === plan.length) {
        var starts = null;
        if (needStarts) {
          starts = new Map();
          runStarts.forEach(function (set, doc) { starts.set(doc, Array.from(set).sort(function (a, b) { return a - b; })); });
        }
        return Promise.resolve({ scores: scores, starts: starts, length: length });
      }
      var w = plan[n], shift = chunk.units[w].offset;
      return matchWindow(index, chunk.units.slice(w, w + MAX_LONG_GRAM), true).then(function (found) {
        if (!found || !found.starts) return null;
        if (n === 0) {
          found.starts.forEach(function (list, doc) { runStarts.set(doc, new Set(list)); scores.set(doc, found.scores.get(doc)); });
        } else {
          runStarts.forEach(function (set, doc) {
            var at = new Set(found.starts.get(doc) || []), here = new Set();
            set.forEach(function (p) { if (at.has(p + shift)) here.add(p); });
            if (here.size) {
              runStarts.set(doc, here);
              scores.set(doc, scores.get(doc) + (found.scores.get(doc) || 0));
            } else {
              runStarts.delete(doc);
              scores.delete(doc);
            }
          });
        }
        return runStarts.size ? next(n + 1) : null;
      });
    }
    return next(0);
  }

  /** A run of 4 to MAX_LONG_GRAM Han characters (SearchEngine.matchWindow), `units` with
   *  offsets from the chunk's start: its long gram when the index has it (with `positions`,
   *  the gram's positions give its starts); else, when every run is a gram (a small site),
   *  null; else the cover's triples, their records first, one
   *  at a time: one missing or common, and nothing holds the run; else their positions settle
   *  it and their scores add up. {scores, starts} (starts of the run's first character), or null. */
  function matchWindow(index, units, positions) {
    var base = units[0].offset;
    var window = { units: units.map(function (u) { return { kind: u.kind, text: u.text, offset: u.offset - base, length: u.length }; }), prefix: false };
    var k = window.units.length;
    return index.term(joinKey(window.units)).then(function (gram) {
      if (gram) {
        // A long gram's postings are exact and carry its own scores.
        var scores = new Map();
        for (var i = 0; i < gram.docs.length; i++) scores.set(gram.docs[i], gram.idf * gram.scores[i]);
        if (!positions) return { scores: scores, starts: null };
        if (!gram.inline && gram.posShard < 0) throw new Error('damaged index: ' + gram.key);
        return index.positions(gram).then(function (starts) { return { scores: scores, starts: starts }; });
      }
      // On a small site every run is a long gram.
      if (index.e.everyRun) return null;
      var chosen = cover(k);
      // One after the other, stopping at the first that settles it (fewer bytes than all at once),
      // the last first: a query typed a character at a time is absent first at its end
      // (SearchEngine.readingOrder).
      var order = [chosen.length - 1].concat(chosen.slice(0, -1).map(function (_, n) { return n; }));
      function records(r, heads) {
        if (r === order.length) return Promise.resolve(heads);
        var n = order[r];
        return index.term(joinKey(window.units.slice(chosen[n], chosen[n] + 3)), true).then(function (t) {
          if (!t || t.common) return null;
          heads[n] = t;
          return records(r + 1, heads);
        });
      }
      return records(0, new Array(chosen.length)).then(function (heads) {
        if (!heads) return null;
        return Promise.all(heads.map(function (t) { return index.term(t.key); })).then(function (terms) {
          var candidates = new Set(terms[0].docs);
          terms.slice(1).forEach(function (t) {
            var docs = new Set(t.docs);
            candidates.forEach(function (d) { if (!docs.has(d)) candidates.delete(d); });
          });
          return starts(index, window, chosen, terms.map(function (t) { return [t]; }), candidates).then(function (found) {
            var scores = new Map();
            terms.forEach(function (t) {
              for (var i = 0; i < t.docs.length; i++) {
                if (found.has(t.docs[i])) scores.set(t.docs[i], (scores.get(t.docs[i]) || 0) + t.idf * t.scores[i]);
              }
            });
            return { scores: scores, starts: found };
          });
        });
      });
    });
  }

  /** A run of four Han characters or more. */
  function isHanRun(chunk) {
    return chunk.units.length >= 4 && chunk.units.every(function (u) { return u.kind === 'H'; });
  }

  /** Map doc → sorted start offsets of a chunk in the documents of `among` (SearchEngine.starts):
   *  slot s's terms have a position at the start plus the offset of unit chosen[s]. */
  function starts(index, chunk, chosen, slotTerms, among) {
    return Promise.all(slotTerms.map(function (terms) { return mergedPositions(index, terms, among); })).then(function (slotPositions) {
      return startsFrom(chunk, chosen, slotPositions, among);
    });
  }

  /** Map doc → the set of positions of any of `terms`, in the documents of `among`. */
  function mergedPositions(index, terms, among) {
    return Promise.all(terms.map(function (t) { return index.positions(t); })).then(function (maps) {
      var merged = new Map();
      maps.forEach(function (m) {
        m.forEach(function (list, doc) {
          if (!among.has(doc)) return;
          var set = merged.get(doc);
          if (!set) merged.set(doc, set = new Set());
          list.forEach(function (p) { set.add(p); });
        });
      });
      return merged;
    });
  }

  /** The start offsets of a chunk in the documents of `among`, from each slot's positions. */
  function startsFrom(chunk, chosen, slotPositions, among) {
    var offsets = chosen.map(function (s) { return chunk.units[s].offset; });
    var result = new Map();
    among.forEach(function (doc) {
      var found = [];
      (slotPositions[0].get(doc) || new Set()).forEach(function (p) {
        var start = p - offsets[0];
        if (start < 0) return;
        for (var s = 1; s < chosen.length; s++) {
          var set = slotPositions[s].get(doc);
          if (!set || !set.has(start + offsets[s])) return;
        }
        found.push(start);
      });
      if (found.length) result.set(doc, found.sort(function (a, b) { return a - b; }));
    });
    return result;
  }

  /** The answer from a chunk's pairs (scores) and triples (adjacency, positions). */
  function matchTerms(index, chunk, needStarts, scored, triples) {
    var k = chunk.units.length;
    if (scored.concat(triples).some(function (ts) { return ts.length === 0; })) return null;
    var perSlot = scored.map(bestScores);
    var tripleDocs = triples.map(function (ts) {
      var set = new Set();
      ts.forEach(function (t) { t.docs.forEach(function (d) { set.add(d); }); });
      return set;
    });
    var smallest = perSlot.reduce(function (a, b) { return b.size < a.size ? b : a; });
    var scores = new Map();
    smallest.forEach(function (_, doc) {
      if (!tripleDocs.every(function (set) { return set.has(doc); })) return;
      var total = 0;
      for (var s = 0; s < perSlot.length; s++) {
        var v = perSlot[s].get(doc);
        if (v === undefined) return;
        total += v;
      }
      scores.set(doc, total);
    });
    var result = { scores: scores, starts: null, length: chunkLength(chunk) };
    var han = chunk.units.every(function (u) { return u.kind === 'H'; });
    if (!keepsPositions(chunk) || !(k >= 4 || needStarts) || (han && triples[0][0].common)) return result;
    var chosen = k >= 3 ? cover(k) : [0];
    var among = new Set(scores.keys());
    return starts(index, chunk, chosen, chosen.map(function (s) { return (k >= 3 ? triples : scored)[s]; }), among).then(function (found) {
      scores.forEach(function (_, doc) { if (!found.has(doc)) scores.delete(doc); });
      result.starts = found;
      return result;
    });
  }

  function inSequence(results, doc) {
    var reachable = new Set((results[0].starts && results[0].starts.get(doc)) || []);
    for (var j = 1; j < results.length; j++) {
      var length = results[j - 1].length, next = new Set();
      ((results[j].starts && results[j].starts.get(doc)) || []).forEach(function (q) {
        if (reachable.has(q - length - 1) || reachable.has(q - length - 2)) next.add(q);
      });
      if (!next.size) return false;
      reachable = next;
    }
    return true;
  }

  Object.assign(S, {
    keepsPositions: keepsPositions,
    cover: cover,
    matchChunk: matchChunk,
    inSequence: inSequence
  });
})();
