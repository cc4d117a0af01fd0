#!/usr/bin/env python3
"""Prints where the bytes of a built site go: by file kind, by page kind, and inside the pages
by element, so a change to the theme or the outputs can be weighed.

    python3 tools/output-bytes.py public/
    python3 tools/output-bytes.py public/ --compare other-public/    # two sites side by side
    python3 tools/output-bytes.py public/ --sample 200              # pages parsed per kind for the elements

Page kinds come from the paths of SPEC §3 (`<lang>/<series>/<slug>/` is an article, and so on),
so the tool also reads a Hugo site built from the same content. The element table parses up to
--sample pages of each kind and reports, per page on average, the bytes inside <head>, the site
header, <main>, the site footer, inline <svg>, <aside>, the reader tools, and the whitespace
between tags. The element rows overlap (an <svg> is inside <main>).
"""
import argparse
import collections
import html.parser
import os
import re
import sys

def page_kind(parts):
    """The kind of the page at `parts` (path segments of an index.html, without the file name)."""
    if not parts:
        return "root"
    if len(parts) == 1:
        return "home"
    top = parts[1]
    if top == "search":
        return "search"
    if top == "projects":
        return "projects" if len(parts) == 2 else "project"
    if top in ("groups", "tags"):
        if len(parts) == 2:
            return top[:-1] + "-list"
        return top[:-1]
    if "page" in parts[2:]:
        return "series"
    if len(parts) == 3:
        return "article"
    return None  # a series or a standalone page: decided by whether it has children


def classify(root):
    """Yields (path, size, kind) for every file under root."""
    for directory, subdirs, files in os.walk(root):
        rel = os.path.relpath(directory, root)
        parts = [] if rel == "." else rel.split(os.sep)
        for name in files:
            path = os.path.join(directory, name)
            size = os.path.getsize(path)
            if parts[:1] == ["pagefind"] or name.startswith("search-index") or parts[1:2] == ["search-index"]:
                kind = "search index"
            elif name == "index.html":
                kind = page_kind(parts)
                if kind is None:
                    kind = "series" if subdirs else "page"
                kind = "html: " + kind
            elif name.endswith(".html"):
                kind = "html: " + os.path.splitext(name)[0]
            elif name.endswith(".xml"):
                kind = "sitemap" if "sitemap" in name else "feed"
            else:
                kind = "static/data: " + (os.path.splitext(name)[1].lstrip(".") or name)
            yield path, size, kind


class Elements(html.parser.HTMLParser):
    """Measures the spans of interesting elements in one page (character offsets → UTF-8 bytes)."""

    WATCH = {
        "head": lambda tag, attrs: tag == "head",
        "site header": lambda tag, attrs: tag == "header" and "site-header" in attrs.get("class", ""),
        "main": lambda tag, attrs: tag == "main",
        "site footer": lambda tag, attrs: tag == "footer" and "site-footer" in attrs.get("class", ""),
        "inline svg": lambda tag, attrs: tag == "svg",
        "aside": lambda tag, attrs: tag == "aside",
        "read-aloud": lambda tag, attrs: "data-read-aloud" in attrs,
        "pagination": lambda tag, attrs: tag == "nav" and "pagination" in attrs.get("class", ""),
    }
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, text):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.lines = [0]
        for match in re.finditer("\n", text):
            self.lines.append(match.end())
        self.stack = []  # (tag, label or None, start offset)
        self.sizes = collections.Counter()

    def position(self):
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        label = next((name for name, test in self.WATCH.items() if test(tag, attrs)), None)
        if tag in self.VOID or tag in ("path", "rect"):
            return
        self.stack.append((tag, label, self.position()))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                _, label, start = self.stack[i]
                del self.stack[i:]
                if label:
                    end = self.text.index(">", self.position()) + 1
                    self.sizes[label] += len(self.text[start:end].encode())
                return


def element_sizes(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    parser = Elements(text)
    parser.feed(text)
    sizes = parser.sizes
    sizes["whitespace between tags"] = sum(len(m.group(1)) for m in re.finditer(r">(\s+)<", text))
    sizes["whole page"] = len(text.encode())
    return sizes


def survey(root, sample):
    totals = collections.defaultdict(lambda: [0, 0])
    pages = collections.defaultdict(list)
    for path, size, kind in classify(root):
        totals[kind][0] += 1
        totals[kind][1] += size
        if kind.startswith("html: "):
            pages[kind].append(path)
    elements = {}
    for kind, paths in pages.items():
        paths.sort()
        step = max(1, len(paths) // sample) if sample else 1
        chosen = paths[::step][:sample] if sample else []
        acc = collections.Counter()
        for path in chosen:
            acc.update(element_sizes(path))
        if chosen:
            elements[kind] = {k: v / len(chosen) for k, v in acc.items()}
    return totals, elements


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site")
    parser.add_argument("--compare", help="a second built site, shown beside the first")
    parser.add_argument("--sample", type=int, default=100, help="pages parsed per kind for the element table (0: none)")
    args = parser.parse_args()
    sites = [args.site] + ([args.compare] if args.compare else [])
    surveys = [survey(site, args.sample) for site in sites]

    kinds = sorted({k for totals, _ in surveys for k in totals}, key=lambda k: -max(t[k][1] for t, _ in surveys if k in t))
    header = "%-26s" % "files by kind" + "".join("%10s %14s %9s" % ("files", "bytes", "avg") for _ in sites)
    print(header)
    for kind in kinds:
        row = "%-26s" % kind
        for totals, _ in surveys:
            count, size = totals.get(kind, (0, 0))
            row += "%10d %14d %9d" % (count, size, size / count if count else 0)
        print(row)
    row = "%-26s" % "total"
    for totals, _ in surveys:
        row += "%10d %14d %9s" % (sum(t[0] for t in totals.values()), sum(t[1] for t in totals.values()), "")
    print(row)
    if not args.sample:
        return
    for kind in sorted({k for _, e in surveys for k in e}):
        print("\n%s (bytes per page, average of up to %d pages)" % (kind, args.sample))
        labels = sorted({l for _, e in surveys for l in e.get(kind, {})}, key=lambda l: -max(e.get(kind, {}).get(l, 0) for _, e in surveys))
        for label in labels:
            print("  %-26s" % label + "".join("%12.0f" % e.get(kind, {}).get(label, 0) for _, e in surveys))


if __name__ == "__main__":
    sys.exit(main())
