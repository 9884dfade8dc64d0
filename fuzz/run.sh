#!/usr/bin/env bash
# Runs each fuzz target in turn, one job at a time, for SECONDS seconds (default 600), starting from the
# small seed corpus in fuzz/seeds. cargo-fuzz needs nightly features: on a stable toolchain this sets
# RUSTC_BOOTSTRAP=1. A finding stops libFuzzer, so the target is restarted for the rest of its time
# (its corpus kept); findings land in fuzz/artifacts/TARGET/. Per-target logs: fuzz/logs/TARGET.log.
# Usage: fuzz/run.sh [SECONDS] [TARGET…]
set -uo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1 CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"
secs="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(article quotes timex json)
cargo fuzz build -O || exit 1
mkdir -p fuzz/logs
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  log="fuzz/logs/$t.log"
  : > "$log"
  end=$(( $(date +%s) + secs ))
  runs=0
  while left=$(( end - $(date +%s) )); [ "$left" -gt 0 ]; do
    runs=$((runs + 1))
    cargo fuzz run -O "$t" "fuzz/corpus/$t" fuzz/seeds -- -max_total_time="$left" -print_final_stats=1 \
      -timeout=10 -rss_limit_mb=2048 >> "$log" 2>&1
  done
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{s += $2} END {print s + 0}')
  found=$(ls "fuzz/artifacts/$t" | wc -l)
  echo "$t: ${secs}s, $runs run(s), $execs executions, $found finding(s) in fuzz/artifacts/$t"
done
