// Two nodejs builds of the crate in one Node process, for a before/after that the machine's load does
// not skew: both are loaded, checked to give the same Story on 20 articles, then `extract` runs over
// the 200 articles of bench/node.mjs, alternating A and B, and the median CPU time of each is printed.
// With `benchTimex` last, the same for date tagging alone (builds made with `--features bench`).
//
//   node bench/ab.mjs path/to/pkgA path/to/pkgB [ROUNDS] [extract|benchTimex]   (--target nodejs folders)
import { createRequire } from 'node:module';
import path from 'node:path';
import { articles } from './corpus.mjs';

const require = createRequire(import.meta.url);
const [A, B] = process.argv.slice(2, 4).map((p) => require(path.resolve(p, 'quoteline.js')));
if (!A || !B) {
  console.error('usage: node bench/ab.mjs PKG_A PKG_B [ROUNDS] [extract|benchTimex]');
  process.exit(2);
}
const rounds = +(process.argv[4] || 10);
const corpus = articles(200);
const opts = { published: '2026-02-06' };
const timex = process.argv[5] === 'benchTimex';
if (timex && !(A.benchTimex && B.benchTimex)) {
  console.error('benchTimex: build both with --features bench');
  process.exit(2);
}
const call = timex ? (ql, t) => ql.benchTimex(t, opts.published) : (ql, t) => ql.extract(t, opts);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };
const run = (ql) => { const t0 = cpu(); for (const t of corpus) call(ql, t); return cpu() - t0; };
for (const t of corpus.slice(0, 20)) {
  if (JSON.stringify(call(A, t)) !== JSON.stringify(call(B, t))) {
    console.error(`the two builds give different ${timex ? 'dates' : 'Stories'}`);
    process.exit(1);
  }
}
run(A); run(B);
const ta = [], tb = [];
for (let r = 0; r < rounds; r++) { ta.push(run(A)); tb.push(run(B)); ta.push(run(A)); tb.push(run(B)); }
const med = (x) => x.slice().sort((a, b) => a - b)[x.length >> 1];
const bytes = corpus.reduce((s, t) => s + Buffer.byteLength(t), 0);
const fmt = (ms) => `${ms.toFixed(1)} ms/pass (${(bytes / 1e3 / ms).toFixed(2)} MB/s)`;
console.log(`A ${fmt(med(ta))}  B ${fmt(med(tb))}  B/A time ${(med(tb) / med(ta)).toFixed(3)}`);
