/*
 * Placard search engine, part 2 of 4: reading one language's index (docs/search.md §7) from
 * its entry file and shards, fetched lazily, as SearchIndexReader does in Swift.
 */
(function () {
  'use strict';
  var S = window.PlacardSearch = window.PlacardSearch || {};
  var compareKeys = S.compareKeys,
    useScriptTable = S.useScriptTable,
    hasScriptTable = S.hasScriptTable;

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
        if (e.format !== 'placard-search' || e.version !== 12) throw new Error('unsupported search index');
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
    if (hasScriptTable() || !this.scriptTable || !/[\u3400-\uffff\ud800-\udfff]/.test(text)) return Promise.resolve();
    return this.file(this.scriptTable, 'json').then(function (table) { if (!hasScriptTable()) useScriptTable(table); });
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
      this.decoded.set(name, this.file('search-index/t/' + i + '.bin.gz', 'bin').then(function (buffer) {
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
          term.listPromise = self.file('search-index/l/' + term.list + '.bin.gz', 'bin').then(function (buffer) {
            decodePostings(term, new Uint8Array(buffer, term.listOffset, term.listLength), 'l/' + term.list);
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
    return this.file('search-index/p/' + term.posShard + '.bin', 'bin').then(function (buffer) {
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
    return this.file('search-index/m/' + Math.floor(doc / per) + '.json.gz', 'json').then(function (a) { return a[doc % per]; });
  };

  Index.prototype.body = function (doc) {
    var per = this.e.docsPerBodyShard;
    return this.file('search-index/b/' + Math.floor(doc / per) + '.json.gz', 'json').then(function (a) { return a[doc % per]; });
  };

  Object.assign(S, {
    Index: Index
  });
})();
