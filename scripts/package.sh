#!/usr/bin/env bash
# Builds the npm package of Quoteline and packs it:
#   pkg/          scripts/build-web.sh (--target web): what the script tag (www/embed.js) loads
#   pkg-bundler/  scripts/build-wasm.sh bundler: the npm package "quoteline" (Vite, webpack, Rollup), with
#                 the web build inside as quoteline/web (embed.js, for a CDN), <quote-line> helpers, and
#                 a completed package.json (exports, files, keywords, …)
#   pkg-bundler/node/  scripts/build-wasm.sh experimental-nodejs-module --speed: quoteline/node, the build
#                 for Node (an ES module that reads its wasm from disk; optimised for speed: a server
#                 downloads nothing)
#   target/npm/quoteline-VERSION.tgz   `npm pack` of pkg-bundler/, what `npm publish` would upload
# Usage: scripts/package.sh [--reuse-web]   (--reuse-web: pkg/ was just built; do not build it again)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if [ "${1:-}" != "--reuse-web" ] || [ ! -f pkg/quoteline.js ]; then
  scripts/build-web.sh
fi
scripts/build-wasm.sh bundler pkg-bundler
# Plain Node cannot load the bundler build (it imports the .wasm as a module): quoteline/node is
# wasm-bindgen's ES-module target for Node.
scripts/build-wasm.sh experimental-nodejs-module target/pkg-node-speed --speed
mkdir -p pkg-bundler/node
cp -r target/pkg-node-speed/quoteline.js target/pkg-node-speed/quoteline.d.ts target/pkg-node-speed/quoteline_bg.wasm target/pkg-node-speed/snippets pkg-bundler/node/

# The web build inside the package, with the script-tag loader and the custom element beside it.
rm -rf pkg-bundler/web
mkdir -p pkg-bundler/web
cp -r pkg/quoteline.js pkg/quoteline.d.ts pkg/quoteline_bg.wasm pkg/quoteline_bg.wasm.d.ts pkg/snippets pkg-bundler/web/
# The render-only build (README "Embed it", 7: a Story extracted at publish time) beside it, as
# quoteline/web/render: embed.js loads it when every widget of a page has a data-story.
if [ "${1:-}" != "--reuse-web" ] || [ ! -f pkg-render/quoteline.js ]; then
  scripts/build-web.sh --render-only
fi
mkdir -p pkg-bundler/web/render
cp -r pkg-render/quoteline.js pkg-render/quoteline.d.ts pkg-render/quoteline_bg.wasm pkg-render/quoteline_bg.wasm.d.ts pkg-render/snippets pkg-bundler/web/render/
sed -e "s|^const MODULE = '../pkg/quoteline.js';.*|const MODULE = './quoteline.js';|" \
  -e "s|^const RENDER = '../pkg-render/quoteline.js';.*|const RENDER = './render/quoteline.js';|" www/embed.js > pkg-bundler/web/embed.js
grep -q "^const MODULE = './quoteline.js';" pkg-bundler/web/embed.js || { echo "package.sh: could not point embed.js at ./quoteline.js" >&2; exit 1; }
grep -q "^const RENDER = './render/quoteline.js';" pkg-bundler/web/embed.js || { echo "package.sh: could not point embed.js's render-only build at ./render/quoteline.js" >&2; exit 1; }
cp www/element.js pkg-bundler/element.js
cp www/element.js pkg-bundler/web/element.js

cat > pkg-bundler/element.d.ts <<'TS'
import type { Widget, mountElement, unmount } from './quoteline.js';
/** The `<quote-line>` element: `widget` is its Widget (undefined while an article URL loads or when the options are wrong). */
export interface QuoteLineElement extends HTMLElement { widget: Widget | undefined; }
/** Defines `<quote-line>` (or `name`) over a loaded Quoteline module; returns the class (the existing one when already defined). */
export declare function defineQuoteLine(ql: { mountElement: typeof mountElement; unmount: typeof unmount }, name?: string): CustomElementConstructor;
declare global { interface HTMLElementTagNameMap { 'quote-line': QuoteLineElement } }
TS
cp pkg-bundler/element.d.ts pkg-bundler/web/element.d.ts
cat > pkg-bundler/quote-line.js <<'JS'
// import 'quoteline/quote-line': defines <quote-line> over the bundler build.
import * as ql from './quoteline.js';
import { defineQuoteLine } from './element.js';

export const QuoteLine = defineQuoteLine(ql);
JS
cat > pkg-bundler/quote-line.d.ts <<'TS'
export type { QuoteLineElement } from './element.js';
export declare const QuoteLine: CustomElementConstructor;
TS
cat > pkg-bundler/web/embed.d.ts <<'TS'
/** The script-tag loader: a promise of the initialised module (mount, extract, …). */
declare const ready: Promise<typeof import('./quoteline.js')>;
export default ready;
TS

node --input-type=module - <<'JS'
import { readFileSync, writeFileSync } from 'node:fs';
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const common = {
  homepage: 'https://github.com/quoteline/quoteline#readme',
  bugs: { url: 'https://github.com/quoteline/quoteline/issues' },
  repository: { type: 'git', url: 'git+https://github.com/quoteline/quoteline.git' },
  keywords: ['news', 'journalism', 'quotes', 'quotation', 'timeline', 'timelinejs', 'json-ld', 'widget', 'web-component', 'wasm', 'webassembly'],
  engines: { node: '>=18' },
};
const bundler = read('pkg-bundler/package.json');
const pkg = {
  name: 'quoteline',
  version: bundler.version,
  description: bundler.description,
  license: bundler.license,
  ...common,
  type: 'module',
  main: './quoteline.js',
  module: './quoteline.js',
  types: './quoteline.d.ts',
  exports: {
    '.': { types: './quoteline.d.ts', default: './quoteline.js' },
    './element': { types: './element.d.ts', default: './element.js' },
    './quote-line': { types: './quote-line.d.ts', default: './quote-line.js' },
    './web': { types: './web/quoteline.d.ts', default: './web/quoteline.js' },
    './web/embed.js': { types: './web/embed.d.ts', default: './web/embed.js' },
    './web/element.js': { types: './web/element.d.ts', default: './web/element.js' },
    './web/quoteline_bg.wasm': './web/quoteline_bg.wasm',
    './node': { types: './node/quoteline.d.ts', default: './node/quoteline.js' },
    './web/render': { types: './web/render/quoteline.d.ts', default: './web/render/quoteline.js' },
    './web/render/quoteline_bg.wasm': './web/render/quoteline_bg.wasm',
    './quoteline_bg.wasm': './quoteline_bg.wasm',
    './package.json': './package.json',
  },
  files: [
    'quoteline.js', 'quoteline_bg.js', 'quoteline_bg.wasm', 'quoteline.d.ts', 'quoteline_bg.wasm.d.ts', 'snippets',
    'element.js', 'element.d.ts', 'quote-line.js', 'quote-line.d.ts', 'web', 'node', 'README.md',
  ],
  sideEffects: ['./quoteline.js', './snippets/*', './quote-line.js', './web/embed.js'],
};
writeFileSync('pkg-bundler/package.json', JSON.stringify(pkg, null, 2) + '\n');
// pkg/ is the web build the demo and the script tag load from this repository; it ships inside the
// package above as quoteline/web, so it is marked private.
const web = read('pkg/package.json');
writeFileSync('pkg/package.json', JSON.stringify({
  ...web, ...common, private: true,
  description: `${web.description} (wasm-pack --target web build; published inside the "quoteline" package as quoteline/web)`,
  exports: { '.': { types: './quoteline.d.ts', default: './quoteline.js' }, './quoteline_bg.wasm': './quoteline_bg.wasm' },
}, null, 2) + '\n');
JS
cp README.md pkg-bundler/README.md

mkdir -p target/npm
rm -f target/npm/quoteline-*.tgz
npm pack ./pkg-bundler --pack-destination target/npm --loglevel=error >/dev/null
ls target/npm/quoteline-*.tgz
