#!/usr/bin/env bash
# One command from a fresh machine (Node, npm, root; Debian packages reachable) to a result:
#   bash scripts/quickstart.sh test    install everything, build every backend, run every test
#   bash scripts/quickstart.sh bench   install everything, build, run the cross-backend benchmark
# Extra arguments go to the pnpm command (e.g. `bash scripts/quickstart.sh bench --quick`).
set -euo pipefail
cd "$(dirname "$0")/.."

job=${1:-}
case "$job" in
  test | bench | build) shift ;;
  *)
    echo "usage: bash scripts/quickstart.sh test|bench|build [args for pnpm]" >&2
    exit 2
    ;;
esac

# System packages: emscripten (wasm backend; Debian's needs node-acorn), make, g++, cmake and clang (the C++
# core's tests, sanitizers and fuzzers), edlib (the C++ benchmark's reference), a word list, and
# Chromium for the browser tests.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v em++ >/dev/null || missing+=(emscripten node-acorn)
command -v cmake >/dev/null || missing+=(cmake)
# node-gyp (the native addon) and cmake need make and a C++ compiler; cmake only recommends
# them, and --no-install-recommends skips recommendations.
{ command -v make && command -v g++; } >/dev/null || missing+=(build-essential)
command -v clang++ >/dev/null || missing+=(clang)
# clang's sanitizer and libFuzzer runtimes (the C++ tests under ASan/UBSan, `pnpm fuzz`): only a
# recommendation of clang, so --no-install-recommends leaves them out.
compgen -G '/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.asan-x86_64.a' >/dev/null || missing+=(libclang-rt-14-dev)
[ -f /usr/include/edlib.h ] || missing+=(libedlib-dev)
[ -f /usr/share/dict/words ] || missing+=(wamerican)
command -v tre-agrep >/dev/null || missing+=(tre-agrep) # the peer of `editops grep` in the search benchmark (bench only)
[ -x /usr/bin/chromium ] || missing+=(chromium) # the playground's and the e2e suite's browser tests
# linux-arm64-gnu (issue 21, `platforms`): `pnpm build` cross-compiles the addon with Debian's
# aarch64 g++, and the e2e suite runs it under qemu with Debian's arm64 nodejs, unpacked into
# .cache/arm64-node by scripts/arm64-node-sysroot.sh (a private apt state: the host's nodejs and
# package database are left alone).
command -v aarch64-linux-gnu-g++ >/dev/null || missing+=(g++-aarch64-linux-gnu)
command -v qemu-aarch64-static >/dev/null || missing+=(qemu-user-static)
for tool in patch:patch diff:diffutils script:bsdutils; do command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}"); done # diff interop tests
if [ ${#missing[@]} -gt 0 ]; then
  echo "quickstart: installing ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

bash scripts/arm64-node-sysroot.sh # (issue 21) once per clone; a no-op when already unpacked

# pnpm, at exactly the version package.json pins.
pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "quickstart: installing pnpm $pnpm_version"
  npm install --global --silent "pnpm@$pnpm_version"
fi

# Its output is kept (in the ignored .cache/) so that CI can check that it printed no warning.
mkdir -p .cache
pnpm install --frozen-lockfile 2>&1 | tee .cache/pnpm-install.log
exec pnpm "$job" "$@"
