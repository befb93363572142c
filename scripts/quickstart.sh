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
[ -f /usr/include/edlib.h ] || missing+=(libedlib-dev)
[ -f /usr/share/dict/words ] || missing+=(wamerican)
[ -x /usr/bin/chromium ] || missing+=(chromium) # the playground's and the e2e suite's browser tests
if [ ${#missing[@]} -gt 0 ]; then
  echo "quickstart: installing ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# pnpm, at exactly the version package.json pins.
pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "quickstart: installing pnpm $pnpm_version"
  npm install --global --silent "pnpm@$pnpm_version"
fi

pnpm install --frozen-lockfile
exec pnpm "$job" "$@"
