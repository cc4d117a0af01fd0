#!/usr/bin/env node
// Bytes the search page downloads for each query, measured with the page's own engine
// (themes/default/static/search-engine.js) reading a built site's index from disk.
//
//   node tools/search-bytes.js public/zh [--counts] [--engine FILE] 数字 qiqihaer ...
//
// Prints one line a query: hits, bytes of index files fetched besides the entry file and
// the Traditional → Simplified table, and the files. With --counts, the counts beside the
// filters are computed too (as the page does). tools/search-report.js uses `load` and `measure`.
'use strict';
const fs = require('fs');
const path = require('path');

const defaultEngine = path.join(__dirname, '..', 'themes', 'default', 'static', 'search-engine.js');
const script = path.join(__dirname, '..', 'themes', 'default', 'static', 'search-script.json');

/** The PlacardSearch object of an engine file (each call loads a fresh copy). */
function load(engine) {
  global.window = {};
  global.document = { baseURI: 'file:///' };
  const file = path.resolve(engine || defaultEngine);
  delete require.cache[require.resolve(file)];
  require(file);
  return global.window.PlacardSearch;
}

/** {query, hits, bytes, files, script}: what answering `query` fetches from the index in `dir`. */
async function measure(S, dir, query, counts) {
  const fetched = new Map();
  const fetcher = (url) => {
    const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
    const data = fs.readFileSync(file);
    fetched.set(file, data.length);
    return Promise.resolve(data.buffer.slice(data.byteOffset, data.byteOffset + data.length));
  };
  const index = new S.Index('file://' + path.join(path.resolve(dir), 'search-index.json'), fetcher, 'file://' + script);
  const answer = S.answer ? await S.answer(index, query, {}, Boolean(counts)) : { hits: await S.search(index, query, {}) };
  let bytes = 0;
  const files = [];
  for (const [file, size] of fetched) {
    if (file.endsWith('search-index.json') || file === script) continue;
    bytes += size;
    files.push(path.basename(file));
  }
  return { query, hits: answer.hits.length, bytes, files: files.length, script: fetched.has(script) ? fetched.get(script) : 0 };
}

module.exports = { load, measure };

if (require.main === module) {
  const args = process.argv.slice(2);
  const dir = args.shift();
  const counts = args[0] === '--counts' && args.shift();
  // --engine: another search-engine.js (an older version, to compare).
  const engine = args[0] === '--engine' ? (args.shift(), args.shift()) : defaultEngine;
  const S = load(engine);
  (async () => {
    for (const query of args) {
      const r = await measure(S, dir, query, counts);
      console.log(`${r.query}\thits ${r.hits}\tbytes ${r.bytes}\tfiles ${r.files}`);
    }
  })().catch((e) => { console.error(e); process.exit(1); });
}
