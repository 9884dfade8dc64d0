// The page's wasm (pkg/, scripts/build-web.sh) extracts a long article in time linear in its length.
// Its allocator was lol_alloc's free list, which walked every free block on each allocation and free:
// a pattern that left one small hole per paragraph made a 2 MB article of short paragraphs take seconds
// (quadratic). Now it is talc (src/web/allocator.rs), whose alloc and free take bounded time.
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

// One paragraph of n quotes, each by a speaker of its own: the registry and the Story hold n names
// and n quotes, dropped together at the end. With lol_alloc's free list every free walked the free
// blocks (2,000 / 8,000 quotes: 94 / 1,157 ms, 12 times); talc's free takes bounded time.
test('extract: four times the quotes by four times the speakers in one paragraph take about four times as long', async () => {
  const ql = await import(new URL('../../pkg/quoteline.js', import.meta.url));
  ql.initSync({ module: readFileSync(new URL('../../pkg/quoteline_bg.wasm', import.meta.url)) });
  const speakers = ['Mara Quill', 'Tobias Ferrand', 'Ines Okafor', 'Lev Sandoval', 'Ruth Abernathy'];
  const paragraph = (n) => 'Council notes\n\n' + Array.from({ length: n }, (_, i) => {
    const name = speakers[i % speakers.length].replace(' ', ` ${String.fromCharCode(65 + (i % 26))}${i} `);
    return `“The bridge opens on ${i % 28 + 1} May,” said ${name}.`;
  }).join(' ');
  // CPU time (the machine is shared), the fastest of three runs.
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };
  const time = (n) => {
    const text = paragraph(n);
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = cpu();
      const story = ql.extract(text, { published: '2026-04-02' });
      best = Math.min(best, cpu() - t0);
      assert.equal(story.quotes.length, n);
      assert.equal(story.speakers.length, n);
    }
    return best;
  };
  const small = time(2000);
  const large = time(8000);
  assert.ok(large < 7 * small, `2,000 quotes: ${small.toFixed(0)} ms; 8,000: ${large.toFixed(0)} ms`);
});
