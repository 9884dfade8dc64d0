// The page's wasm (pkg/, scripts/build-web.sh) extracts a long article in time linear in its length.
// Its allocator (lol_alloc's free list) walks every free block on each allocation: a pattern that leaves
// one small hole per paragraph made a 2 MB article of short paragraphs take seconds (quadratic).
// Run in Node, no browser: `extract` needs no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('extract: four times the paragraphs take about four times as long, not sixteen', async () => {
  const ql = await import(new URL('../../pkg/quoteline.js', import.meta.url));
  ql.initSync({ module: readFileSync(new URL('../../pkg/quoteline_bg.wasm', import.meta.url)) });
  const paragraph = '«Ми залишимося», — сказав Іван Петров 5 березня 2024 року.\n\n';
  // The fastest of three runs, each in a fresh instance's worth of text.
  const time = (n) => {
    const text = paragraph.repeat(n);
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      const story = ql.extract(text);
      best = Math.min(best, performance.now() - t0);
      assert.equal(story.quotes.length, n);
    }
    return best;
  };
  const small = time(4000);
  const large = time(16000);
  assert.ok(large < 7 * small, `4,000 paragraphs: ${small.toFixed(0)} ms; 16,000: ${large.toFixed(0)} ms`);
});
