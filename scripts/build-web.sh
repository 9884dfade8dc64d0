#!/usr/bin/env bash
# Builds pkg/ for the page (scripts/build-wasm.sh: the `no_std` wasm with LTO, --target web) and trims
# the JS glue's comments (scripts/trim-glue.mjs). What scripts/test.sh, size.sh, package.sh and
# demo.sh use. Extra arguments go to cargo: `scripts/build-web.sh --features bench` adds `heapStats()`
# for bench/browser.mjs's live-heap count (never in a page's build). `scripts/build-web.sh --render-only`
# writes pkg-render/, the render-only page's build (www/embed.js loads it for data-story widgets).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# `--render-only` (first) builds the render-only page's pkg-render/ instead: no engines, it mounts a Story.
out=pkg
if [ "${1:-}" = --render-only ]; then
  out=pkg-render
  shift
  scripts/build-wasm.sh web "$out" --render-only "$@"
else
  scripts/build-wasm.sh web "$out" "$@"
fi
node scripts/trim-glue.mjs "$out/quoteline.js"
