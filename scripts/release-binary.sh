#!/usr/bin/env bash
# Makes a release binary of Placard that runs on a Debian or Ubuntu machine without Swift:
# the Swift standard library and Foundation are linked in (--static-swift-stdlib), and so is
# cmark-gfm (Debian's libcmark-gfm-dev ships static archives), so the binary needs only the C
# library. Prints the binary's path; `ldd` of it lists what it still loads.
#
# usage: scripts/release-binary.sh [OUT]     OUT defaults to .build/placard-<version>-linux-<arch>
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

# The linker takes a library from the first folder that has it, preferring .so to .a only within one
# folder: a folder holding just the .a archives, searched first, makes the link static.
multiarch=$(gcc -print-multiarch 2>/dev/null || echo "$(uname -m)-linux-gnu")
archives=$(mktemp -d)
trap 'rm -rf "$archives"' EXIT
for lib in libcmark-gfm libcmark-gfm-extensions; do
  ln -s "/usr/lib/$multiarch/$lib.a" "$archives/$lib.a"
done

swift build -c release --product placard --static-swift-stdlib -Xlinker -L"$archives" -j "${JOBS:-2}" >&2
version=$(sed -n 's/.*current = "\(.*\)".*/\1/p' Sources/PlacardCore/Version.swift)
out=${1:-.build/placard-$version-linux-$(uname -m)}
cp .build/release/placard "$out"
strip "$out"
echo "$out"
