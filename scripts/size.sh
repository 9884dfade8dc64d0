#!/usr/bin/env bash
# The page-weight budget: gzips every file a page loads for the widget (the wasm, which embeds the CSS
# and the bundled article; the wasm-bindgen JS glue and its snippets; the script-tag loader and the
# <quote-line> element it imports), prints each figure and the total, and fails when the total is over
# the budget. Then the same for the render-only page (pkg-render/, scripts/build-web.sh --render-only: no
# engines, it shows a Story extracted at publish time), with the seed's Story JSON it fetches in place
# of the engines: a second figure, checked only against --render-budget when that is given.
#
#   scripts/size.sh                 # uses pkg/ as built (scripts/test.sh builds it); builds it if missing
#   scripts/size.sh --build         # rebuilds pkg/ first (wasm-pack, release, --target web)
#   scripts/size.sh --budget 40960  # the budget in gzipped bytes (default: the goal, 40960 = 40 KB)
#   scripts/size.sh --render-budget 40960   # also fail when the render-only page is over this
#
# Sizes are `gzip -9` bytes, what a server or CDN sends with gzip (brotli sends less).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

GOAL=40960
budget=$GOAL
render_budget=
build=0
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=1 ;;
    --budget) budget="$2"; shift ;;
    --render-budget) render_budget="$2"; shift ;;
    *) echo "size.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

if [ "$build" = 1 ] || [ ! -f pkg/quoteline_bg.wasm ]; then
  scripts/build-web.sh
fi
if [ "$build" = 1 ] || [ ! -f pkg-render/quoteline_bg.wasm ]; then
  scripts/build-web.sh --render-only
fi

# Prints each file's raw and gzipped bytes; sets `total`.
measure() {
  total=0
  printf '%-56s %9s %9s\n' file raw gzipped
  for f in "$@"; do
    [ -f "$f" ] || { echo "size.sh: $f is missing" >&2; exit 1; }
    raw=$(wc -c < "$f")
    gz=$(gzip -9c "$f" | wc -c)
    total=$((total + gz))
    printf '%-56s %9d %9d\n' "$f" "$raw" "$gz"
  done
}

mapfile -t snippets < <(find pkg/snippets -name '*.js' | sort)
measure pkg/quoteline_bg.wasm pkg/quoteline.js "${snippets[@]}" www/embed.js www/element.js
printf '%-56s %9s %9d  (budget %d, goal %d)\n' total '' "$total" "$budget" "$GOAL"
if [ "$total" -gt "$GOAL" ]; then
  echo "size: $((total - GOAL)) bytes over the 40 KB goal (BENCHMARKS.md, \"Size\", says where they go)"
fi
if [ "$total" -gt "$budget" ]; then
  echo "size: FAIL: $total gzipped bytes is over the budget of $budget" >&2
  exit 1
fi
echo "size: ok"

echo
echo "render-only page (pkg-render/: no engines; the Story JSON extracted at publish time):"
mapfile -t snippets < <(find pkg-render/snippets -name '*.js' | sort)
measure pkg-render/quoteline_bg.wasm pkg-render/quoteline.js "${snippets[@]}" www/embed.js www/element.js \
  www/data/zelenskyy-security-guarantees.story.json
printf '%-56s %9s %9d  (budget %s, goal %d)\n' total '' "$total" "${render_budget:-none}" "$GOAL"
if [ -n "$render_budget" ] && [ "$total" -gt "$render_budget" ]; then
  echo "size: FAIL: the render-only page's $total gzipped bytes is over its budget of $render_budget" >&2
  exit 1
fi
echo "size (render-only): ok"
