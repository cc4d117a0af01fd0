#!/usr/bin/env bash
# Installs what Placard needs on a Debian machine (as root, or with sudo):
#   scripts/install-deps.sh          cmark-gfm, libqrencode, zlib, libdeflate and jemalloc, for building Placard
#   scripts/install-deps.sh --test   also headless Chromium, its driver, a CJK font, nginx and the Python test tools
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config)
packages+=(libqrencode-dev)  # QR codes of article and project pages
packages+=(zlib1g-dev libdeflate-dev)  # the search index's gzipped shards (written with libdeflate, read with zlib), and .xlsx project lists (ZIPFoundation: zlib)
packages+=(libjemalloc-dev)  # the malloc the placard binary links (Package.swift)
if [ "${1:-}" = "--test" ]; then
  packages+=(chromium chromium-driver fonts-wqy-microhei python3-pip)
  packages+=(nginx-light)   # the publishing recipe test serves a built site with deploy/nginx.conf
  packages+=(unicode-data)  # tools/make-pinyin-table.py --check reads Unihan from it
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "${1:-}" = "--test" ]; then
  for requirements in tools/requirements.txt Tests/browser/requirements*.txt; do
    [ -f "$requirements" ] && python3 -m pip install -q --disable-pip-version-check -r "$requirements"
  done
  # axe-core 4.12 for the audit report's accessibility test: the axe.min.js this wheel ships, without Playwright.
  python3 -m pip install -q --disable-pip-version-check --no-deps axe-playwright-python==0.1.8
fi
