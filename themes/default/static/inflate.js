/*
 * gzip (RFC 1952) and DEFLATE (RFC 1951) decoding, for browsers without DecompressionStream
 * (Safari before 16.4, Chrome before 80): the search index's shards are gzipped, and
 * search-engine-index.js inflates them with this when the browser cannot. It follows zlib's puff.c:
 * canonical Huffman codes decoded a bit at a time, which is plenty for shards of a few KB.
 * Defines window.PlacardInflate.gunzip(Uint8Array) → Uint8Array; damaged data throws.
 */
(function () {
  'use strict';

  var ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  var LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  var LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
    3073, 4097, 6145, 8193, 12289, 16385, 24577];
  var DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

  function damaged() { return new Error('damaged gzip data'); }

  /** A canonical Huffman code from its code lengths: how many codes of each length, and the
   *  symbols in code order. */
  function huffman(lengths) {
    var count = new Uint16Array(16), offset = new Uint16Array(16), symbol = new Uint16Array(lengths.length);
    for (var s = 0; s < lengths.length; s++) count[lengths[s]]++;
    for (var len = 1; len < 15; len++) offset[len + 1] = offset[len] + count[len];
    for (s = 0; s < lengths.length; s++) if (lengths[s]) symbol[offset[lengths[s]]++] = s;
    return { count: count, symbol: symbol };
  }

  var fixed = (function () {
    var lengths = new Uint8Array(288);
    for (var s = 0; s < 288; s++) lengths[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
    var dist = new Uint8Array(30).fill(5);
    return [huffman(lengths), huffman(dist)];
  })();

  /** The DEFLATE stream in `src` from byte `pos`: {bytes, end} (the byte after it). */
  function inflateRaw(src, pos) {
    var out = new Uint8Array(Math.max(1024, src.length * 4)), size = 0, bitBuffer = 0, bitCount = 0;

    function bits(n) {
      while (bitCount < n) {
        if (pos >= src.length) throw damaged();
        bitBuffer |= src[pos++] << bitCount;
        bitCount += 8;
      }
      var value = bitBuffer & ((1 << n) - 1);
      bitBuffer >>>= n;
      bitCount -= n;
      return value;
    }
    function room(n) {
      if (size + n <= out.length) return;
      var bigger = new Uint8Array(Math.max(out.length * 2, size + n));
      bigger.set(out.subarray(0, size));
      out = bigger;
    }
    function decode(code) {
      var bitsSoFar = 0, first = 0, index = 0;
      for (var len = 1; len < 16; len++) {
        bitsSoFar |= bits(1);
        var count = code.count[len];
        if (bitsSoFar - first < count) return code.symbol[index + bitsSoFar - first];
        index += count;
        first = (first + count) << 1;
        bitsSoFar <<= 1;
      }
      throw damaged();
    }
    function dynamicCodes() {
      var literals = bits(5) + 257, distances = bits(5) + 1, lengthCodes = bits(4) + 4;
      if (literals > 286 || distances > 30) throw damaged();
      var lengths = new Uint8Array(19);
      for (var i = 0; i < lengthCodes; i++) lengths[ORDER[i]] = bits(3);
      var lengthCode = huffman(lengths), all = new Uint8Array(literals + distances), n = 0;
      while (n < all.length) {
        var symbol = decode(lengthCode);
        if (symbol < 16) { all[n++] = symbol; continue; }
        var value = 0, repeat;
        if (symbol === 16) {
          if (n === 0) throw damaged();
          value = all[n - 1];
          repeat = 3 + bits(2);
        } else {
          repeat = symbol === 17 ? 3 + bits(3) : 11 + bits(7);
        }
        if (n + repeat > all.length) throw damaged();
        while (repeat--) all[n++] = value;
      }
      if (!all[256]) throw damaged();
      return [huffman(all.subarray(0, literals)), huffman(all.subarray(literals))];
    }

    var last;
    do {
      last = bits(1);
      var type = bits(2);
      if (type === 0) {
        bitBuffer = 0;
        bitCount = 0; // the rest of the current byte
        if (pos + 4 > src.length) throw damaged();
        var length = src[pos] | (src[pos + 1] << 8), complement = src[pos + 2] | (src[pos + 3] << 8);
        pos += 4;
        if (length !== (~complement & 0xFFFF) || pos + length > src.length) throw damaged();
        room(length);
        out.set(src.subarray(pos, pos + length), size);
        size += length;
        pos += length;
        continue;
      }
      if (type === 3) throw damaged();
      var codes = type === 1 ? fixed : dynamicCodes();
      for (;;) {
        var symbol = decode(codes[0]);
        if (symbol < 256) {
          room(1);
          out[size++] = symbol;
        } else if (symbol === 256) {
          break;
        } else {
          symbol -= 257;
          if (symbol >= 29) throw damaged();
          var copy = LENGTH_BASE[symbol] + bits(LENGTH_EXTRA[symbol]), d = decode(codes[1]);
          if (d >= 30) throw damaged();
          var distance = DIST_BASE[d] + bits(DIST_EXTRA[d]);
          if (distance > size) throw damaged();
          room(copy);
          for (var k = 0; k < copy; k++, size++) out[size] = out[size - distance];
        }
      }
    } while (!last);
    return { bytes: out.subarray(0, size), end: pos };
  }

  var crcTable = null;
  function crc32(bytes) {
    if (!crcTable) {
      crcTable = new Int32Array(256);
      for (var n = 0; n < 256; n++) {
        var c = n;
        for (var k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
        crcTable[n] = c;
      }
    }
    var crc = -1;
    for (var i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xFF] ^ (crc >>> 8);
    return (crc ^ -1) >>> 0;
  }

  /** The bytes of one gzip member, its CRC and length checked. */
  function gunzip(src) {
    if (src.length < 18 || src[0] !== 0x1F || src[1] !== 0x8B || src[2] !== 8) throw damaged();
    var flags = src[3], pos = 10;
    if (flags & 4) pos += 2 + (src[pos] | (src[pos + 1] << 8));
    for (var field = 8; field <= 16; field += 8) {
      if (flags & field) {
        while (pos < src.length && src[pos] !== 0) pos++;
        pos++;
      }
    }
    if (flags & 2) pos += 2;
    var inflated = inflateRaw(src, pos), end = inflated.end, bytes = inflated.bytes;
    if (end + 8 > src.length) throw damaged();
    var word = function (at) { return (src[at] | (src[at + 1] << 8) | (src[at + 2] << 16) | (src[at + 3] << 24)) >>> 0; };
    if (word(end) !== crc32(bytes) || word(end + 4) !== bytes.length >>> 0) throw damaged();
    return bytes;
  }

  window.PlacardInflate = { gunzip: gunzip };
})();
