#!/usr/bin/env bash
# Runs the libFuzzer targets (Sources/placard-fuzz) on their seed corpus (Tests/FuzzCorpus/<target>/).
#   scripts/fuzz.sh                      every target, 15 seconds each
#   scripts/fuzz.sh TARGET [RUNS]        one target; RUNS inputs (default: 15 seconds)
#   FUZZ_SECONDS=N scripts/fuzz.sh       every target, N seconds each (FUZZ_MAX_LEN: longest input, 2048 bytes)
# New interesting inputs go to .build-fuzz/corpus/<target>/ (not committed); a crash is written to
# .build-fuzz/crash-<target>-* and the script fails.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(front-matter site-yml yaml-list csv-list xlsx xlsx-part markdown search-query search-index)
[ $# -ge 1 ] && targets=("$1")
runs="${2:-}"
seconds="${FUZZ_SECONDS:-15}"
max_len="${FUZZ_MAX_LEN:-2048}"

swift build -c release --product placard-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING \
  -Xlinker --export-dynamic --scratch-path .build-fuzz >/dev/null
binary=.build-fuzz/release/placard-fuzz

for target in "${targets[@]}"; do
  seeds="Tests/FuzzCorpus/$target"
  work=".build-fuzz/corpus/$target"
  mkdir -p "$work"
  limit=(-max_total_time="$seconds")
  # A workbook's seeds are whole ZIP archives of a few KB: cut to 2 KB they would lose their directory.
  length="$max_len"
  case "$target" in xlsx) length=$((max_len > 8192 ? max_len : 8192)) ;; xlsx-part|search-index) length=$((max_len > 4096 ? max_len : 4096)) ;; esac
  [ -n "$runs" ] && limit=(-runs="$runs")
  echo "fuzz $target: ${runs:-$seconds s}" >&2
  # -rss_limit_mb: an input that makes the loader use more memory than this is a finding (alias bombs);
  # -timeout: one input taking longer than this is a hang.
  PLACARD_FUZZ_TARGET="$target" "$binary" "$work" "$seeds" "${limit[@]}" -max_len="$length" -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix=".build-fuzz/crash-$target-" -print_final_stats=1 2>".build-fuzz/$target.log" \
    || { tail -n 40 ".build-fuzz/$target.log" >&2; exit 1; }
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" ".build-fuzz/$target.log" | sed "s/^/  $target /" >&2
done
