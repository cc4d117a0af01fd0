#!/usr/bin/env bash
# Builds Placard and, with it, the demo site in this folder into public/.
# Extra arguments go to `placard build` (e.g. --now 2026-01-01 --base-url https://example.gov.cn/zt/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product placard
.build/release/placard build "$@"
