// Benchmark 2 (BENCHMARKS.md): Quoteline's wasm `extract` in Node against chrono-node's date parsing,
// on the same text, in the same process: per article, and on one big string at growing sizes.
//
//   scripts/build-wasm.sh nodejs pkg-node --features bench   (the page's no_std, LTO build, for Node)
//
// `--features bench` adds `benchTimex` (date tagging alone, the job chrono-node does) so both
// comparisons run: the whole extraction (quotes, speakers, dates, timeline, Story JSON) and dates only.
//   (cd bench && npm ci) && node bench/node.mjs
//
// The npm package's Node build (quoteline/node) is optimised for speed rather than size; built as
//   scripts/build-wasm.sh nodejs pkg-node-speed --speed --features bench
// it is measured in the same run, per article, beside the page's build.
import { createRequire } from 'node:module';
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { ROOT, articles, newsText } from './corpus.mjs';

const require = createRequire(import.meta.url);
const ql = require(path.join(ROOT, process.env.QL_PKG || 'pkg-node', 'quoteline.js'));
const chronoVersion = JSON.parse(readFileSync(path.join(ROOT, 'bench/node_modules/chrono-node/package.json'), 'utf8')).version;
const ref = new Date('2026-02-06T12:00:00Z');
const opts = { published: '2026-02-06' };

const runQ = (t) => { const s = ql.extract(t, opts); return s.quotes.length + s.events.length; };
const runC = (t) => chrono.parse(t, ref).length;
const runT = ql.benchTimex ? (t) => JSON.parse(ql.benchTimex(t, opts.published)).length : null;

/** CPU milliseconds this process has used: steadier than wall time on a shared, loaded machine. */
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };

/** Runs `f` over `texts` until `minMs` of CPU time has passed (at least once); MB/s and ms per pass. */
function measure(f, texts, minMs = 1500) {
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  let found = 0;
  // Warm-up: one whole pass, then up to half a second more, so that V8's background compilation
  // (Liftoff first, then TurboFan for the hot wasm functions; on other threads, but counted in this
  // process's CPU time) is over before the clock starts, for every build and for chrono-node alike.
  const w0 = cpuMs();
  do for (const t of texts) found += f(t); while (cpuMs() - w0 < 500);
  let passes = 0;
  const t0 = cpuMs();
  do {
    found = 0;
    for (const t of texts) found += f(t);
    passes++;
  } while (cpuMs() - t0 < minMs);
  const ms = (cpuMs() - t0) / passes;
  return { mbs: bytes / 1e6 / (ms / 1e3), ms, bytes, found };
}

const fmt = (r) => `${r.mbs.toFixed(2).padStart(8)} MB/s  ${r.ms.toFixed(1).padStart(9)} ms/pass  ${String(r.found).padStart(6)} found`;
console.log(`node ${process.version}, chrono-node ${chronoVersion}, quoteline wasm (${process.env.QL_PKG || 'pkg-node'})`);

const corpus = articles(200);
const q = measure(runQ, corpus);
const c = measure(runC, corpus);
console.log(`per article (200 × ${(q.bytes / 200 / 1000).toFixed(1)} KB):`);
console.log(`  quoteline extract  ${fmt(q)}`);
console.log(`  chrono-node parse  ${fmt(c)}`);
console.log(`  ratio              ${(q.mbs / c.mbs).toFixed(1)}×  (whole extraction against date parsing)`);
if (runT) {
  const d = measure(runT, corpus);
  console.log(`  quoteline dates    ${fmt(d)}`);
  console.log(`  ratio              ${(d.mbs / c.mbs).toFixed(1)}×  (date tagging against date parsing)`);
} else {
  console.log('  (dates alone: build pkg-node with `scripts/build-wasm.sh nodejs pkg-node --features bench` for benchTimex)');
}
const speedPath = path.join(ROOT, 'pkg-node-speed', 'quoteline.js');
if (!process.env.QL_PKG && existsSync(speedPath)) {
  const fast = require(speedPath);
  const fq = measure((t) => { const s = fast.extract(t, opts); return s.quotes.length + s.events.length; }, corpus);
  console.log(`the Node build (pkg-node-speed: opt-level 3, wasm-opt -O3), same articles:`);
  console.log(`  quoteline extract  ${fmt(fq)}`);
  console.log(`  ratio              ${(fq.mbs / c.mbs).toFixed(1)}×  (whole extraction against date parsing)`);
  if (fast.benchTimex) {
    const fd = measure((t) => JSON.parse(fast.benchTimex(t, opts.published)).length, corpus);
    console.log(`  quoteline dates    ${fmt(fd)}`);
    console.log(`  ratio              ${(fd.mbs / c.mbs).toFixed(1)}×  (date tagging against date parsing)`);
  }
}

console.log('one big string:');
const sizes = (process.env.SIZES || '10000,100000,1000000').split(',').map(Number);
for (const size of sizes) {
  const text = newsText(size);
  const qb = measure(runQ, [text], 1000);
  const cb = measure(runC, [text], 1000);
  const tb = runT && measure(runT, [text], 1000);
  console.log(`  ${String(size).padStart(8)} B  quoteline ${fmt(qb)}  |  chrono-node ${fmt(cb)}  |  ${(qb.mbs / cb.mbs).toFixed(1)}×` +
    (tb ? `  |  dates alone ${tb.mbs.toFixed(2)} MB/s, ${(tb.mbs / cb.mbs).toFixed(1)}×` : ''));
}
const big = newsText(4_000_000);
console.log(`  ${String(4e6).padStart(8)} B  quoteline ${fmt(measure(runQ, [big], 1000))}  (chrono-node not run: quadratic)`);
