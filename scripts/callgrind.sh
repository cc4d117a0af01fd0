#!/usr/bin/env bash
# Instruction counts of one release build of a small generated corpus, per stage, under
# `valgrind --tool=callgrind`: counts repeat on a loaded machine where wall times do not (docs/benchmarks.md).
#
# usage: scripts/callgrind.sh [N]     N articles (default 200; tools/gen-corpus.py, seed 1)
# env:   WORK=DIR        corpus, output and callgrind.out (default: $TMPDIR/placard-callgrind, or /tmp/placard-callgrind)
#        PLACARD=FILE    the placard binary (default: a release build of this checkout)
#
# Prints the program's total instructions (Ir) and the inclusive count of each stage's function:
# what that function and everything it calls executed, on every thread. Indented rows are parts of
# the row above them; templates run inside pages, feeds and cards. The stage functions are named in
# the script: when code moves, update STAGES (a stage not found prints "(not found)").
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
WORK=${WORK:-${TMPDIR:-/tmp}/placard-callgrind}
command -v valgrind >/dev/null || { echo "callgrind: valgrind is missing (apt-get install valgrind)" >&2; exit 1; }
if [ -z "${PLACARD:-}" ]; then
  swift build -c release --product placard >/dev/null
  PLACARD=$PWD/.build/release/placard
fi
mkdir -p "$WORK"
# Valgrind cannot read the DWARF 5 debug information Swift writes ("unhandled dwarf2 abbrev form"):
# profile a copy without it; the symbol table still names every function.
objcopy --strip-debug "$PLACARD" "$WORK/placard"
python3 tools/gen-corpus.py --articles "$N" --out "$WORK/corpus" >/dev/null
rm -rf "$WORK/public" "$WORK/callgrind.out"
# --separate-threads=no sums every thread into one profile; the thread count only moves work around.
valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" --dump-instr=no --separate-threads=no \
  "$WORK/placard" build --quiet --now 2026-11-28 --source "$WORK/corpus/placard" --output "$WORK/public" 2>"$WORK/valgrind.log" \
  || { tail -20 "$WORK/valgrind.log" >&2; exit 1; }
callgrind_annotate --inclusive=yes --threshold=100 "$WORK/callgrind.out" 2>/dev/null \
  | swift demangle --simplified >"$WORK/inclusive.txt"

echo "placard build of $N articles ($(find "$WORK/public" -type f | wc -l) files written), instructions (Ir):"
python3 - "$WORK/inclusive.txt" <<'PY'
import re, sys
# Stage → demangled functions whose inclusive counts measure it; the stage shows the largest. Work
# spread with concurrentPerform runs in per-item closures on every thread: those closures hold all of
# it, while the function that spreads it holds only its own thread's share.
STAGES = [
    ("load (site.yml, front matter, lists)", [r"closure #\d+ in closure #\d+ in static SiteLoader\.load\(", r"SiteLoader\.load\("]),
    ("theme (templates, i18n)", [r"ThemeLoader\.load\("]),
    ("markdown (articles and pages)", [r"closure #\d+ in closure #\d+ in BodyRenderer\.renderEntries\(", r"BodyRenderer\.renderEntries\("]),
    ("cards (RenderedSnippets)", [r"RenderedSnippets\.init\("]),
    ("all output jobs (JobRunner)", [r"closure #1 in static JobRunner\.run\(", r"\?\?\?:JobRunner\.run\(_:\)"]),
    ("  pages (SiteRenderer.htmlJob)", [r"closure #\d+ in SiteRenderer\.htmlJob\("]),
    ("  feeds (SiteRenderer.feedJob)", [r"closure #\d+ in SiteRenderer\.feedJob\("]),
    ("  search dictionaries (SearchJobs)", [r"closure #\d+ in static SearchJobs\.dictionaries\("]),
    ("    of which SearchTermTable.init", [r"SearchTermTable\.init\(builders"]),
    ("  search document shards (SearchJobs)", [r"closure #\d+ in static SearchJobs\.documentShards\("]),
    ("  templates (MustacheLibrary.render)", [r"MustacheLibrary\.render\("]),
    ("sitemap", [r"\bSitemap\.files\(", r"\bSitemap\.xml\("]),
]
total, rows = None, {}
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = re.match(r"\s*([\d,]+)(?:\s+\([^)]*\))?\s+(.*)$", line)
    if not m:
        continue
    count, name = int(m.group(1).replace(",", "")), m.group(2)
    if "PROGRAM TOTALS" in name:
        total = count
        continue
    for stage, patterns in STAGES:
        if any(re.search(p, name) for p in patterns):
            rows[stage] = max(rows.get(stage, 0), count)
if total is None:
    sys.exit("callgrind: no totals in the annotation")
print("  %-40s %16s" % ("whole program", format(total, ",")))
for stage, _ in STAGES:
    if stage in rows:
        print("  %-40s %16s  %5.1f%%" % (stage, format(rows[stage], ","), 100.0 * rows[stage] / total))
    else:
        print("  %-40s %16s" % (stage, "(not found)"))
PY
echo "full inclusive profile: $WORK/inclusive.txt (callgrind_annotate; kcachegrind $WORK/callgrind.out)"
