// The npm package's Node build (`quoteline/node`, scripts/package.sh): installed from the packed tarball
// into a scratch project, imported by its package name as an application would, by `import` and by
// `require` where Node can require an ES module (20.19+, 22.12+), and held to the same Story as the
// native golden file.
//   scripts/package.sh && node --test tests/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tgz = readdirSync(path.join(ROOT, 'target/npm')).find((f) => /^quoteline-.*\.tgz$/.test(f));
const app = path.join(ROOT, 'target/node-app');
rmSync(app, { recursive: true, force: true });
mkdirSync(path.join(app, 'node_modules/quoteline'), { recursive: true });
execFileSync('tar', ['xzf', path.join(ROOT, 'target/npm', tgz), '-C', path.join(app, 'node_modules/quoteline'), '--strip-components=1']);
writeFileSync(path.join(app, 'package.json'), '{ "type": "module" }\n');
writeFileSync(path.join(app, 'load.mjs'), "export * as ql from 'quoteline/node';\n");

const { ql } = await import(pathToFileURL(path.join(app, 'load.mjs')));
const seed = readFileSync(path.join(ROOT, 'dataset/zelenskyy-security-guarantees.txt'), 'utf8');
const golden = (name) => JSON.parse(readFileSync(path.join(ROOT, 'tests/golden', `${name}.json`), 'utf8'));

test('quoteline/node extracts the seed article as the native golden file has it', () => {
  const story = ql.extract(seed, { published: '2026-02-06' });
  const expected = golden('zelenskyy-security-guarantees.published-2026-02-06');
  expected.article.id = null; // the native golden's id is the file's name; a text handed to extract has none
  assert.deepEqual(JSON.parse(JSON.stringify(story)), expected);
  assert.equal(story.quotes.length > 0 && story.events.length > 0, true);
});

const requireEsm = process.features.require_module ? {} : { skip: 'this Node cannot require an ES module' };
test('quoteline/node loads by require as well', requireEsm, () => {
  const req = createRequire(path.join(app, 'load.cjs'));
  const cjs = req('quoteline/node');
  assert.equal(typeof cjs.extract, 'function');
  const a = cjs.extract('“We will rebuild the bridge by May 2027,” said Mayor Ana Ruiz on Monday.', { published: '2026-03-02' });
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].text, 'We will rebuild the bridge by May 2027');
  assert.equal(a.speakers.find((s) => s.id === a.quotes[0].speakerId).name, 'Ana Ruiz');
  assert.equal(a.events.some((e) => e.date.value === '2027-05'), true);
});

test('quoteline/node answers bad input with an error value, and the module lives on', () => {
  assert.throws(() => ql.extract(42), (e) => e instanceof Error && typeof e.code === 'string');
  assert.throws(() => ql.extract('text', { published: 'not a date' }), (e) => e instanceof Error && typeof e.code === 'string');
  assert.throws(() => ql.mount(null, seed), (e) => e instanceof Error && e.code === 'bad-input');
  // No document in Node: the widget's entry points say so, and say it again (no poisoned state).
  for (let i = 0; i < 2; i++) {
    assert.throws(() => ql.mount('#quotes', { article: seed }), (e) => e.code === 'dom' && /no document/.test(e.message));
    assert.throws(() => ql.autoMount(), (e) => e.code === 'dom' && /no document/.test(e.message));
  }
  assert.equal(ql.extract(seed, { published: '2026-02-06' }).quotes.length, golden('zelenskyy-security-guarantees.published-2026-02-06').quotes.length);
});

// The render-only build ships as quoteline/web/render, and the package's embed.js loads it for pages of
// data-story widgets. Its web-target module runs in Node too (initSync with the wasm's bytes): it shows
// Stories only.
test('quoteline/web/render: the render-only build, a viewer of Stories only', async () => {
  const embed = readFileSync(path.join(app, 'node_modules/quoteline/web/embed.js'), 'utf8');
  assert.match(embed, /^const RENDER = '\.\/render\/quoteline\.js';/m);
  writeFileSync(path.join(app, 'render.mjs'), "export * as ql from 'quoteline/web/render';\n");
  const { ql: render } = await import(pathToFileURL(path.join(app, 'render.mjs')));
  render.initSync({ module: readFileSync(path.join(app, 'node_modules/quoteline/web/render/quoteline_bg.wasm')) });
  const storyJson = readFileSync(path.join(ROOT, 'www/data/zelenskyy-security-guarantees.story.json'), 'utf8');
  assert.deepEqual(render.extract(storyJson), JSON.parse(storyJson));
  assert.throws(() => render.extract(seed), (e) => e.code === 'bad-input' && /render-only build/.test(e.message));
  assert.equal(render.toTimelineJS, undefined);
  assert.deepEqual(render.articles(), []);
});
