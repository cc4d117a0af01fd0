#!/usr/bin/env node
// Bytes the search page downloads for each query, measured with the page's own engine
// (themes/default/static/search-engine*.js) reading a built site's index from disk.
//
//   node tools/search-bytes.js public/zh [--counts | --page] [--engine FILE[,FILE...]] 数字 qiqihaer ...
//
// Prints one line a query: hits, bytes of index files fetched besides the entry file and
// the Traditional → Simplified table, and the files. With --counts, the counts beside the
// filters are computed too (as the page does). With --page, what the search page fetches to
// show its first screen: the counts, the first page of results' metas (search.js asks for ten
// at once) and the bodies of the first five whose title and summary show no match (their
// snippets come from the body). tools/search-report.js uses `load` and `measure`.
'use strict';
const fs = require('fs');
const path = require('path');

/** The engine's scripts in the order the search page loads them. */
const defaultEngine = ['search-engine.js', 'search-engine-index.js', 'search-engine-match.js', 'search-engine-answer.js']
  .map((name) => path.join(__dirname, '..', 'themes', 'default', 'static', name)).join(',');
const script = path.join(__dirname, '..', 'themes', 'default', 'static', 'search-script.json');

/** The PlacardSearch object of an engine: its files in load order, separated by commas (an older
 * engine was one file). Each call loads a fresh copy. */
function load(engine) {
  global.window = {};
  global.document = { baseURI: 'file:///' };
  for (const part of (engine || defaultEngine).split(',')) {
    const file = path.resolve(part);
    delete require.cache[require.resolve(file)];
    require(file);
  }
  return global.window.PlacardSearch;
}

/** Results a page of search.js shows at once, and how many of them a phone's first screen shows. */
const PAGE = 10;
const FIRST_SCREEN = 5;

/** {query, hits, bytes, files, script}: what answering `query` fetches from the index in `dir`
 * (`counts`: true, false or 'page', see the head of this file). */
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
  if (counts === 'page') await firstScreen(S, index, query, answer.hits);
  let bytes = 0;
  const files = [];
  for (const [file, size] of fetched) {
    if (file.endsWith('search-index.json') || file === script) continue;
    bytes += size;
    files.push(path.relative(path.join(path.resolve(dir), 'search-index'), file));
  }
  return { query, hits: answer.hits.length, bytes, files: files.length, script: fetched.has(script) ? fetched.get(script) : 0 };
}

/** Fetches what search.js's `render` fetches for the first page of `hits`. */
async function firstScreen(S, index, query, hits) {
  const parsed = S.withSynonyms(index, S.parseQuery(query));
  const page = hits.slice(0, PAGE);
  const metas = await Promise.all(page.map((h) => index.meta(h.doc)));
  for (let i = 0; i < Math.min(FIRST_SCREEN, page.length); i++) {
    const m = metas[i];
    const shown = S.matchRanges(m.title, parsed).length || (m.summary && S.matchRanges(m.summary, parsed).length);
    if (!shown) await index.body(page[i].doc);
  }
}

module.exports = { load, measure };

if (require.main === module) {
  const args = process.argv.slice(2);
  const dir = args.shift();
  const mode = ['--counts', '--page'].includes(args[0]) ? args.shift() : null;
  const counts = mode === '--page' ? 'page' : Boolean(mode);
  // --engine: another engine's files, in load order (an older version, to compare).
  const engine = args[0] === '--engine' ? (args.shift(), args.shift()) : defaultEngine;
  const S = load(engine);
  (async () => {
    for (const query of args) {
      const r = await measure(S, dir, query, counts);
      console.log(`${r.query}\thits ${r.hits}\tbytes ${r.bytes}\tfiles ${r.files}`);
    }
  })().catch((e) => { console.error(e); process.exit(1); });
}
