#!/usr/bin/env bash
# Runs each fuzz target in turn, one job at a time, for SECONDS seconds (default 600), starting from the
# small seed corpus in fuzz/seeds. cargo-fuzz needs nightly features: on a stable toolchain this sets
# RUSTC_BOOTSTRAP=1. One worker in fork mode (-fork=1) so that a finding is saved and the run goes on
# for its whole time; findings land in fuzz/artifacts/TARGET/. Usage: fuzz/run.sh [SECONDS] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1 CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"
secs="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(article quotes timex json)
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  echo "==> $t for ${secs}s"
  cargo fuzz run -O "$t" "fuzz/corpus/$t" fuzz/seeds -- -max_total_time="$secs" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -timeout=10 -rss_limit_mb=2048
done
