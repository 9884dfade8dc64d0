#!/usr/bin/env bash
# Runs every Quoteline test: native unit, golden and CLI tests; the data-contract check; the wasm build
# and its size budget; the widget in headless Chromium (wasm-pack test); and the end-to-end pages
# (including the hostile-page, many-widget and injection tests in tests/e2e/).
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
# (see BENCHMARKS.reliability.md and fuzz/run.sh).
cargo test --profile stress --test errors

step "CLI against the data contract"
cargo build --release --bin quoteline
if [ -f ../shared/checks/contract_check.py ]; then
  python3 ../shared/checks/contract_check.py target/release/quoteline
else
  echo "(../shared/checks/contract_check.py not present: skipped)"
fi

step "wasm build (wasm-pack, release, --target web)"
wasm-pack build --release --target web --mode no-install --out-dir pkg

step "widget in headless Chromium (wasm-pack test)"
wasm-pack test --headless --chrome --mode no-install

step "end-to-end pages in headless Chromium (playwright-core)"
node --test tests/e2e/

printf '\nAll Quoteline tests passed.\n'
