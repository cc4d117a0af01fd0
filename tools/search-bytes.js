#!/usr/bin/env node
// Bytes the search page downloads for each query, measured with the page's own engine
// (themes/default/static/search-engine.js) reading a built site's index from disk.
//
//   node tools/search-bytes.js public/zh [--counts] [--engine FILE] 数字 qiqihaer ...
//
// Prints one line a query: hits, bytes of index files fetched besides the entry file, and
// the files. With --counts, the counts beside the filters are computed too (as the page does).
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const dir = path.resolve(args.shift());
const counts = args[0] === '--counts' && args.shift();
// --engine: another search-engine.js (an older version, to compare).
const engine = args[0] === '--engine' ? (args.shift(), path.resolve(args.shift()))
  : path.join(__dirname, '..', 'themes', 'default', 'static', 'search-engine.js');
global.window = {};
global.document = { baseURI: 'file://' + dir + '/' };
require(engine);
const S = global.window.PlacardSearch;
const script = path.join(__dirname, '..', 'themes', 'default', 'static', 'search-script.json');

async function measure(query) {
  const fetched = new Map();
  const fetcher = (url, type) => {
    const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
    const data = fs.readFileSync(file);
    fetched.set(file, data.length);
    return Promise.resolve(type === 'json' ? JSON.parse(data.toString('utf8')) : data.buffer.slice(data.byteOffset, data.byteOffset + data.length));
  };
  const index = new S.Index('file://' + path.join(dir, 'search-index.json'), fetcher, 'file://' + script);
  const answer = S.answer ? await S.answer(index, query, {}, Boolean(counts)) : { hits: await S.search(index, query, {}) };
  let bytes = 0;
  const files = [];
  for (const [file, size] of fetched) {
    if (file.endsWith('search-index.json') || file === script) continue;
    bytes += size;
    files.push(path.basename(file));
  }
  return { query, hits: answer.hits.length, bytes, files: files.length };
}

(async () => {
  for (const query of args) {
    const r = await measure(query);
    console.log(`${r.query}\thits ${r.hits}\tbytes ${r.bytes}\tfiles ${r.files}`);
  }
})().catch((e) => { console.error(e); process.exit(1); });
