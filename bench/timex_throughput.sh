#!/usr/bin/env bash
# Throughput of `quoteline timex` against chrono-node on the same English news-like text, in one run.
#
#   bench/timex_throughput.sh [MEGABYTES]        (default 20; RUNS=N for best of N, default 3)
#
# The text is repository-owned: bench/news_sample.txt (news prose written for this benchmark) and the
# bundled dataset articles, repeated until the size is reached. quoteline reads it as one body;
# chrono-node gets it in article-sized chunks (chrono.parse per ~4 KB chunk, ending at line breaks),
# because its whole-document parse is not linear. Both are timed in wall-clock and CPU seconds (on a
# shared machine CPU time is the steadier figure), best of RUNS=3 runs each. quoteline is measured
# twice: the CLI as shipped (the release profile, opt-level 3) and built with the page wasm's `wasm`
# profile (opt-level "z", tuned for size) as a native binary, to show what the size setting costs.
# chrono-node is installed with npm into bench/node_modules (git-ignored) on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-20}"
OUT=target/bench
mkdir -p "$OUT"
TEXT="$OUT/news.txt"

# 1. The text.
: > "$TEXT"
while [ "$(stat -c %s "$TEXT")" -lt $((MB * 1000000)) ]; do
  cat bench/news_sample.txt dataset/*.txt >> "$TEXT"
done
BYTES=$(stat -c %s "$TEXT")

# 2. Builds.
cargo build --release --quiet --bin quoteline
cargo build --profile wasm --quiet --bin quoteline
[ -d bench/node_modules/chrono-node ] || npm install --no-save --no-package-lock --prefix bench chrono-node@2.10.3 >/dev/null

# 3. Timing helper: prints "wall cpu" in seconds.
time_cmd() {
  local t
  t=$( { /usr/bin/time -f "%e %U %S" "$@" > /dev/null; } 2>&1 | tail -1 )
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<< "$t"
}

# Best of RUNS (default 3) for every tool: the machine may be shared, and the minimum is the run
# least disturbed by others.
RUNS="${RUNS:-3}"
best_of() {
  local w=999999 c=999999 tw tc
  for _ in $(seq "$RUNS"); do
    read -r tw tc < <("$@")
    w=$(awk -v a="$w" -v b="$tw" 'BEGIN { print (b < a) ? b : a }')
    c=$(awk -v a="$c" -v b="$tc" 'BEGIN { print (b < a) ? b : a }')
  done
  echo "$w $c"
}
chrono_run() {
  node bench/chrono_bench.mjs "$TEXT" 4000 2026-02-06 > "$OUT/chrono.json"
  node -e "const r = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')); console.log(r.wall.toFixed(3), r.cpu.toFixed(3))" "$OUT/chrono.json"
}

read -r QZ_WALL QZ_CPU < <(best_of time_cmd target/wasm/quoteline timex --dct 2026-02-06 "$TEXT")
read -r Q3_WALL Q3_CPU < <(best_of time_cmd target/release/quoteline timex --dct 2026-02-06 "$TEXT")
FOUND=$(target/release/quoteline timex --dct 2026-02-06 "$TEXT" | grep -c '"start"')
read -r C_WALL C_CPU < <(best_of chrono_run)
C_FOUND=$(node -e "console.log(JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')).found)" "$OUT/chrono.json")

rate() { awk -v b="$BYTES" -v s="$1" 'BEGIN { printf "%.1f", b / 1e6 / s }'; }
echo "text: $TEXT, $BYTES bytes ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
echo "versions: $(rustc --version), node $(node --version), chrono-node $(node -p "require('./bench/node_modules/chrono-node/package.json').version")"
printf "%-38s %8s %8s   %9s %9s\n" "tool" "wall s" "cpu s" "MB/s wall" "MB/s cpu"
printf "%-38s %8s %8s   %9s %9s\n" "quoteline timex (wasm profile, opt z)" "$QZ_WALL" "$QZ_CPU" "$(rate "$QZ_WALL")" "$(rate "$QZ_CPU")"
printf "%-38s %8s %8s   %9s %9s\n" "quoteline timex (release, opt 3)" "$Q3_WALL" "$Q3_CPU" "$(rate "$Q3_WALL")" "$(rate "$Q3_CPU")"
printf "%-38s %8s %8s   %9s %9s\n" "chrono-node chrono.parse per 4 KB" "$C_WALL" "$C_CPU" "$(rate "$C_WALL")" "$(rate "$C_CPU")"
echo "expressions: quoteline $FOUND, chrono-node $C_FOUND"
awk -v a="$Q3_CPU" -v z="$QZ_CPU" -v c="$C_CPU" -v aw="$Q3_WALL" -v cw="$C_WALL" \
  'BEGIN { printf "ratio quoteline/chrono-node: %.1fx (opt 3, cpu), %.1fx (opt z, cpu), %.1fx (opt 3, wall)\n", c / a, c / z, cw / aw }'
