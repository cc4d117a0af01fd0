#!/usr/bin/env node
// Checks the download bound of docs/search.md §6 on a built site: every run of 4 to 12 Chinese
// characters (a long gram) and every joined chunk fetches at most twice what the two-character
// query 数字 fetches; a longer run, read from its windows of 12, at most twice that a window
// (`--flat`: twice 数字 for every query, the bound of index versions 7 to 10).
//
//   node tools/search-bound.js SITE/zh [--docs N] [--ratio R] [--flat] [--engine FILE[,FILE...]]
//
// Queries are runs of Han characters of 4, 5, 6, 8, 12, 16, 17, 18, 25, 32 and 40 characters
// taken from the bodies of N documents spread over the site (default 40; the body shards are
// the index's own stored text), each also with its last character replaced by its first (mostly
// absent), and ("joined") the first two runs of four or more in each body that one punctuation
// mark joins (a sentence pasted with its comma), that with its last character replaced, and
// the three runs when a third follows so. Each is answered by the page's engine (tools/search-bytes.js) with a fresh index.
// Prints the worst queries per length and exits 1 when one fetches more than R (default 2)
// times 数字's bytes (for a run of more than 12 characters, times its windows). Meant for sites of a few thousand documents or more, where 数字's
// postings have a list shard of their own; on a small site every term shard is a whole 8 KB
// (below `SearchIndexFormat.everyRunUnits` every run is a long gram, and reads one; a joined
// chunk reads two or three, at about twice 数字).
'use strict';
const fs = require('fs');
const zlib = require('zlib');
const path = require('path');
const { load, measure } = require('./search-bytes.js');

const args = process.argv.slice(2);
const dir = path.resolve(args.shift() || 'public/zh');
let sample = 40, ratio = 2, engine = null, flat = false;
while (args.length) {
  const a = args.shift();
  if (a === '--docs') sample = Number(args.shift());
  else if (a === '--ratio') ratio = Number(args.shift());
  else if (a === '--flat') flat = true;
  else if (a === '--engine') engine = args.shift();
  else { console.error('unknown argument ' + a); process.exit(2); }
}
const lengths = [4, 5, 6, 8, 12, 16, 17, 18, 25, 32, 40];

function isHan(cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
    (cp >= 0x20000 && cp <= 0x3FFFF);
}

/** Whether runs `a` and `b` (of four characters or more) sit either side of one punctuation mark. */
function joined(a, b, points) {
  return a.length >= 4 && b.length >= 4 && b.start === a.end + 1 && /^[\p{P}\p{S}]$/u.test(points[a.end]);
}

/** The bodies of `sample` documents spread evenly over the site. */
function bodies() {
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'search-index.json'), 'utf8'));
  const result = [];
  for (let s = 0; s < sample; s++) {
    const doc = Math.floor((s * entry.documents) / sample);
    const file = path.join(dir, 'search-index', 'b', Math.floor(doc / entry.docsPerBodyShard) + '.json.gz');
    const shard = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'));
    result.push(shard[doc % entry.docsPerBodyShard] || '');
  }
  return result;
}

/** Per length, runs of Han characters from the bodies (the first of that length in each
 *  maximal run that is long enough, one a document), and each with its last character changed. */
function queries() {
  const byLength = new Map(lengths.map((n) => [n, new Set()]).concat([['joined', new Set()]]));
  for (const body of bodies()) {
    const points = Array.from(body);
    const runs = [];
    for (let i = 0; i < points.length;) {
      if (!isHan(points[i].codePointAt(0))) { i++; continue; }
      let end = i;
      while (end < points.length && isHan(points[end].codePointAt(0))) end++;
      const run = points.slice(i, end);
      run.start = i;
      run.end = end;
      runs.push(run);
      i = end;
    }
    // Two and three runs joined by single punctuation marks (a sentence pasted with its commas).
    for (let r = 0; r + 1 < runs.length; r++) {
      if (!joined(runs[r], runs[r + 1], points)) continue;
      const two = runs[r].concat([points[runs[r].end]], runs[r + 1]);
      byLength.get('joined').add(two.join(''));
      byLength.get('joined').add(two.slice(0, -1).concat([two[0]]).join(''));
      if (r + 2 < runs.length && joined(runs[r + 1], runs[r + 2], points)) {
        byLength.get('joined').add(two.concat([points[runs[r + 1].end]], runs[r + 2]).join(''));
      }
      break;
    }
    for (const n of lengths) {
      const run = runs.find((r) => r.length >= n);
      if (!run) continue;
      const at = Math.floor((run.length - n) / 2);
      const q = run.slice(at, at + n);
      byLength.get(n).add(q.join(''));
      byLength.get(n).add(q.slice(0, -1).concat([q[0]]).join(''));
    }
  }
  return byLength;
}

async function main() {
  const S = load(engine);
  const base = await measure(S, dir, '数字');
  const limit = ratio * base.bytes;
  // Windows of a run of k characters (SearchEngine.windows: ⌈k/12⌉, SearchIndexFormat.maxLongGram).
  const windows = (k) => (flat || !(k > 12) ? 1 : Math.ceil(k / 12));
  console.log(`数字: ${base.hits} hits, ${(base.bytes / 1024).toFixed(1)} KB in ${base.files} files; limit ${(limit / 1024).toFixed(1)} KB` +
    (flat ? '' : ' (a window, for runs over 12)'));
  console.log('');
  console.log('| characters | queries | present | worst | its hits | its files | over the limit |');
  console.log('|---:|---:|---:|---|---:|---:|---:|');
  let failures = 0;
  for (const [n, set] of queries()) {
    let worst = null, present = 0, over = 0;
    for (const q of set) {
      const m = await measure(S, dir, q);
      if (m.hits) present++;
      if (m.bytes > limit * windows(Number(n))) { over++; console.error(`over: ${q} ${m.hits} hits ${(m.bytes / 1024).toFixed(1)} KB in ${m.files} files`); }
      if (!worst || m.bytes > worst.bytes) worst = m;
    }
    failures += over;
    if (worst) {
      console.log(`| ${n} | ${set.size} | ${present} | ${worst.query} ${(worst.bytes / 1024).toFixed(1)} KB | ${worst.hits} | ${worst.files} | ${over} |`);
    }
  }
  process.exitCode = failures ? 1 : 0;
}

main().catch((e) => { console.error(e); process.exit(2); });
