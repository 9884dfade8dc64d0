// Strings handed to the wasm by the page's glue (pkg/, built and trimmed by scripts/build-web.sh, whose
// scripts/trim-glue.mjs rewrites passStringToWasm0): every string must reach Rust as its exact UTF-8
// (lone surrogates as U+FFFD), in an allocation of exactly the length handed over (Rust frees it
// with that length; any other size would corrupt the free-list allocator).
//   scripts/build-web.sh && node --test tests/glue/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const glue = readFileSync(path.join(ROOT, 'pkg/quoteline.js'), 'utf8');
const utf8 = (s) => Buffer.from(s, 'utf8'); // lone surrogates → EF BF BD, as TextEncoder writes them

// passStringToWasm0 as the glue has it, run against a model of the wasm's allocator that checks every
// call: realloc's old size is the block's size, no size is 0 but malloc's, and the block handed back is
// exactly the length handed back. Every allocation replaces the memory's Uint8Array (as memory.grow
// does), so a write through a view taken before a malloc or realloc is lost and caught.
const source = glue.match(/function passStringToWasm0\(arg, malloc, realloc\) \{\n[\s\S]*?\nreturn ptr;\n\}\n/)[0];
function harness() {
  let mem = new Uint8Array(64);
  let top = 8;
  const live = new Map();
  const grow = (size) => {
    const ptr = top;
    top += size + 8;
    const next = new Uint8Array(Math.max(top, mem.length));
    next.set(mem);
    mem = next;
    return ptr;
  };
  const malloc = (size, align) => {
    assert.equal(align, 1);
    if (size === 0) return 1; // __wbindgen_malloc: no allocation, the alignment as the pointer
    const ptr = grow(size);
    live.set(ptr, size);
    return ptr;
  };
  const realloc = (ptr, old, size, align) => {
    assert.equal(align, 1);
    assert.ok(old > 0 && size > 0, `realloc(${old} → ${size})`);
    assert.equal(live.get(ptr), old, 'realloc of a block with another size');
    const to = grow(size);
    mem.copyWithin(to, ptr, ptr + Math.min(old, size));
    live.delete(ptr);
    live.set(to, size);
    return to;
  };
  const pass = new Function('getUint8ArrayMemory0', 'cachedTextEncoder',
    `let WASM_VECTOR_LEN = 0;\n${source}\nreturn (s, m, r) => { const ptr = passStringToWasm0(s, m, r); return [ptr, WASM_VECTOR_LEN]; };`,
  )(() => mem, new TextEncoder());
  return (s) => {
    const [ptr, len] = pass(s, malloc, realloc);
    if (len > 0) {
      assert.equal(live.get(ptr), len, 'the allocation is not the length handed over');
      assert.equal(live.size, 1, 'a block was left behind');
      live.delete(ptr);
    } else assert.equal(live.size, 0);
    return Buffer.from(mem.subarray(ptr, ptr + len));
  };
}

test('the glue hands strings over with encodeInto (scripts/trim-glue.mjs PASS_STRING)', () => {
  assert.match(source, /encodeInto\(arg, getUint8ArrayMemory0\(\)\.subarray\(ptr, ptr \+ len\)\)/,
    'passStringToWasm0 is not the rewritten one: did wasm-bindgen change it? (scripts/trim-glue.mjs)');
  assert.doesNotMatch(source, /charCodeAt/);
});

test('passStringToWasm0 writes exact UTF-8 into an allocation of exactly its length', () => {
  const pass = harness();
  const cases = [
    '', 'a', 'é', '€', '😀', 'éa', 'aé', 'a€b',
    'é' + 'a'.repeat(300), 'a'.repeat(150) + '€' + 'a'.repeat(150), 'a'.repeat(300) + '😀',
    '“Ärzte sind müde,” sagte sie.', 'Київ', '東京で会議', '€'.repeat(1000),
    '\ud800', 'a\udc00b', 'x'.repeat(40) + '\ud83d', '\udc00\ud800', '\ud83d\ude00\ud83d',
    'aaa\ud83d\ude00', // the 4-byte character does not fit the first `length` bytes
    'a\u0000b\u007f\u0080\u07ff\u0800\uffff',
  ];
  for (const s of cases) assert.deepEqual(pass(s), utf8(s), JSON.stringify(s));
  // Random strings of every kind of UTF-16 unit, surrogates alone and in pairs among them.
  const units = [0x41, 0x7f, 0xe9, 0x20ac, 0xd83d, 0xde00, 0xdbff, 0xdc00, 0xfffd];
  let seed = 7;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
  for (let i = 0; i < 3000; i++) {
    const len = rand(60);
    let s = '';
    for (let k = 0; k < len; k++) s += String.fromCharCode(rand(3) ? 0x61 : units[rand(units.length)]);
    const bytes = pass(s);
    assert.deepEqual(bytes, utf8(s), JSON.stringify(s));
    new TextDecoder('utf-8', { fatal: true }).decode(bytes); // valid UTF-8
  }
  const big = 'a'.repeat(2_500_000) + 'ö' + 'b'.repeat(2_500_000) + '\ud800';
  assert.ok(pass(big).equals(utf8(big)));
});

test('article text reaches Rust intact through the wasm', async () => {
  const ql = await import(path.join(ROOT, 'pkg/quoteline.js'));
  await ql.default({ module_or_path: readFileSync(path.join(ROOT, 'pkg/quoteline_bg.wasm')) });
  const quotes = (text) => ql.extract(text, { published: '2026-02-06' }).quotes.map((q) => q.text);
  // Non-ASCII at the start, in the middle and at the end of the article.
  assert.deepEqual(quotes('“Öl prices will fall,” said Jörg Weiß on Monday.'), ['Öl prices will fall']);
  assert.deepEqual(quotes('Harbour opens\n\n"The cranes arrived from Malmö on time," port director Ana Ruiz said.'),
    ['The cranes arrived from Malmö on time']);
  const end = 'Harbour opens\n\n"The cranes are ready," port director Ana Ruiz said in Malmö';
  assert.deepEqual(quotes(end), ['The cranes are ready']);
  assert.equal(ql.extract(end).paragraphs.at(-1).text, end.split('\n\n')[1]);
  // A lone surrogate arrives as U+FFFD, in valid UTF-8.
  assert.deepEqual(quotes('Harbour opens\n\n"The cranes \ud800 are ready," port director Ana Ruiz said.'),
    ['The cranes \ufffd are ready']);
  assert.deepEqual(ql.extract('').paragraphs, []);
  // Near the 5 MiB limit: the length Rust receives is the exact UTF-8 length (its error reports it),
  // and the last paragraph of a 5 MB article arrives whole.
  const limit = 5 * 1024 * 1024;
  const over = 'é' + 'a'.repeat(limit - 2) + '€';
  assert.throws(() => ql.extract(over), { message: `the article is ${limit + 3} bytes; the limit is ${limit} bytes (5 MiB)` });
  const para = 'The ferry ran on time across the bay again today, and the harbour was calm.\n\n';
  const last = '"Wir sind stolz auf die Crews in Göteborg," harbour master Lena Ortiz said.';
  const five = 'Ferry log\n\n' + para.repeat(Math.floor(5_000_000 / para.length)) + 'Ärger \ud83d\ude00 über Nacht.\n\n' + last;
  assert.ok(utf8(five).length > 5_000_000 && utf8(five).length < limit);
  const story = ql.extract(five);
  assert.equal(story.paragraphs.at(-1).text, last);
  assert.equal(story.paragraphs.at(-2).text, 'Ärger 😀 über Nacht.');
  assert.deepEqual(story.quotes.map((q) => q.text), ['Wir sind stolz auf die Crews in Göteborg']);
});
