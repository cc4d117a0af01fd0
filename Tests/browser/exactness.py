#!/usr/bin/env python3
"""Corpus-wide exactness check of Placard search: `placard search` beside brute force.

    python3 Tests/browser/exactness.py --site public --lang zh [--source .] [--queries 40] [--placard PATH]

Samples Chinese queries (runs of 1, 2, 3, 4, 6, 11, 17, 25 and 33 Han characters taken from
the site's documents, plus runs that occur nowhere) and checks that `placard search` returns exactly the
documents that contain them, by two brute-force scans that know nothing of the index:

* the indexed text stored in the index's document shards (title, summary, body, organizer,
  region, group names, tags): the hits must equal the documents whose text contains the run;
* with --source, the Markdown articles and pages of the site's source (front matter and body,
  Markdown syntax removed): for those documents, the same must hold.

Exit status 0 when every query is exact, 1 otherwise (the differences are printed).
The browser tests import this module too.
"""
import argparse
import gzip
import json
import pathlib
import random
import re
import subprocess
import sys
import urllib.parse


def is_han(ch):
    cp = ord(ch)
    return (0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF
            or 0x20000 <= cp <= 0x3FFFF or cp in (0x3005, 0x3007))


def index_documents(site, lang):
    """{url: [field texts]} from the index's document shards (what the browser shows and snippets use)."""
    folder = pathlib.Path(site) / lang
    entry = json.loads((folder / "search-index.json").read_text(encoding="utf-8"))
    def shards(kind):
        """The values of every gzipped JSON shard of a kind (m or b), in order."""
        values, shard = [], 0
        while (folder / "search-index" / kind / ("%d.json.gz" % shard)).exists():
            values += json.loads(gzip.decompress((folder / "search-index" / kind / ("%d.json.gz" % shard)).read_bytes()))
            shard += 1
        return values

    docs, bodies = shards("m"), shards("b")
    assert len(docs) == len(bodies) == entry["documents"], "document shards do not match the entry file"
    result = {}
    for meta, body in zip(docs, bodies):
        result[meta["url"]] = [meta.get("title", ""), meta.get("summary", ""), body, meta.get("organizer", ""),
                               meta.get("region", "")] + meta.get("groupNames", []) + meta.get("tags", [])
    return result


def _markdown_text(markdown):
    """Markdown to plain text, enough for Han runs: syntax removed, soft breaks between Han joined."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    lines = []
    for line in text.split("\n"):
        if re.match(r"^\s*\|?\s*:?-{3,}", line):
            continue
        line = re.sub(r"^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)", "", line)
        lines.append(line.replace("**", "").replace("|", "\n"))
    text = "\n".join(lines)
    return re.sub(r"(?<=[\u3400-\u9fff])\n(?=[\u3400-\u9fff])", "", text)


def source_documents(source, lang, group_names):
    """{url: [field texts]} of the Markdown articles and pages in a gen_corpus-style source
    (URL /<lang>/<series>/<slug>/, pages /<lang>/<slug>/; drafts left out)."""
    content = pathlib.Path(source) / "content"
    result = {}
    for path in sorted(content.glob("*/*.%s.md" % lang)):
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        fields = {}
        for line in front.splitlines():
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
        if fields.get("draft") == "true":
            continue

        def string(value):
            return json.loads(value) if value.startswith('"') else value

        def strings(value):
            return [string(v.strip()) for v in value.strip("[]").split(",") if v.strip()] if value else []

        series, slug = path.parent.name, path.name[: -len(".%s.md" % lang)]
        url = "/%s/%s/" % (lang, slug) if series == "pages" else "/%s/%s/%s/" % (lang, series, slug)
        groups = [group_names.get(g, "") for g in strings(fields.get("groups", ""))]
        result[url] = [string(fields.get("title", "")), string(fields.get("summary", "")), _markdown_text(body),
                       string(fields.get("source", "")), string(fields.get("region", ""))] + groups + strings(fields.get("tags", ""))
    return result


def draft_urls(source, lang):
    """URLs the Markdown files marked `draft: true` would have."""
    urls = set()
    for path in sorted((pathlib.Path(source) / "content").glob("*/*.%s.md" % lang)):
        front = path.read_text(encoding="utf-8").split("---\n", 2)[1]
        if re.search(r"^draft:\s*true\s*$", front, re.M):
            series, slug = path.parent.name, path.name[: -len(".%s.md" % lang)]
            urls.add("/%s/%s/" % (lang, slug) if series == "pages" else "/%s/%s/%s/" % (lang, series, slug))
    return urls


def group_names(source, lang):
    names, inside = {}, False
    for line in (pathlib.Path(source) / "site.yml").read_text(encoding="utf-8").splitlines():
        if line.startswith("groups:"):
            inside = True
            continue
        if inside and not line.startswith("  "):
            inside = False
        m = re.match(r"\s+([\w-]+):.*\b%s: (\"[^\"]*\"|[^,}]+)" % lang, line) if inside else None
        if m:
            value = m.group(2).strip()
            names[m.group(1)] = json.loads(value) if value.startswith('"') else value
    return names


def contains(fields, query):
    return any(query in f for f in fields)


def sample_queries(docs, count, seed=1):
    """Runs of 1 to 33 Han characters from the documents (up to 16 a run may be a long gram;
    longer ones are answered from 16-character windows), and runs that occur nowhere."""
    rng = random.Random(seed)
    texts = [t for fields in docs.values() for t in fields if t]
    queries = []
    for length in (1, 2, 3, 4, 6, 11, 17, 25, 33):
        found, tries = 0, 0
        while found < count and tries < count * 500:
            tries += 1
            text = rng.choice(texts)
            if len(text) < length:
                continue
            start = rng.randrange(len(text) - length + 1)
            run = text[start:start + length]
            if all(is_han(c) for c in run):
                queries.append(run)
                found += 1
    chars = sorted({c for q in queries if len(q) == 1 for c in q})
    for _ in range(count):
        if len(chars) >= 4:
            queries.append("".join(rng.sample(chars, 2)))
            queries.append("".join(rng.sample(chars, 4)))
    return queries


def placard_search(placard, site, lang, query):
    run = subprocess.run([placard, "search", query, "--site", str(site), "--lang", lang], capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError("placard search %r failed (%d): %s" % (query, run.returncode, run.stderr))
    return [json.loads(line)["url"] for line in run.stdout.splitlines() if line.strip()]


def check(placard, site, lang, queries, indexed, source=None):
    """Differences as strings: empty when every query is exact."""
    problems = []
    for q in queries:
        hits = placard_search(placard, site, lang, q)
        got = set(hits)
        if len(got) != len(hits):
            problems.append("%s: a document returned twice" % q)
        truth = {u for u, fields in indexed.items() if contains(fields, q)}
        if got != truth:
            problems.append("%s (indexed text): missing %s, extra %s" % (q, sorted(truth - got)[:3], sorted(got - truth)[:3]))
        if source:
            # The site percent-encodes non-ASCII slugs; the source knows them as written.
            truth = {u for u, fields in source.items() if contains(fields, q)}
            mine = {urllib.parse.unquote(u) for u in got} & set(source)
            if mine != truth:
                problems.append("%s (source): missing %s, extra %s" % (q, sorted(truth - mine)[:3], sorted(mine - truth)[:3]))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", default="public")
    parser.add_argument("--lang", default="zh")
    parser.add_argument("--source")
    parser.add_argument("--queries", type=int, default=40, help="queries per length")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--placard", default=str(pathlib.Path(__file__).resolve().parents[2] / ".build" / "debug" / "placard"))
    args = parser.parse_args()
    indexed = index_documents(args.site, args.lang)
    source = source_documents(args.source, args.lang, group_names(args.source, args.lang)) if args.source else None
    queries = sample_queries(indexed, args.queries, args.seed)
    problems = check(args.placard, args.site, args.lang, queries, indexed, source)
    for p in problems:
        print(p)
    print("%d queries, %d documents: %s" % (len(queries), len(indexed), "exact" if not problems else "%d problems" % len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
