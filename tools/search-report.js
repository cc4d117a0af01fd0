#!/usr/bin/env node
// What the search index of a built site weighs, feature by feature, and what queries download.
//
//   node tools/search-report.js SITE/zh [--before OLD/zh [--before-engine OLD-ENGINE-FILES]] [QUERY ...]
//
// Prints Markdown: the index files by kind; the bytes each feature adds to the index
// (pinyin, filters, long grams, join terms, synonyms, the Traditional → Simplified table) and to a
// query; and a table of queries with hits and bytes, beside an older build's (--before,
// answered with the engine of that build, --before-engine: its files in load order, separated by
// commas) when given. Without queries it
// uses a default set for the bilingual demo and benchmark sites (Traditional, pinyin,
// initials, synonym, Chinese of 2 to 13 characters, English).
'use strict';
const fs = require('fs');
const zlib = require('zlib');
const path = require('path');
const { load, measure } = require('./search-bytes.js');

const args = process.argv.slice(2);
const dir = path.resolve(args.shift() || 'public/zh');
let before = null, beforeEngine = null;
const queries = [];
while (args.length) {
  const a = args.shift();
  if (a === '--before') before = path.resolve(args.shift());
  else if (a === '--before-engine') beforeEngine = args.shift();
  else queries.push(a);
}
const defaults = [
  ['2 characters', '数字'], ['4 characters', '数字素养'], ['7 characters', '数字素养与技能'],
  ['11 characters (the campaign)', '全民数字素养与技能提升'], ['13 characters', '全民数字素养与技能提升行动'],
  ['8 characters, rare ends, common inner triples', '由区融媒体中心统'], ['4 characters, absent', '数字素质'],
  ['5 characters, every triple rare', '大学与齐齐'], ['6 characters, absent, every triple rare', '参加全民传周'],
  ['18 characters', '省总工会与成都市多家单位签订合作协议'], 
  ['25 characters', '数字素养与技能培训基地与遂宁市多家单位签订合作协议'],
  ['a sentence with its comma', '为让退役军人真正跨越数字鸿沟，区融媒体中心还编印了图文并茂的操作手册'], ['Traditional', '數字鴻溝'], ['Simplified', '数字鸿沟'],
  ['full pinyin', 'shuzi'], ['full pinyin, 4 syllables', 'shuzisuyang'], ['initials', 'sz'],
  ['initials, 4 letters', 'szsy'], ['synonym (长者 → 老年人)', '长者'], ['the synonym\'s word', '老年人'],
  ['English word', 'digital'], ['two chunks', '数字 素养'],
];
const list = queries.length ? queries.map((q) => ['', q]) : defaults;

function varint(b, at) {
  let result = 0, scale = 1, byte;
  do { byte = b[at.i++]; result += (byte & 0x7F) * scale; scale *= 128; } while (byte & 0x80);
  return result;
}

function isHan(cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
    (cp >= 0x20000 && cp <= 0x3FFFF) || cp === 0x3005 || cp === 0x3007;
}

/** What a dictionary key is. */
function category(key) {
  if (key[0] === '\u0001') return 'filters';
  if (key[0] === '\u0002') return 'pinyin (full)';
  if (key[0] === '\u0003') return 'pinyin (initials)';
  if (key[0] === '\u0004' || key[0] === '\u0005') return 'join terms';
  const points = Array.from(key);
  if (points.length >= 4 && points.every((c) => isHan(c.codePointAt(0)))) return 'long grams';
  return 'text terms';
}

/** Bytes of term records and of position blocks by category, over every term shard. */
function dictionary(site) {
  const folder = path.join(site, 'search-index');
  const sizes = new Map();
  const add = (c, field, n) => {
    if (!sizes.has(c)) sizes.set(c, { terms: 0, records: 0, positions: 0, lists: 0 });
    sizes.get(c)[field] += n;
  };
  const utf8 = new TextDecoder();
  for (const name of fs.readdirSync(folder)) {
    if (!/^t-\d+\.bin\.gz$/.test(name)) continue;
    const b = zlib.gunzipSync(fs.readFileSync(path.join(folder, name))), at = { i: 0 };
    const count = varint(b, at);
    let keyBytes = Buffer.alloc(0);
    for (let n = 0; n < count; n++) {
      // Keys are front-coded: bytes shared with the key before, then the rest.
      const start = at.i, shared = varint(b, at), rest = varint(b, at);
      keyBytes = Buffer.concat([keyBytes.subarray(0, shared), b.subarray(at.i, at.i + rest)]);
      const key = utf8.decode(keyBytes);
      at.i += rest;
      varint(b, at); varint(b, at);
      const flags = varint(b, at);
      let positions = 0, list = 0;
      if (flags & 2) { varint(b, at); varint(b, at); positions = varint(b, at); }
      // Version 5: positions inline (32), postings in a list shard (16).
      if (flags & 32) { positions = varint(b, at); at.i += positions; }
      if (flags & 16) { varint(b, at); varint(b, at); list = varint(b, at); } else { const n = varint(b, at); at.i += n; }
      const c = category(key);
      add(c, 'terms', 1);
      add(c, 'records', at.i - start);
      add(c, 'positions', positions);
      add(c, 'lists', list);
    }
  }
  return sizes;
}

function files(site) {
  // A kind's shards are in its folder (`t/0.bin.gz`, version 12) or, in an older index, named
  // after it (`t-0.bin.gz`).
  const kinds = { t: 'term shards', p: 'position shards', l: 'list shards', m: 'meta shards', b: 'body shards' };
  const result = {};
  const count = (name, file) => {
    const kind = /^[a-z][-/]/.test(name) ? kinds[name[0]] || 'other' : 'other';
    result[kind] = result[kind] || { files: 0, bytes: 0 };
    result[kind].files += 1;
    result[kind].bytes += fs.statSync(file).size;
  };
  const folder = path.join(site, 'search-index');
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    if (fs.statSync(file).isDirectory()) {
      for (const inner of fs.readdirSync(file)) count(name + '/' + inner, path.join(file, inner));
    } else {
      count(name, file);
    }
  }
  result['entry file'] = { files: 1, bytes: fs.statSync(path.join(site, 'search-index.json')).size };
  return result;
}

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const mb = (n) => (n >= 1048576 ? (n / 1048576).toFixed(1) + ' MiB' : kb(n));

async function main() {
  const out = [];
  const sites = before ? [['after', dir], ['before', before]] : [['', dir]];
  out.push('## Index files\n');
  out.push('| | ' + sites.map((s) => s[0] || 'bytes').join(' | ') + ' |');
  out.push('|---|' + sites.map(() => '---:|').join(''));
  const perSite = sites.map((s) => files(s[1]));
  const kinds = Array.from(new Set(perSite.flatMap((f) => Object.keys(f))));
  let totals = sites.map(() => [0, 0]);
  for (const kind of kinds) {
    out.push(`| ${kind} | ` + perSite.map((f, i) => {
      const v = f[kind] || { files: 0, bytes: 0 };
      totals[i][0] += v.files; totals[i][1] += v.bytes;
      return `${mb(v.bytes)} in ${v.files}`;
    }).join(' | ') + ' |');
  }
  out.push('| total | ' + totals.map((t) => `${mb(t[1])} in ${t[0]}`).join(' | ') + ' |');

  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'search-index.json'), 'utf8'));
  const script = fs.statSync(path.join(__dirname, '..', 'themes', 'default', 'static', 'search-script.json')).size;
  out.push('\n## What each feature adds to the index\n');
  out.push('| feature | terms | records (term shards) | position blocks | postings in list shards |');
  out.push('|---|---:|---:|---:|---:|');
  for (const [c, v] of Array.from(dictionary(dir)).sort((a, b) => (a[0] < b[0] ? -1 : 1))) out.push(`| ${c} | ${v.terms} | ${mb(v.records)} | ${mb(v.positions)} | ${mb(v.lists)} |`);
  out.push(`| pinyin syllables (entry file) | | ${JSON.stringify(entry.pinyin || []).length} B | | |`);
  out.push(`| synonyms (entry file) | | ${JSON.stringify(entry.synonyms || []).length} B | | |`);
  out.push(`| Traditional → Simplified (search-script.json, fetched once by a query with Chinese) | | ${kb(script)} | | |`);
  out.push('\nTraditional → Simplified folding adds nothing to the dictionary: the index holds the folded text only.');

  const after = load();
  const old = before ? load(beforeEngine) : null;
  out.push('\n## Queries (bytes fetched besides the entry file and the script table)\n');
  out.push('| query | | hits | bytes | files |' + (before ? ' hits before | bytes before |' : ''));
  out.push('|---|---|---:|---:|---:|' + (before ? '---:|---:|' : ''));
  for (const [name, q] of list) {
    const r = await measure(after, dir, q, false);
    let row = `| ${q} | ${name} | ${r.hits} | ${kb(r.bytes)} | ${r.files} |`;
    if (before) {
      const b = await measure(old, before, q, false);
      row += ` ${b.hits} | ${kb(b.bytes)} |`;
    }
    out.push(row);
  }
  const plain = await measure(after, dir, '数字', false), counted = await measure(after, dir, '数字', true);
  out.push(`\nFilter counts (the page's \`data-count\`) add ${kb(counted.bytes - plain.bytes)} to the first query (数字: ${kb(plain.bytes)} → ${kb(counted.bytes)}).`);
  console.log(out.join('\n'));
}

main().catch((e) => { console.error(e); process.exit(1); });
