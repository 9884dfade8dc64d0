// Benchmarks 3 and 4 (BENCHMARKS.md) in headless Chromium (Debian's, through playwright-core):
//  3. time from init to the widget rendered for the seed article, against TimelineJS (npm, served
//     locally) rendering the same three events; and the gzipped bytes each one's page fetched
//     (`layoutMs`: the part of `mountMs` spent in the forced layout after the mount);
//  4. the wasm linear memory after mounting the seed article and after 1,000 mount/destroy cycles.
//     CYCLES=10000 carries on to 10,000; a page built with `scripts/build-web.sh --features bench`
//     also reports the live heap (bytes and blocks), which tells a leak from fragmentation.
//
//   scripts/test.sh (or scripts/build-web.sh)
//   scripts/build-wasm.sh nodejs pkg-node
//   (cd bench && npm ci) && node bench/browser.mjs
//
// BREAKDOWN=1 traces each Quoteline run (CDP Tracing; tracing slows the page, so its times are not the
// benchmark's) and adds the medians of where init + mount go on the page's main thread: the lazy
// (first-call) compile of the wasm's functions, the forced layout and, inside it, the font look-ups
// (synchronous calls to the browser process on Linux).
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './corpus.mjs';
import { serve, launch } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS || 9);
const require = createRequire(import.meta.url);
const ql = require(path.join(ROOT, 'pkg-node/quoteline.js'));

// The same three events, as TimelineJS data (anchored to the publication date TimelineJS needs a year from).
const story = ql.extract(readFileSync(path.join(ROOT, 'dataset/zelenskyy-security-guarantees.txt'), 'utf8'), { published: '2026-02-06' });
const tlData = {
  events: story.events.map((e) => {
    const [year, month, day] = e.date.value.split('-').map(Number);
    return { start_date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) }, text: { headline: e.date.text, text: e.text } };
  }),
};
if (tlData.events.length !== 3) throw new Error(`expected three events, got ${tlData.events.length}`);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const server = await serve();
const browser = await launch();
const chromiumVersion = browser.version();

/** Loads `page` in a fresh context RUNS times; returns the results and the bytes fetched by the last one. */
async function runs(page, arg, traced = false) {
  const out = [];
  let fetched = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const p = await context.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    const bodies = [];
    p.on('response', (r) => bodies.push(r.body().then((b) => ({ url: r.url(), raw: b.length, gz: gzipSync(b, { level: 9 }).length })).catch(() => null)));
    await p.goto(`${server.url}/bench/${page}`);
    const before = bodies.length;
    const trace = traced ? await startTrace(context, p) : null;
    out.push(await p.evaluate((a) => window.run(a), arg));
    if (trace) Object.assign(out.at(-1), await trace());
    await p.waitForLoadState('networkidle');
    if (errors.length) throw new Error(`${page}: ${errors.join('; ')}`);
    fetched = (await Promise.all(bodies.slice(before))).filter(Boolean);
    if (i === RUNS - 1 && page === 'quoteline.html' && !traced) out.memory = await memory(p);
    await context.close();
  }
  return { out, fetched };
}

/** Starts tracing `p`; resolves to a function that stops and sums the main thread's phases (ms). */
async function startTrace(context, p) {
  const cdp = await context.newCDPSession(p);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.wasm,blink,fonts', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    const layout = events.find((e) => e.name === 'Layout' && e.ph === 'X');
    const main = (e) => e.ph === 'X' && e.pid === layout.pid && e.tid === layout.tid;
    // Outermost events of `name` only (some nest in themselves).
    const sum = (name) => {
      let end = 0, total = 0;
      for (const e of events.filter((e) => main(e) && e.name === name).sort((a, b) => a.ts - b.ts)) {
        if (e.ts >= end) { total += e.dur / 1000; end = e.ts + e.dur; }
      }
      return total;
    };
    return { wasmLazyMs: sum('wasm.CompileLazy'), layoutTraceMs: sum('Layout'), fontMs: sum('FontCache::GetFontPlatformData') };
  };
}

async function memory(p) {
  const first = await p.evaluate(() => window.wasm.memory.buffer.byteLength);
  const warm = await p.evaluate(() => window.cycles(10));
  const after = await p.evaluate(() => window.cycles(1000));
  const again = await p.evaluate(() => window.cycles(1000));
  // CYCLES=10000: carry on to that many cycles, reporting every 1,000.
  const longer = [];
  for (let n = 2000; n < Number(process.env.CYCLES || 0); n += 1000) longer.push(await p.evaluate(() => window.cycles(1000)));
  return { first, warm, after, again, longer };
}

try {
  const q = await runs('quoteline.html');
  const t = await runs('timelinejs.html', tlData);
  const row = (name, r, keys) => `  ${name.padEnd(12)} ` + keys.map((k) => `${k} ${median(r.out.map((x) => x[k])).toFixed(1)} ms`).join('  ');
  console.log(`Chromium ${chromiumVersion}, ${RUNS} fresh pages each, medians, served from 127.0.0.1`);
  console.log(row('Quoteline', q, ['loadMs', 'initMs', 'mountMs', 'layoutMs', 'fromInitMs', 'totalMs']));
  console.log(row('TimelineJS', t, ['loadMs', 'fromInitMs', 'totalMs']));
  if (process.env.BREAKDOWN) {
    const b = await runs('quoteline.html', undefined, true);
    console.log(row('traced', b, ['initMs', 'mountMs', 'wasmLazyMs', 'layoutTraceMs', 'fontMs']));
  }
  const qi = median(q.out.map((x) => x.fromInitMs)), ti = median(t.out.map((x) => x.fromInitMs));
  const qt = median(q.out.map((x) => x.totalMs)), tt = median(t.out.map((x) => x.totalMs));
  console.log(`  ratio (TimelineJS / Quoteline): from init ${(ti / qi).toFixed(1)}×, from first byte of the library ${(tt / qt).toFixed(1)}×`);
  for (const [name, r] of [['Quoteline', q], ['TimelineJS', t]]) {
    const files = r.fetched.filter((f) => !f.url.endsWith('.html'));
    console.log(`  ${name} fetched: ` + files.map((f) => `${f.url.replace(server.url, '')} ${f.gz} B gz`).join(', ') + ` = ${files.reduce((s, f) => s + f.gz, 0)} B gzipped`);
  }
  const m = q.out.memory;
  console.log(`memory: wasm linear memory ${m.first} B after the first mount; ${m.warm.memory} after 10 more cycles; ${m.after.memory} after 1,000; ${m.again.memory} after 2,000 (widgets mounted ${m.again.mounted}, host nodes ${m.again.hostNodes})`);
  if (m.again.memory > m.warm.memory) { console.error('memory grew across mount/destroy cycles'); process.exitCode = 1; }
  m.longer.forEach((r, i) => console.log(`  after ${(i + 3) * 1000} cycles: ${r.memory} B`));
  // A `--features bench` build (scripts/build-web.sh --features bench) counts the live heap too.
  const heap = (r) => (r.heap ? `${r.heap[0]} B in ${r.heap[1]} blocks` : 'n/a');
  if (m.warm.heap) console.log(`  live heap: ${heap(m.warm)} after 10 cycles; ${heap(m.after)} after 1,000; ${heap(m.again)} after 2,000` + m.longer.map((r, i) => `; ${heap(r)} after ${(i + 3) * 1000}`).join(''));
} finally {
  await browser.close();
  server.stop();
}
