/*
 * Placard search engine: the query side of the index described in docs/search.md.
 * Folding, units, query chunks and the answering algorithm mirror
 * Sources/PlacardCore/Search (SearchFolding, SearchUnit, SearchQuery, SearchEngine);
 * Tests/vectors/search-tokenizer.json checks both sides agree.
 * Vanilla JavaScript, no dependencies, no DOM: it defines window.PlacardSearch, which the
 * search page (search.js) and the browser tests use.
 */
(function () {
  'use strict';

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

  // ---- Reading the index ----------------------------------------------------------------
  var utf8 = new TextDecoder();

  function Reader(bytes) { this.b = bytes; this.i = 0; }
  Reader.prototype.varint = function () {
    var result = 0, scale = 1, byte;
    do {
      if (this.i >= this.b.length) throw new Error('truncated index');
      byte = this.b[this.i++];
      result += (byte & 0x7F) * scale;
      scale *= 128;
    } while (byte & 0x80);
    return result;
  };

  /** A join term's head whose table holds more tails than this lists them as plain ordinals
   *  (SearchIndexFormat.largeHeadTable). */
  var LARGE_HEAD_TABLE = 64;

  /** One language's index, fetched lazily relative to the entry file's URL; `scriptTable` is
   *  the URL of search-script.json (Traditional → Simplified folding). */
  function Index(entryURL, fetcher, scriptTable) {
    this.entryURL = new URL(entryURL, document.baseURI).href;
    this.scriptTable = scriptTable ? new URL(scriptTable, document.baseURI).href : null;
    // `fetcher(url)` resolves to the file's bytes, an ArrayBuffer (tests and tools read from disk).
    this.fetcher = fetcher || function (url) {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
        return r.arrayBuffer();
      });
    };
    this.files = new Map();
    this.decoded = new Map();
  }

  /** A file of the index: an ArrayBuffer, or the value of a JSON file; `.gz` files inflated. */
  Index.prototype.file = function (path, type) {
    var url = new URL(path, this.entryURL).href;
    if (!this.files.has(url)) {
      this.files.set(url, this.fetcher(url).then(function (buffer) {
        return /\.gz$/.test(url) ? gunzipped(buffer, url) : buffer;
      }).then(function (buffer) {
        return type === 'json' ? JSON.parse(new TextDecoder().decode(buffer)) : buffer;
      }));
    }
    return this.files.get(url);
  };

  /** The bytes of a gzipped shard, inflated by the browser's DecompressionStream or, where there
   *  is none, by inflate.js. Bytes that are not gzip are a shard a server already inflated (it
   *  sent the `.gz` file with `Content-Encoding: gzip`), as are bytes that do not inflate. */
  function gunzipped(buffer, url) {
    var bytes = new Uint8Array(buffer);
    if (!(bytes.length >= 18 && bytes[0] === 0x1F && bytes[1] === 0x8B)) return Promise.resolve(buffer);
    var inflated;
    if (typeof DecompressionStream === 'function') {
      inflated = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    } else if (window.PlacardInflate) {
      inflated = new Promise(function (resolve) {
        var out = window.PlacardInflate.gunzip(bytes);
        resolve(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength));
      });
    } else {
      return Promise.reject(new Error(url + ': this browser cannot inflate gzip (inflate.js is missing)'));
    }
    return inflated.catch(function () { return buffer; });
  }

  Index.prototype.entry = function () {
    var self = this;
    if (!this.entryPromise) {
      this.entryPromise = this.file(this.entryURL, 'json').then(function (e) {
        if (e.format !== 'placard-search' || e.version !== 10) throw new Error('unsupported search index');
        e.terms.first = shardKeys(e.terms.keys);
        self.e = e;
        return e;
      });
    }
    return this.entryPromise;
  };

  /** Resolves once folding `text` gives its final answer: the Traditional → Simplified table
   *  is fetched the first time a text holds a character from the CJK blocks on. */
  Index.prototype.ready = function (text) {
    if (simplified || !this.scriptTable || !/[\u3400-\uffff\ud800-\udfff]/.test(text)) return Promise.resolve();
    return this.file(this.scriptTable, 'json').then(function (table) { if (!simplified) useScriptTable(table); });
  };

  /** The term shards' separators from the entry file's front-coded `keys` (SearchShardKeys):
   *  lines of one code point (U+0030 plus the code points shared with the key before) and the rest. */
  function shardKeys(text) {
    var previous = [];
    return text.split('\n').map(function (line) {
      var points = Array.from(line), shared = points[0].codePointAt(0) - 0x30;
      if (!(shared >= 0 && shared <= previous.length)) throw new Error('damaged search index');
      previous = previous.slice(0, shared).concat(points.slice(1));
      return previous.join('');
    });
  }

  Index.prototype.shardFor = function (key) {
    var first = this.e.terms.first, lo = 0, hi = first.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (compareKeys(key, first[mid]) < 0) hi = mid - 1; else lo = mid;
    }
    return lo;
  };

  Index.prototype.termShard = function (i) {
    var self = this, name = 't' + i;
    if (!this.decoded.has(name)) {
      this.decoded.set(name, this.file('search-index/t-' + i + '.bin.gz', 'bin').then(function (buffer) {
        var r = new Reader(new Uint8Array(buffer)), count = r.varint(), terms = new Map();
        var keyBytes = new Uint8Array(0);
        for (var n = 0; n < count; n++) {
          // Front-coded: bytes shared with the key before, then the rest.
          var shared = r.varint(), rest = r.varint();
          if (shared > keyBytes.length || r.i + rest > r.b.length) throw new Error('damaged index shard ' + i);
          var next = new Uint8Array(shared + rest);
          next.set(keyBytes.subarray(0, shared));
          next.set(r.b.subarray(r.i, r.i + rest), shared);
          r.i += rest;
          keyBytes = next;
          var key = utf8.decode(keyBytes);
          var term = { key: key, df: r.varint(), idf: r.varint(), posShard: -1, posOffset: 0, posLength: 0, list: -1 };
          var flags = r.varint();
          term.scored = (flags & 1) !== 0;
          term.common = (flags & 4) !== 0;
          term.alias = (flags & 8) !== 0;
          // A join term's tail (64) or head (128): its postings start with its ordinal or its table.
          term.join = flags & 192;
          if (flags & 2) { term.posShard = r.varint(); term.posOffset = r.varint(); term.posLength = r.varint(); }
          if (flags & 32) { term.posLength = r.varint(); term.inline = r.b.subarray(r.i, r.i + term.posLength); r.i += term.posLength; }
          if (flags & 16) {
            // Postings in a list shard, read when asked for (Index.prototype.term).
            term.list = r.varint(); term.listOffset = r.varint(); term.listLength = r.varint();
            term.docs = null;
          } else {
            var length = r.varint();
            decodePostings(term, r.b.subarray(r.i, r.i + length), i);
            r.i += length;
          }
          terms.set(key, term);
        }
        return terms;
      }));
    }
    return this.decoded.get(name);
  };

  function decodePostings(term, bytes, where) {
    var r = new Reader(bytes), doc = 0;
    if (term.join === 64) {
      term.tailOrdinal = r.varint();
      term.docs = [];
      term.scores = [];
      if (r.i !== bytes.length || term.df) throw new Error('damaged index shard ' + where);
      return;
    }
    if (term.join === 128) {
      term.headTable = [];
      // Its tails' ordinals: as they are in a large table (those most documents name first),
      // else as deltas (SearchJoinTerms.head).
      var count = r.varint(), large = count > LARGE_HEAD_TABLE;
      for (var t = 0, ordinal = 0; t < count; t++) {
        ordinal = (large ? 0 : ordinal) + r.varint();
        term.headTable.push(ordinal);
      }
      if (!term.headTable.length) throw new Error('damaged index shard ' + where);
    }
    term.docs = new Array(term.df);
    term.scores = new Array(term.df);
    var table = term.headTable;
    if (table) term.tails = new Array(term.df);
    for (var k = 0; k < term.df; k++) {
      doc += r.varint();
      term.docs[k] = doc;
      term.scores[k] = term.scored ? r.b[r.i++] : 0;
      if (!table) continue;
      if (table.length === 1) { term.tails[k] = [table[0]]; continue; }
      // The first tail's index, shifted, its low bit set when more follow (SearchJoinTerms.head).
      var first = r.varint(), index = Math.floor(first / 2), indices = [index];
      if (first % 2) for (var n = r.varint(); n > 0; n--) { index += r.varint(); indices.push(index); }
      if (index >= table.length) throw new Error('damaged index shard ' + where);
      term.tails[k] = indices.map(function (i) { return table[i]; });
    }
    if (r.i !== bytes.length) throw new Error('damaged index shard ' + where);
  }

  /** The term with this key (null when the index has none), with its postings unless
   *  `recordOnly`: then a term whose postings live in a list shard (flag 16) has docs null.
   *  A long gram marked as an alias (flag 8) has the postings of the key one character shorter. */
  Index.prototype.term = function (key, recordOnly) {
    var self = this;
    return this.termShard(this.shardFor(key)).then(function (terms) {
      var term = terms.get(key) || null;
      if (term && !term.docs && !recordOnly) {
        if (!term.listPromise) {
          term.listPromise = self.file('search-index/l-' + term.list + '.bin.gz', 'bin').then(function (buffer) {
            decodePostings(term, new Uint8Array(buffer, term.listOffset, term.listLength), 'l-' + term.list);
            return term;
          });
        }
        return term.listPromise;
      }
      return term;
    }).then(function (term) {
      if (!term || !term.alias || term.docs.length) return term;
      var points = Array.from(key);
      if (points.length <= 4) throw new Error('damaged index: ' + key);
      return self.term(points.slice(0, -1).join('')).then(function (shorter) {
        if (!shorter) throw new Error('damaged index: ' + key);
        term.docs = shorter.docs;
        term.scores = shorter.scores;
        return term;
      });
    });
  };

  Index.prototype.termsWithPrefix = function (prefix, accept) {
    var self = this, first = this.e.terms.first, result = [];
    function from(i) {
      return self.termShard(i).then(function (terms) {
        var keys = [];
        terms.forEach(function (t, key) { if (key.startsWith(prefix) && accept(key)) keys.push(key); });
        return Promise.all(keys.map(function (key) { return self.term(key); }));
      }).then(function (found) {
        found.forEach(function (t) { result.push(t); });
        if (i + 1 < first.length && first[i + 1].startsWith(prefix)) return from(i + 1);
        return result;
      });
    }
    return from(this.shardFor(prefix));
  };

  /** [low, high]: the ordinals of the join terms' tails that start with `prefix`, or null
   *  (SearchIndexReader.tailOrdinals): consecutive, so read from the first and the last. */
  Index.prototype.tailOrdinals = function (prefix) {
    var self = this, first = this.e.terms.first, s0 = this.shardFor(prefix), s1 = s0;
    while (s1 + 1 < first.length && first[s1 + 1].startsWith(prefix)) s1++;
    function tails(i) {
      return self.termShard(i).then(function (terms) {
        var found = [];
        terms.forEach(function (t, key) {
          if (!key.startsWith(prefix)) return;
          if (t.tailOrdinal === undefined) throw new Error('damaged index: ' + key);
          found.push(t.tailOrdinal);
        });
        return found;
      });
    }
    return Promise.all([tails(s0), tails(s1)]).then(function (both) {
      if (!both[0].length && s1 > s0) return tails(s0 + 1).then(function (next) { return [next, both[1]]; });
      return both;
    }).then(function (both) {
      if (!both[0].length || !both[1].length) return null;
      var low = both[0][0], high = both[1][both[1].length - 1];
      if (low > high) throw new Error('damaged index: ' + prefix);
      return [low, high];
    });
  };

  /** Map doc → sorted start offsets of a term. */
  Index.prototype.positions = function (term) {
    if (term.positionsPromise) return term.positionsPromise;
    // A join term's head interleaves its tails with the offsets.
    if (term.tails) {
      term.positionsPromise = this.occurrences(term).then(function (found) {
        var map = new Map();
        found.forEach(function (list, doc) { map.set(doc, list.map(function (o) { return o[0]; })); });
        return map;
      });
      return term.positionsPromise;
    }
    term.positionsPromise = this.positionBlock(term).then(function (block) {
      var r = new Reader(block), map = new Map();
      term.docs.forEach(function (doc) {
        var count = r.varint(), list = new Array(count), value = 0;
        for (var k = 0; k < count; k++) { value += r.varint(); list[k] = value; }
        map.set(doc, list);
      });
      return map;
    });
    return term.positionsPromise;
  };

  /** A term's position block: inline, or from its position shard. */
  Index.prototype.positionBlock = function (term) {
    if (term.inline) return Promise.resolve(term.inline);
    return this.file('search-index/p-' + term.posShard + '.bin', 'bin').then(function (buffer) {
      return new Uint8Array(buffer, term.posOffset, term.posLength);
    });
  };

  /** Map doc → [offset, ordinal of the tail before it] of a term (SearchIndexReader.occurrences):
   *  the ordinal for a join term's head, else 0. */
  Index.prototype.occurrences = function (term) {
    if (term.occurrencesPromise) return term.occurrencesPromise;
    var bytes = this.positionBlock(term);
    term.occurrencesPromise = bytes.then(function (block) {
      var r = new Reader(block), map = new Map();
      term.docs.forEach(function (doc, d) {
        var count = r.varint(), list = new Array(count), value = 0, tails = term.tails ? term.tails[d] : [0];
        for (var k = 0; k < count; k++) {
          value += r.varint();
          var index = tails.length > 1 ? r.varint() : 0;
          if (index >= tails.length) throw new Error('damaged index: ' + term.key);
          list[k] = [value, tails[index]];
        }
        map.set(doc, list);
      });
      return map;
    });
    return term.occurrencesPromise;
  };

  Index.prototype.meta = function (doc) {
    var per = this.e.docsPerMetaShard;
    return this.file('search-index/m-' + Math.floor(doc / per) + '.json.gz', 'json').then(function (a) { return a[doc % per]; });
  };

  Index.prototype.body = function (doc) {
    var per = this.e.docsPerBodyShard;
    return this.file('search-index/b-' + Math.floor(doc / per) + '.json.gz', 'json').then(function (a) { return a[doc % per]; });
  };

  // ---- Answering a query ----------------------------------------------------------------
  /** A lone word, or three units or more: the chunks whose start offsets the index can tell. */
  function keepsPositions(chunk) { return chunk.units.length >= 3 || chunk.units[0].kind === 'W'; }

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
  var MAX_LONG_GRAM = 64;

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
   *  MAX_LONG_GRAM characters each, starting at 0, 64, 128, … and at k − 64. */
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

  // ---- Pinyin (SearchPinyinQuery, SearchEngine+Pinyin) ------------------------------------
  /** A folded Latin query read as pinyin: {full: [[syllable]], prefix, initials: [letter]}. */
  function pinyinQuery(folded, syllables) {
    var none = { full: [], prefix: false, initials: [] };
    if (!/^[a-z '\u0027]*$/.test(folded)) return none;
    var pieces = folded.split(/[ ']/).filter(Boolean), joined = pieces.join('');
    if (joined.length < 2 || joined.length > 30) return none;
    var prefix = !/[ ']$/.test(folded), starts = new Set(), beginnings = new Set();
    syllables.forEach(function (s) { starts.add(s[0]); for (var n = 1; n <= s.length; n++) beginnings.add(s.slice(0, n)); });
    // Initials only when the letters do not cut into whole syllables (yanglao is yang lao).
    var whole = pieces.every(function (piece) {
      var reachable = [true];
      for (var i = 0; i < piece.length; i++) {
        if (!reachable[i]) continue;
        for (var n = 1; n <= Math.min(6, piece.length - i); n++) if (syllables.has(piece.slice(i, i + n))) reachable[i + n] = true;
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
        var head = rest.slice(0, n);
        if (syllables.has(head) || (prefix && last && n === rest.length && beginnings.has(head))) cut(piece, rest.slice(n), done.concat([head]));
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

  window.PlacardSearch = { fold: fold, units: units, parseQuery: parseQuery, pairKey: pairKey, compareKeys: compareKeys,
    scalarClass: scalarClass, Index: Index, search: search, answer: answer, chosenValues: chosenValues, pinyinQuery: pinyinQuery, withSynonyms: withSynonyms, matchRanges: matchRanges };
})();
