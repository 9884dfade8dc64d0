// The benchmark text: the bundled seed article's paragraphs interleaved with bench/sentences.txt (written
// for these benchmarks), the same material examples/bench_extract.rs uses.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seed = readFileSync(path.join(ROOT, 'dataset/zelenskyy-security-guarantees.txt'), 'utf8');
const own = readFileSync(path.join(ROOT, 'bench/sentences.txt'), 'utf8');
export const PARAGRAPHS = [...seed.split('\n').slice(2), ...own.split('\n')].filter((l) => l.trim());

/** One plain-text article of at least `size` bytes; `k` rotates where the paragraphs start. */
export function newsText(size, k = 0) {
  const parts = [`Bridge repairs and peace talks: a day of news (${k})`];
  let len = parts[0].length;
  for (let i = k; len < size; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length];
    parts.push(p);
    len += Buffer.byteLength(p) + 1;
  }
  return parts.join('\n');
}

/** `n` articles of one seed article's length each (about 3.5 KB). */
export function articles(n) {
  const one = PARAGRAPHS.reduce((s, p) => s + Buffer.byteLength(p) + 1, 0);
  return Array.from({ length: n }, (_, k) => newsText(one, k));
}
