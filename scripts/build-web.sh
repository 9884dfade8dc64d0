#!/usr/bin/env bash
# Builds pkg/ for the page (wasm-pack, release, --target web) and trims the JS glue's comments
# (scripts/trim-glue.mjs). What scripts/test.sh, size.sh, package.sh and demo.sh use.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Without the `std` feature: the page's wasm is `no_std` (src/lib.rs; BENCHMARKS.md, "Size").
wasm-pack build --release --target web --mode no-install --out-dir pkg -- --no-default-features
node scripts/trim-glue.mjs pkg/quoteline.js
