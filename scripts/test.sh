#!/usr/bin/env bash
# Runs every Quoteline test: native unit, golden and CLI tests; the data-contract check; the wasm build
# and its size budget; the npm package; the widget in headless Chromium (wasm-pack test); the end-to-end
# pages; and a Vite app built against the packed npm package.
# Installs what is missing first (scripts/setup.sh). Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=never

step() { printf '\n==> %s\n' "$*"; }

step "setup"
scripts/setup.sh

step "native tests (cargo test)"
cargo test --all-targets
cargo test --doc

step "pathological inputs at full size (cargo test --profile stress --test errors)"
# tests/errors.rs runs at a tenth of the size in the debug build above; here at full size: a million
# quote marks, a 10 MB paragraph, 100,000 dates, deep nesting. Fuzzing is not part of this command
# (see BENCHMARKS.md ("Reliability") and fuzz/run.sh).
cargo test --profile stress --test errors

step "CLI against the data contract"
cargo build --release --bin quoteline
if [ -f ../shared/checks/contract_check.py ]; then
  python3 ../shared/checks/contract_check.py target/release/quoteline
else
  echo "(../shared/checks/contract_check.py not present: skipped)"
fi

step "wasm build (no_std, LTO, --target web: scripts/build-web.sh)"
scripts/build-web.sh

step "render-only wasm build (no engines: scripts/build-web.sh --render-only writes pkg-render/)"
scripts/build-web.sh --render-only
# Without the engines the wasm holds neither the bundled article nor the lexicons.
for word in 'security guarantees' 'emphasized' 'fortnight'; do
  if grep -aq "$word" pkg-render/quoteline_bg.wasm; then
    echo "render-only check: FAIL: \"$word\" is in pkg-render/quoteline_bg.wasm (an engine or the dataset is in it)" >&2
    exit 1
  fi
done
echo "render-only check: ok"

step "strings into the wasm through the page's glue (node --test tests/glue/)"
node --test tests/glue/

step "npm package (bundler build + web build, packed: scripts/package.sh)"
scripts/package.sh --reuse-web

step "the npm package in plain Node: quoteline/node (node --test tests/node/)"
node --test tests/node/

step "page weight (gzipped wasm, JS glue and snippets, embed.js, element.js; then the render-only page)"
# The goal is 40 KB (40960); until the code reaches it this is a ratchet against growth, just above the
# measured total (BENCHMARKS.md, "Size": the figures, where the bytes go, what stands between them and
# the goal). 95 KiB: the page measures 97,050 bytes (94,259 at the start of the eighth session, which
# spent 763 B on 10 % less `extract` time, BENCHMARKS.md "Round 10" and "Round 11", and 2,028 B on the
# German speaker rules; 94,892 at the start of the seventh session, 100,278 at the start of the sixth;
# gzip -9's block splits move it by up to ±200 B between builds of
# nearly the same code). Lower it as the code shrinks. --render-budget: the render-only page (pkg-render/
# + the seed's Story JSON), 37,595 bytes, under the goal: 37 KiB.
scripts/size.sh --budget 97280 --render-budget 37888

step "the page's wasm formats no panic messages (no_std + LTO: scripts/build-wasm.sh)"
# Panic locations (source paths) and core::fmt's integer table ("000102…99") are in the wasm when it is
# built with std or without LTO, or when code the page runs formats a number with format!/to_string.
# (The matches are captured first: piping grep into head would let SIGPIPE turn a hit into a pass.)
if locations=$(grep -aoE '[A-Za-z0-9_]/[A-Za-z0-9_/]*[.]rs' pkg/quoteline_bg.wasm); then
  head -3 <<< "$locations"
  echo "wasm check: FAIL: panic locations in pkg/quoteline_bg.wasm (built with std, or without LTO?)" >&2
  exit 1
fi
if grep -aq '0001020304050607080910111213' pkg/quoteline_bg.wasm; then
  echo "wasm check: FAIL: core::fmt's integer formatting in pkg/quoteline_bg.wasm (a format! of a number?)" >&2
  exit 1
fi
echo "wasm check: ok"

step "widget in headless Chromium (wasm-pack test)"
wasm-pack test --headless --chrome --mode no-install

step "end-to-end pages in headless Chromium (playwright-core)"
node --test tests/e2e/

step "a Vite app importing the npm package (tsc, vite build, Chromium)"
# Vite, its plugins (wasm, Svelte), TypeScript, React, Vue and Svelte from the npm registry, reinstalled only when their lock changed.
stamp=tests/vite/node_modules/.quoteline-lock
if [ ! -f "$stamp" ] || ! cmp -s tests/vite/package-lock.json "$stamp"; then
  (cd tests/vite && npm ci --no-audit --no-fund --loglevel=error)
  cp tests/vite/package-lock.json "$stamp"
fi
node --test tests/vite/

printf '\nAll Quoteline tests passed.\n'
