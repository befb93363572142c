#!/usr/bin/env bash
# Unpacks Debian's arm64 `nodejs` and every library it needs into a private root, so the e2e suite
# can run the arm64 addon under `qemu-aarch64-static -L <root> <root>/usr/bin/node`.
#
#   bash scripts/arm64-node-sysroot.sh [dest]     (default: .cache/arm64-node, ignored by git)
#
# Why not `dpkg --add-architecture arm64 && apt-get install nodejs:arm64`: that replaces the host's
# own amd64 nodejs. Here apt runs with a private state folder (its own package lists, an empty
# dpkg status, arm64 as its only architecture): it reads the host's sources and keyrings but never
# touches the host's package database, and the .debs are only unpacked (`dpkg -x`), never installed.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=${1:-.cache/arm64-node}
if [ -x "$dest/root/usr/bin/node" ]; then
  exit 0
fi

work="$dest.tmp.$$"
rm -rf "$work"
mkdir -p "$work/apt/lists/partial" "$work/apt/cache/archives/partial" "$work/debs" "$work/root"
: >"$work/apt/status"
trap 'rm -rf "$work"' EXIT
apt_private=(
  -o APT::Architecture=arm64
  -o APT::Architectures::=arm64
  -o "Dir::State::Lists=$work/apt/lists"
  -o "Dir::State::Status=$work/apt/status"
  -o "Dir::Cache=$work/apt/cache"
  -o Debug::NoLocking=1
  -o APT::Sandbox::User=root
)
apt-get "${apt_private[@]}" update -qq
# With an empty status every dependency counts as missing, so the simulated install lists the
# whole closure (libc6, libstdc++6, libicu72, libssl3, libuv1, ... and the node-* JS modules that
# Debian's node loads from /usr/share/nodejs).
mapfile -t debs < <(apt-get "${apt_private[@]}" install -s --no-install-recommends nodejs | awk '/^Inst /{print $2}')
[ ${#debs[@]} -gt 0 ] || { echo "arm64-node-sysroot: apt found no nodejs for arm64" >&2; exit 1; }
(cd "$work/debs" && apt-get "${apt_private[@]}" download -qq "${debs[@]}")
for deb in "$work/debs"/*.deb; do dpkg -x "$deb" "$work/root"; done

rm -rf "$dest"
mv "$work/root" "$dest.root.$$"
mkdir -p "$dest"
mv "$dest.root.$$" "$dest/root"
echo "arm64-node-sysroot: unpacked ${#debs[@]} packages into $dest/root ($(qemu-aarch64-static -L "$dest/root" "$dest/root/usr/bin/node" --version 2>/dev/null || echo 'qemu-aarch64-static missing'))"
