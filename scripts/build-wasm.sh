#!/usr/bin/env bash
# Builds the wasm a page loads and its wasm-bindgen glue, what `wasm-pack build --release` does, but
# with the size-optimised `wasm` profile (Cargo.toml) and its `lto = true` actually applied:
#
#   scripts/build-wasm.sh TARGET OUT_DIR [CARGO_ARGS...]      (OUT_DIR relative to the repository root)
#   scripts/build-wasm.sh web pkg                       # what scripts/build-web.sh runs
#   scripts/build-wasm.sh bundler pkg-bundler           # scripts/package.sh
#   scripts/build-wasm.sh nodejs pkg-node --features bench   # bench/node.mjs (with the page's trimmed glue)
#   scripts/build-wasm.sh experimental-nodejs-module target/pkg-node-speed --speed   # scripts/package.sh:
#                                                      quoteline/node (an ES module for Node)
#   scripts/build-wasm.sh web pkg-render --render-only  # the render-only page: no engines (Cargo.toml,
#                                                      feature `engines`), mounts a Story JSON
#
# --speed (first after OUT_DIR) builds with the `wasm-speed` profile (opt-level 3) and `wasm-opt -O3`
# instead of "z" and -Oz: for Node, where nobody downloads the wasm and time is what counts.
#
# --render-only (after OUT_DIR and --speed) leaves out the `engines` feature, which every other build
# gets here (the build is `--no-default-features`).
#
# Why not `wasm-pack build`: it runs `cargo build --lib`, which builds the library's two crate types
# (cdylib: the wasm; rlib: the CLI and the tests) in one rustc run, and rustc cannot LTO when an rlib
# is among the outputs, so cargo silently drops `lto = true` (rust-lang/cargo#9672,
# rust-lang/rust#51009). `cargo rustc --crate-type cdylib` builds the wasm alone, with LTO: about
# 19 KB gzipped less (BENCHMARKS.md, "Size"), and only with it does the panic handler of the `no_std`
# build reach the panics, so that `core::fmt` drops out.
#
# The page's wasm is built without the `std` feature (`#![no_std]` + `alloc`, see src/lib.rs). Then
# `wasm-bindgen` (the CLI pinned to Cargo.toml's version) writes the glue, `wasm-opt` runs with the flags
# in Cargo.toml ([package.metadata.wasm-pack.profile.release], which `wasm-pack` also reads), and the
# package.json, README and licences are written as wasm-pack writes them.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

[ $# -ge 2 ] || { echo "usage: scripts/build-wasm.sh web|bundler|nodejs|experimental-nodejs-module OUT_DIR [CARGO_ARGS...]" >&2; exit 2; }
target="$1"
out="$2"
shift 2
profile=wasm
if [ "${1:-}" = --speed ]; then
  profile=wasm-speed
  shift
fi
engines=(--features engines)
if [ "${1:-}" = --render-only ]; then
  engines=()
  shift
fi
case "$target" in
  web|bundler|nodejs|experimental-nodejs-module) ;;
  *) echo "build-wasm.sh: unknown target $target" >&2; exit 2 ;;
esac

cargo rustc --lib --profile "$profile" --target wasm32-unknown-unknown --crate-type cdylib --no-default-features ${engines[@]+"${engines[@]}"} "$@"
wasm="$(cargo metadata --format-version 1 --no-deps | node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0, "utf8")).target_directory)')/wasm32-unknown-unknown/$profile/quoteline.wasm"

rm -rf "$out"
wasm-bindgen --target "$target" --out-dir "$out" "$wasm"
# The wasm-opt flags: the TOML array in Cargo.toml is valid JSON.
# (Captured first, so that a failure stops the script: `mapfile < <(…)` would ignore it.)
flag_lines=$(node -e '
  const toml = require("fs").readFileSync("Cargo.toml", "utf8");
  const section = toml.split("[package.metadata.wasm-pack.profile.release]")[1];
  const line = section && section.split("\n").find((l) => l.startsWith("wasm-opt = "));
  if (!line) { console.error("build-wasm.sh: no wasm-opt flags in Cargo.toml"); process.exit(1); }
  for (const f of JSON.parse(line.slice("wasm-opt = ".length))) console.log(f);
')
mapfile -t flags <<< "$flag_lines"
if [ "$profile" = wasm-speed ]; then
  flags=("${flags[@]/#-Oz/-O3}")
fi
wasm-opt "${flags[@]}" "$out/quoteline_bg.wasm" -o "$out/quoteline_bg.wasm"

# package.json as wasm-pack writes it (scripts/package.sh completes it), README, licences, .gitignore.
node - "$target" "$out" <<'JS'
const { readFileSync, writeFileSync, existsSync } = require('fs');
const [target, out] = process.argv.slice(2);
const toml = readFileSync('Cargo.toml', 'utf8').split('\n[')[0];
const str = (key) => { const m = toml.match(new RegExp(`^${key} = "(.*)"$`, 'm')); return m && m[1]; };
const arr = (key) => { const m = toml.match(new RegExp(`^${key} = (\\[.*\\])$`, 'm')); return m ? JSON.parse(m[1]) : undefined; };
const name = str('name');
const files = [`${name}_bg.wasm`, `${name}.js`];
if (target === 'bundler') files.push(`${name}_bg.js`);
files.push(`${name}.d.ts`, 'LICENSE-APACHE', 'LICENSE-MIT');
if (existsSync(`${out}/snippets`)) files.push('snippets');
const pkg = {
  name,
  ...(target === 'nodejs' ? {} : { type: 'module' }),
  description: str('description'),
  version: str('version'),
  license: str('license'),
  repository: { type: 'git', url: str('repository') },
  files,
  ...(target === 'bundler' ? { module: `${name}.js` } : { main: `${name}.js` }),
  types: `${name}.d.ts`,
  sideEffects: target === 'bundler' ? [`./${name}.js`, './snippets/*'] : ['./snippets/*'],
  keywords: arr('keywords'),
};
writeFileSync(`${out}/package.json`, JSON.stringify(pkg, null, 2) + '\n');
writeFileSync(`${out}/.gitignore`, '*');
JS
cp README.md LICENSE-APACHE LICENSE-MIT "$out/"

# The Node build gets the page's glue (scripts/trim-glue.mjs: import names, the string hand-over), so that
# bench/node.mjs measures the code a page runs. (The bundler build keeps wasm-bindgen's glue: bundlers
# resolve the wasm's import module by its file name.)
if [ "$target" = nodejs ] || [ "$target" = experimental-nodejs-module ]; then
  node scripts/trim-glue.mjs "$out/quoteline.js"
fi
