#!/usr/bin/env bash
# Makes a release binary of Placard that runs on a Debian or Ubuntu machine without Swift:
# the Swift standard library and Foundation are linked in (--static-swift-stdlib), and so is
# cmark-gfm and libdeflate (Debian's -dev packages ship static archives). What it still loads besides the C
# library is libcurl (Debian's `libcurl4`): FoundationNetworking needs it, and FlyingFox (the
# server of `placard serve`) links FoundationNetworking; libqrencode (Debian's `libqrencode4`,
# LGPL-2.1+, linked dynamically: Debian ships no static archive of it, and its licence favours that);
# and jemalloc (Debian's `libjemalloc2`), the binary's malloc, which must be the first malloc the
# loader finds: a shared library listed before the C library is.
# Prints the binary's path; `ldd` of it lists what it loads.
#
# usage: scripts/release-binary.sh [OUT]     OUT defaults to .build/placard-<version>-linux-<arch>
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
dpkg-query -W -f='${Status}' libcurl4-openssl-dev 2>/dev/null | grep -q "install ok installed" ||
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libcurl4-openssl-dev >/dev/null

# cmark-gfm from its static archives. The linker takes a library from the first folder on its search
# path that has it: a pkg-config file, found before Debian's, puts a folder holding only the .a files
# first, so the module map's `-lcmark-gfm` finds the archives rather than the shared libraries.
multiarch=$(gcc -print-multiarch 2>/dev/null || echo "$(uname -m)-linux-gnu")
archives=$(mktemp -d)
trap 'rm -rf "$archives"' EXIT
for lib in libcmark-gfm libcmark-gfm-extensions libdeflate; do
  ln -s "/usr/lib/$multiarch/$lib.a" "$archives/$lib.a"
done
cat >"$archives/libcmark-gfm.pc" <<PC
Name: libcmark-gfm
Description: cmark-gfm, linked statically
Version: 0.29.0.gfm.6
Libs: -L$archives -lcmark-gfm -lcmark-gfm-extensions
Cflags: -I/usr/include
PC

# SwiftPM reads a .pc file itself and keeps its `-L${libdir}`: Debian's zlib.pc and libqrencode.pc would
# put /usr/lib/<arch> (which has cmark-gfm's shared libraries) first on the link line. These say -l only.
cat >"$archives/zlib.pc" <<PC
Name: zlib
Description: zlib from the linker's default path; libdeflate, the module map's other library, from the archives
Version: 1.2.13
Libs: -L$archives -lz
PC
cat >"$archives/libqrencode.pc" <<PC
Name: libqrencode
Description: libqrencode, shared, from the linker's default path
Version: 4.1.1
Libs: -lqrencode
PC

PKG_CONFIG_PATH="$archives" swift build -c release --product placard --static-swift-stdlib -j "${JOBS:-2}" >&2
version=$(sed -n 's/.*current = "\(.*\)".*/\1/p' Sources/PlacardCore/Version.swift)
out=${1:-.build/placard-$version-linux-$(uname -m)}
cp .build/release/placard "$out"
strip "$out"
if ldd "$out" | grep -q -e libcmark-gfm -e libdeflate; then
  echo "release-binary: $out loads cmark-gfm's or libdeflate's shared library; the static archives were not linked" >&2
  exit 1
fi
echo "$out"
