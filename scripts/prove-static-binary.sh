#!/usr/bin/env bash
# Proves that the release binary runs where there is no Swift: makes a minimal Debian root with
# debootstrap (bookworm, minbase, plus `libcurl4`, `libqrencode4` and `libjemalloc2`, the libraries the binary loads that minbase
# lacks), copies the binary in, and inside it (chroot) runs `placard --version`, `placard init`,
# `placard check` and `placard build`. Needs root and Debian's debootstrap.
#
# usage: scripts/prove-static-binary.sh [BINARY]    default: makes one with scripts/release-binary.sh
# env:   ROOTFS=/tmp/placard-rootfs   the Debian root (kept and reused when it already exists)
#        MIRROR=http://deb.debian.org/debian
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-$(scripts/release-binary.sh)}
rootfs=${ROOTFS:-${TMPDIR:-/tmp}/placard-rootfs}
mirror=${MIRROR:-http://deb.debian.org/debian}
step() { printf '== %s (%ss)\n' "$1" "$SECONDS"; }

command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
if [ ! -x "$rootfs/bin/sh" ]; then
  step "debootstrap bookworm (minbase, with libcurl4, libqrencode4 and libjemalloc2) into $rootfs"
  debootstrap --variant=minbase --include=libcurl4,libqrencode4,libjemalloc2 bookworm "$rootfs" "$mirror" >/dev/null
fi
step "the root has no Swift and no cmark-gfm"
! chroot "$rootfs" sh -c 'command -v swift || ls /usr/lib/*/libswiftCore.so /usr/lib/*/libcmark-gfm* 2>/dev/null | grep .'

mount -t proc proc "$rootfs/proc"
trap 'umount "$rootfs/proc"' EXIT

step "copy $binary ($(du -h "$binary" | cut -f1)) to /usr/local/bin/placard"
install -m 755 "$binary" "$rootfs/usr/local/bin/placard"
rm -rf "$rootfs/tmp/proof"

step "placard --version"
chroot "$rootfs" /usr/local/bin/placard --version
step "placard init /tmp/proof/site"
chroot "$rootfs" /usr/local/bin/placard init /tmp/proof/site
step "placard check"
chroot "$rootfs" sh -c 'cd /tmp/proof/site && placard check'
step "placard build"
chroot "$rootfs" sh -c 'cd /tmp/proof/site && placard build'
test -f "$rootfs/tmp/proof/site/public/zh/index.html"
test -f "$rootfs/tmp/proof/site/public/en/elderly/phone-class/index.html"
step "ldd: what the binary still loads"
chroot "$rootfs" ldd /usr/local/bin/placard || true
step "done: the binary runs on Debian bookworm without Swift"
