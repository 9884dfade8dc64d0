#!/usr/bin/env bash
# The page-weight budget: gzips every file a page loads for the widget (the wasm, which embeds the CSS
# and the bundled article; the wasm-bindgen JS glue and its snippets; the script-tag loader and the
# <quote-line> element it imports), prints each figure and the total, and fails when the total is over
# the budget.
#
#   scripts/size.sh                 # uses pkg/ as built (scripts/test.sh builds it); builds it if missing
#   scripts/size.sh --build         # rebuilds pkg/ first (wasm-pack, release, --target web)
#   scripts/size.sh --budget 40960  # the budget in gzipped bytes (default: the goal, 40960 = 40 KB)
#
# Sizes are `gzip -9` bytes, what a server or CDN sends with gzip (brotli sends less).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

GOAL=40960
budget=$GOAL
build=0
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=1 ;;
    --budget) budget="$2"; shift ;;
    *) echo "size.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

if [ "$build" = 1 ] || [ ! -f pkg/quoteline_bg.wasm ]; then
  scripts/build-web.sh
fi

mapfile -t snippets < <(find pkg/snippets -name '*.js' | sort)
files=(pkg/quoteline_bg.wasm pkg/quoteline.js "${snippets[@]}" www/embed.js www/element.js)
total=0
printf '%-56s %9s %9s\n' file raw gzipped
for f in "${files[@]}"; do
  [ -f "$f" ] || { echo "size.sh: $f is missing" >&2; exit 1; }
  raw=$(wc -c < "$f")
  gz=$(gzip -9c "$f" | wc -c)
  total=$((total + gz))
  printf '%-56s %9d %9d\n' "$f" "$raw" "$gz"
done
printf '%-56s %9s %9d  (budget %d, goal %d)\n' total '' "$total" "$budget" "$GOAL"
if [ "$total" -gt "$GOAL" ]; then
  echo "size: $((total - GOAL)) bytes over the 40 KB goal (BENCHMARKS.md, \"Size\", says where they go)"
fi
if [ "$total" -gt "$budget" ]; then
  echo "size: FAIL: $total gzipped bytes is over the budget of $budget" >&2
  exit 1
fi
echo "size: ok"
