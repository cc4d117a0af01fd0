#!/usr/bin/env bash
# Times Placard beside Hugo (and Pagefind) on the same generated corpus, side by side in one run.
#
# usage: scripts/bench.sh N [RUNS]      N articles (gen_corpus.py), RUNS timed runs of each tool (default 3)
# env:   BENCH=../shared/bench          the folder with gen_corpus.py and run_anchors.sh
#        WORK=/tmp/placard-bench         corpus and outputs (kept: KEEP=1 is passed to run_anchors.sh)
#        ANCHORS=0                       skip Hugo and Pagefind (time Placard only, on an existing corpus)
#
# Every timed run starts from an empty output folder after rm -rf, sync and a 2 s pause, as run_anchors.sh
# does for Hugo. Needs: apt-get install hugo time; pip install pagefind-bin-extended.
set -euo pipefail
N=${1:?usage: scripts/bench.sh N [RUNS]}
RUNS=${2:-3}
cd "$(dirname "$0")/.."
BENCH=${BENCH:-../shared/bench}
export WORK=${WORK:-${TMPDIR:-/tmp}/placard-bench}
CORPUS=$WORK/corpus-$N
OUT=$WORK/placard-public-$N
mkdir -p "$WORK"

swift build -c release --product placard >/dev/null
PLACARD=$PWD/.build/release/placard

if [ "${ANCHORS:-1}" = 1 ]; then
  KEEP=1 bash "$BENCH/run_anchors.sh" "$N" "$RUNS" | tee "$WORK/anchors-$N.txt"
else
  [ -d "$CORPUS/placard" ] || python3 "$BENCH/gen_corpus.py" --articles "$N" --out "$CORPUS" --force
fi

echo "== placard: $RUNS timed builds (each into an empty $OUT)"
rm -f "$WORK/placard.times"
for i in $(seq "$RUNS"); do
  rm -rf "$OUT"; sync; sleep 2
  t0=$(date +%s.%N)
  /usr/bin/time -v -o "$WORK/.ptime" "$PLACARD" build --quiet --now 2026-11-28 --source "$CORPUS/placard" --output "$OUT"
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" -F': ' '
    /User time/ {u=$2} /System time/ {s=$2} /Maximum resident set size/ {r=$2}
    END {printf "%.3f %s %s %s\n", b-a, u, s, r}' "$WORK/.ptime" >>"$WORK/placard.times"
done
python3 - "$WORK/placard.times" "$WORK/hugo.times" <<'PY'
import os, statistics, sys
def summary(path):
    rows = [list(map(float, l.split())) for l in open(path) if l.strip()]
    return (statistics.median(r[0] for r in rows), statistics.median(r[1] + r[2] for r in rows), max(r[3] for r in rows) / 1024,
            " ".join("%.2f" % r[0] for r in rows))
p = summary(sys.argv[1])
print("placard    wall median %7.2f s  (runs: %s)   user+sys median %7.2f s   peak RSS %7.0f MiB" % (p[0], p[3], p[1], p[2]))
if os.path.exists(sys.argv[2]):
    h = summary(sys.argv[2])
    print("ratio placard/hugo: wall %.2f, cpu %.2f, peak RSS %.2f" % (p[0] / h[0], p[1] / h[1], p[2] / h[2]))
PY
files=$(find "$OUT" -type f | wc -l); bytes=$(du -sb "$OUT" | cut -f1)
echo "placard output: $files files, $bytes bytes"
