// The render-only page build (pkg-render/: no engines, README "Embed it", "A Story extracted at publish
// time"): from the seed's Story JSON it renders the same widget the full build renders from the seed's
// text, it loads no engines, and a bad Story shows the error state without a page error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, open, widgetTexts, ROOT } from './harness.mjs';

const SEED_STORY = JSON.parse(readFileSync(path.join(ROOT, 'www/data/zelenskyy-security-guarantees.story.json'), 'utf8'));
// The same page with the seed's text instead of its Story (so the full build loads and extracts it in
// the page), served beside it as www/seed-full.html: the same layout, pixel for pixel.
const STORY_PAGE = readFileSync(path.join(ROOT, 'www/example-story.html'), 'utf8');
const FULL_PAGE = STORY_PAGE.replace('data-story="data/zelenskyy-security-guarantees.story.json"', 'data-article="zelenskyy-security-guarantees"')
  .replace('<div id="bad" data-quoteline data-story="data/ferry.txt"></div>', '<div id="bad"></div>');

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

const rendered = (page, host) => page.waitForFunction((h) => document.querySelector(h)?.querySelector(':scope > quoteline-root')?.shadowRoot?.querySelector('.ql, .ql-error'), host);
const shadowHtml = (page, host) => page.evaluate((h) => document.querySelector(h).querySelector(':scope > quoteline-root').shadowRoot.innerHTML, host);

/** Opens `url` at a fixed size, recording errors and the wasm files the page fetched. */
async function openPage(url) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, colorScheme: 'light', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [], wasm = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.route('**/www/seed-full.html', (route) => route.fulfill({ contentType: 'text/html', body: FULL_PAGE }));
  await page.goto(`${server.url}${url}`);
  await rendered(page, '#main');
  return { page, context, errors, wasm };
}

test('the render-only build renders the seed Story as the full build renders the seed text', async () => {
  const story = await openPage('/www/example-story.html');
  const full = await openPage('/www/seed-full.html');
  assert.deepEqual(story.wasm, ['/pkg-render/quoteline_bg.wasm'], 'a page of data-story widgets loads the render-only build');
  assert.deepEqual(full.wasm, ['/pkg/quoteline_bg.wasm']);
  const [a, b] = [await shadowHtml(story.page, '#main'), await shadowHtml(full.page, '#main')];
  assert.ok(a.includes('Regardless of Russia') && a.includes('ql-event'), 'the widget shows quotes and events');
  assert.equal(a, b, 'the same shadow DOM');
  // The same pixels too (same viewport, fonts and theme).
  const [sa, sb] = [await story.page.locator('#main').screenshot(), await full.page.locator('#main').screenshot()];
  assert.ok(sa.equals(sb), 'the same screenshot');
  // The data is the Story the CLI wrote, unchanged.
  const data = await story.page.evaluate(async () => (await (await import('/www/embed.js')).default).mountElement(document.querySelector('#main'))?.data());
  assert.deepEqual(data, SEED_STORY);
  assert.deepEqual(story.errors, []);
  assert.deepEqual(full.errors, []);
  await story.context.close();
  await full.context.close();
});

test('render-only: a file that is not a Story shows the error state; bad Stories and article text are clear errors', async () => {
  const { page, context, errors } = await openPage('/www/example-story.html');
  await rendered(page, '#bad');
  const [message] = await widgetTexts(page, '#bad', '.ql-error');
  assert.match(message, /^Quoteline: malformed JSON at line 1, /);
  const got = await page.evaluate(async (seed) => {
    const ql = await (await import('/www/embed.js')).default;
    const out = {};
    const attempt = (f) => { try { f(); return null; } catch (e) { return { code: e.code, message: e.message }; } };
    const host = document.createElement('div');
    document.body.append(host);
    let fired = null;
    host.addEventListener('quoteline:error', (e) => { fired = e.detail.code; });
    // An offset past its paragraph: rejected before anything renders.
    const bad = structuredClone(seed);
    bad.quotes[0].end = 100000;
    out.badOffset = attempt(() => ql.mount(host, { story: bad }));
    out.shown = host.querySelector('quoteline-root')?.shadowRoot?.querySelector('.ql-error')?.textContent;
    out.fired = fired;
    out.badKind = attempt(() => ql.mount(host, { story: { ...seed, paragraphs: [{ kind: 'title', text: 'x' }] } }));
    out.notJson = attempt(() => ql.mount(host, { story: '{"article": ' }));
    out.text = attempt(() => ql.mount(host, { article: 'Headline\n"We are ready," Mayor Ana Ruiz said on March 3.' }));
    out.id = attempt(() => ql.mount(host, { article: 'zelenskyy-security-guarantees' }));
    out.source = attempt(() => ql.mount(host, { source: 'body' }));
    out.extractText = attempt(() => ql.extract('Headline\nA paragraph.'));
    // A viewer: no TimelineJS input and no exports (the full build and quoteline/node have them, and
    // take a Story, so a pipeline writes them at publish time).
    out.timelinejs = attempt(() => ql.mount(host, { article: { events: [{ start_date: { year: 2024 }, text: { headline: 'A' } }] } }));
    out.exports = [typeof ql.toTimelineJS, typeof ql.toJsonLd, typeof ql.Widget.prototype.toTimelineJS, typeof ql.Widget.prototype.toJsonLd];
    out.extractStory = ql.extract(JSON.stringify(seed));
    out.articles = ql.articles();
    // A good Story (as an object) still mounts in the same element.
    out.good = ql.mount(host, { story: seed }).data().quotes.length;
    return out;
  }, SEED_STORY);
  assert.equal(got.badOffset.code, 'bad-input');
  assert.match(got.badOffset.message, /quotes\[0\]\.end is past the end of its text/);
  assert.match(got.shown, /quotes\[0\]\.end/);
  assert.equal(got.fired, 'bad-input');
  assert.match(got.badKind.message, /paragraphs\[0\]\.kind must be one of heading paragraph caption/);
  assert.match(got.notJson.message, /malformed JSON/);
  assert.deepEqual(got.exports, ['undefined', 'undefined', 'undefined', 'undefined']);
  for (const k of ['text', 'id', 'source', 'extractText', 'timelinejs']) {
    assert.equal(got[k].code, 'bad-input', k);
    assert.match(got[k].message, /render-only build.*load the full build/, k);
  }
  assert.deepEqual(got.extractStory, SEED_STORY);
  assert.deepEqual(got.articles, []);
  assert.equal(got.good, 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the full build mounts a Story too (options.story), the same as from the text', async () => {
  const { page, context, errors } = await openPage('/www/seed-full.html');
  const same = await page.evaluate(async (seed) => {
    const ql = await import('/pkg/quoteline.js');
    const host = document.createElement('div');
    document.body.append(host);
    const w = ql.mount(host, { story: JSON.stringify(seed) });
    const a = host.querySelector('quoteline-root').shadowRoot.querySelector('.ql-panel').innerHTML;
    const b = document.querySelector('#main quoteline-root').shadowRoot.querySelector('.ql-panel').innerHTML;
    return [a == b, JSON.stringify(w.data()) == JSON.stringify(seed), JSON.stringify(ql.extract(seed)) == JSON.stringify(seed)];
  }, SEED_STORY);
  assert.deepEqual(same, [true, true, true]);
  assert.deepEqual(errors, []);
  await context.close();
});
