#!/usr/bin/env bash
# Times Placard beside Hugo and Pagefind on one generated corpus, in one run (docs/benchmarks.md).
#
# usage: scripts/bench.sh N [RUNS]     N articles (tools/gen-corpus.py), RUNS timed runs of each tool (default 3)
# env:   WORK=DIR        corpus and outputs (default: $TMPDIR/placard-bench, or /tmp/placard-bench); kept afterwards
#        SEED=1          the corpus seed
#        PLACARD=FILE    the placard binary to time (default: a release build of this checkout)
#        QUERIES="..."   Chinese queries for the first-query download (default: two 2- and two 4-character ones)
#        WARMUP=0        no untimed warm-up run before the timed ones (saves time at 10,000 articles and more)
#
# Hugo (Debian `hugo`), Pagefind (PyPI `pagefind-bin-extended`) and node are timed or used when installed;
# install them with `scripts/bench.sh --install` (apt-get and pip). Every timed run starts from an empty
# output folder after `sync` and a 2 s pause; one untimed warm-up run of each builder comes first.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = --install ]; then
  apt-get update -qq  # a fresh machine's package lists may be empty
  apt-get install -y hugo time nodejs valgrind
  python3 -m pip install pagefind-bin-extended
  exit 0
fi
N=${1:?usage: scripts/bench.sh N [RUNS] | --install}
RUNS=${2:-3}
SEED=${SEED:-1}
WORK=${WORK:-${TMPDIR:-/tmp}/placard-bench}
QUERIES=${QUERIES:-"手机 鸿沟 数字鸿沟 智能手机"}
WARMUP=${WARMUP:-1}
CORPUS=$WORK/corpus-$N
TIMES=$WORK/times-$N
mkdir -p "$WORK" "$TIMES"
rm -f "$TIMES"/*.times
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (scripts/bench.sh --install)" >&2; exit 1; }

if [ -z "${PLACARD:-}" ]; then
  swift build -c release --product placard >/dev/null
  PLACARD=$PWD/.build/release/placard
fi
HUGO=$(command -v hugo || true)
PAGEFIND=${PAGEFIND:-$(command -v pagefind_extended || python3 -c 'import os, pagefind_bin_extended as p; print(os.path.join(os.path.dirname(p.__file__), "pagefind_extended"))' 2>/dev/null || true)}

# run LABEL CMD...: one timed run into an empty folder; appends "wall user sys maxrss_kb" to TIMES/LABEL.times
run() {
  local label=$1; shift
  sync; sleep 2
  local t0 t1
  t0=$(date +%s.%N)
  if ! /usr/bin/time -v -o "$TIMES/.time" "$@" >"$TIMES/$label.log" 2>&1; then
    tail -20 "$TIMES/$label.log" >&2; echo "bench: $label failed" >&2; exit 1
  fi
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" -F': ' '/User time/ {u=$2} /System time/ {s=$2} /Maximum resident set size/ {r=$2}
    END {printf "%.3f %s %s %s\n", b-a, u, s, r}' "$TIMES/.time" >>"$TIMES/$label.times"
}
# tree LABEL DIR [find args]: "files bytes" of DIR into TIMES/LABEL.tree
tree() {
  local label=$1 dir=$2; shift 2
  # printf, not print: awk prints sums over 2^31 in exponent form (a 50,000-article site is 2.6 GB)
  find "$dir" -type f "$@" -printf '%s\n' | awk '{n++; s+=$1} END {printf "%.0f %.0f\n", n, s}' >"$TIMES/$label.tree"
}

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== placard: $("$PLACARD" --version)${HUGO:+; $("$HUGO" version | cut -d' ' -f1-2)}${PAGEFIND:+; $("$PAGEFIND" --version)}"
t0=$(date +%s.%N)
python3 tools/gen-corpus.py --articles "$N" --seed "$SEED" --out "$CORPUS"
t1=$(date +%s.%N)
awk -v a="$t0" -v b="$t1" -v d="$CORPUS" 'BEGIN {printf "== corpus: %s in %.1f s\n", d, b-a}'

OUT=$CORPUS/placard-public
echo "== placard: $RUNS timed builds"
if [ "$WARMUP" = 1 ]; then rm -rf "$OUT"; "$PLACARD" build --quiet --now 2026-11-28 --source "$CORPUS/placard" --output "$OUT"; fi
for _ in $(seq "$RUNS"); do
  rm -rf "$OUT"
  run placard "$PLACARD" build --timings --quiet --now 2026-11-28 --source "$CORPUS/placard" --output "$OUT"
done
grep '^timings' "$TIMES/placard.log" || true
tree placard "$OUT"

if [ -n "$HUGO" ]; then
  HOUT=$CORPUS/hugo-public
  echo "== hugo: $RUNS timed builds"
  if [ "$WARMUP" = 1 ]; then rm -rf "$HOUT"; "$HUGO" --quiet --source "$CORPUS/hugo" --destination "$HOUT"; fi
  for _ in $(seq "$RUNS"); do
    rm -rf "$HOUT"
    run hugo "$HUGO" --quiet --source "$CORPUS/hugo" --destination "$HOUT"
  done
  tree hugo "$HOUT"
  if [ -n "$PAGEFIND" ]; then
    echo "== pagefind: $RUNS timed runs over Hugo's output"
    for _ in $(seq "$RUNS"); do
      rm -rf "$HOUT/pagefind"
      run pagefind "$PAGEFIND" --site "$HOUT"
    done
    tree pagefind "$HOUT/pagefind"
  fi
fi

echo "== results (wall and CPU: medians of $RUNS runs$([ "$WARMUP" = 1 ] && echo " after a warm-up"); RSS: the largest)"
python3 - "$TIMES" <<'PY'
import os, statistics, sys
d = sys.argv[1]
def load(label):
    path = os.path.join(d, label + ".times")
    if not os.path.exists(path):
        return None
    rows = [list(map(float, l.split())) for l in open(path) if l.strip()]
    files, size = map(int, open(os.path.join(d, label + ".tree")).read().split())
    return {"wall": statistics.median(r[0] for r in rows), "cpu": statistics.median(r[1] + r[2] for r in rows),
            "rss": max(r[3] for r in rows) / 1024, "bytes": size, "files": files, "runs": [r[0] for r in rows]}
tools = {k: v for k in ("placard", "hugo", "pagefind") if (v := load(k))}
if "hugo" in tools and "pagefind" in tools:
    h, p = tools["hugo"], tools["pagefind"]
    # Hugo's output (counted before Pagefind ran) plus the bundle: what a Hugo + Pagefind site publishes.
    tools["hugo+pagefind"] = {"wall": h["wall"] + p["wall"], "cpu": h["cpu"] + p["cpu"], "rss": max(h["rss"], p["rss"]),
                              "bytes": h["bytes"] + p["bytes"], "files": h["files"] + p["files"], "runs": []}
print("%-14s %9s %9s %9s %12s %8s   %s" % ("", "wall s", "CPU s", "RSS MiB", "bytes", "files", "runs (wall s)"))
for name, t in tools.items():
    print("%-14s %9.2f %9.2f %9.0f %12d %8d   %s" % (name, t["wall"], t["cpu"], t["rss"], t["bytes"], t["files"], " ".join("%.2f" % r for r in t["runs"])))
p = tools["placard"]
for other in ("hugo", "hugo+pagefind"):
    if other in tools:
        o = tools[other]
        print("placard / %-13s wall %.2f  CPU %.2f  RSS %.2f  bytes %.2f  files %.2f" % (
            other + ":", p["wall"] / o["wall"], p["cpu"] / o["cpu"], p["rss"] / o["rss"], p["bytes"] / o["bytes"], p["files"] / o["files"]))
PY

if command -v node >/dev/null; then
  echo "== first-query download, zh (bytes a fresh visitor's first query fetches; UI scripts left out on both sides)"
  # The engine and inflate.js (gzip for browsers without DecompressionStream), both on the search page.
  static=$(find "$OUT" -maxdepth 1 \( -name 'search-engine*.js' -o -name 'inflate*.js' \) -printf '%s\n' | awk '{s += $1} END {print s + 0}')
  table=$(find "$OUT" -maxdepth 1 -name 'search-script*.json' -printf '%s\n' | head -1)
  entry=$(stat -c %s "$OUT/zh/search-index.json")
  echo "placard: search-engine.js and inflate.js ${static:-0} + search-index.json $entry + search-script.json ${table:-0} + the shards the page's first screen needs (terms, filter counts, the first 10 results' metas, the bodies of the first 5 whose snippet is not in the meta):"
  # shellcheck disable=SC2086
  node tools/search-bytes.js "$OUT/zh" --page $QUERIES | awk -v s=$((${static:-0} + entry + ${table:-0})) -F'\t' '
    {split($3, b, " "); printf "  %-10s %s  first query %d bytes (shards %d, %s)\n", $1, $2, s + b[2], b[2], $4}'
  if [ -n "${HOUT:-}" ] && [ -d "$HOUT/pagefind" ]; then
    echo "pagefind (pagefind.js, entry, meta, WASM, index chunks, the first 5 results' fragments):"
    # shellcheck disable=SC2086
    node bench/pagefind-bytes.mjs "$HOUT" zh-cn $QUERIES | sed 's/^/  /'
  fi
fi
