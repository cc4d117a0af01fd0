#!/usr/bin/env bash
# Runs every test: the Swift tests, then the browser tests (headless Chromium) on sites they build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
python3 tools/embed-default-theme.py --check || { echo "themes/default changed: run tools/embed-default-theme.py" >&2; exit 1; }
python3 tools/embed-starter.py --check || { echo "starter/ changed: run tools/embed-starter.py" >&2; exit 1; }
python3 tools/make-chinese-script-table.py --check
python3 tools/make-pinyin-table.py --check
swift build --build-tests
swift test --skip-build
# Browser tests: Tests/browser/conftest.py builds the sites they need with this placard.
PLACARD_BIN="$PWD/.build/debug/placard" python3 -m pytest -q Tests/browser
# Crash safety: real builds killed with SIGKILL at several moments (Tests/safety/test_kill.py).
PLACARD_BIN="$PWD/.build/debug/placard" python3 -m pytest -q Tests/safety
# Each libFuzzer target for a few seconds on its seed corpus (longer runs: scripts/fuzz.sh TARGET RUNS).
FUZZ_SECONDS="${FUZZ_SECONDS:-10}" scripts/fuzz.sh
