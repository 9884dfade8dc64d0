#!/usr/bin/env bash
# Builds pkg/ for the page (scripts/build-wasm.sh: the `no_std` wasm with LTO, --target web) and trims
# the JS glue's comments (scripts/trim-glue.mjs). What scripts/test.sh, size.sh, package.sh and
# demo.sh use. Extra arguments go to cargo: `scripts/build-web.sh --features bench` adds `heapStats()`
# for bench/browser.mjs's live-heap count (never in a page's build).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/build-wasm.sh web pkg "$@"
node scripts/trim-glue.mjs pkg/quoteline.js
