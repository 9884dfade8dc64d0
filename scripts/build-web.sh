#!/usr/bin/env bash
# Builds pkg/ for the page (wasm-pack, release, --target web) and trims the JS glue's comments
# (scripts/trim-glue.mjs). What scripts/test.sh, size.sh, package.sh and demo.sh use.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
wasm-pack build --release --target web --mode no-install --out-dir pkg
node scripts/trim-glue.mjs pkg/quoteline.js
