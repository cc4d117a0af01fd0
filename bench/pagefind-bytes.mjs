#!/usr/bin/env node
// Bytes a Pagefind search page downloads for a visitor's first query, measured by running the
// bundle's own pagefind.js (and its WASM) under Node with `fetch` answered from disk.
//
//   node bench/pagefind-bytes.mjs SITE LANGUAGE QUERY...      e.g. public zh-cn 养老 数字鸿沟
//
// Each query runs in a fresh copy of the bundle, as on a fresh visit, and prints one line: results,
// the bytes of that first query (pagefind.js, entry, language meta and WASM, loaded once a visit,
// plus the index chunks, filters and the fragments of the first RESULTS results, 5 by default as
// Pagefind's UI shows them) and the files. VERBOSE=1 lists the files.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [site, language, ...queries] = process.argv.slice(2);
if (!site || !language) {
  console.error('usage: node bench/pagefind-bytes.mjs SITE LANGUAGE QUERY...');
  process.exit(2);
}
const root = path.resolve(site);
const shown = Number(process.env.RESULTS || 5);
const script = path.join(root, 'pagefind', 'pagefind.js');
let fetched = [];

// Every request the bundle makes goes to /pagefind/...: served from SITE, counted.
globalThis.fetch = async (input) => {
  const url = new URL(typeof input === 'string' ? input : input.url, 'http://localhost/');
  const file = path.join(root, decodeURIComponent(url.pathname));
  const data = fs.readFileSync(file);
  fetched.push({ file: path.relative(root, file), bytes: data.length });
  return new Response(data, { status: 200 });
};

const session = (f) => !/\/(index|filter|fragment)\//.test(f.file);
const sum = (files) => files.reduce((total, f) => total + f.bytes, 0);

for (const [n, query] of queries.entries()) {
  fetched = [{ file: 'pagefind/pagefind.js', bytes: fs.statSync(script).size }];
  // A query string gives a fresh module instance: nothing cached from the previous query.
  const pagefind = await import(pathToFileURL(script).href + '?visit=' + n);
  await pagefind.options({ basePath: '/pagefind/', language });
  const search = await pagefind.search(query);
  await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
  const start = fetched.filter(session), own = fetched.filter((f) => !session(f));
  console.log(`${query}\thits ${search.results.length}\tbytes ${sum(fetched)}\tfiles ${fetched.length}\t(session start ${sum(start)}, query ${sum(own)} in ${own.length} files)`);
  if (process.env.VERBOSE) for (const f of fetched) console.log(`  ${f.bytes}\t${f.file}`);
  await pagefind.destroy();
}
