// Every example page in www/ in headless Chromium: the widget is there and works, widgets that a page
// adds later mount and removed ones leave nothing behind, and the embed works from another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, widgetTexts } from './harness.mjs';

let server, cdn, browser;
before(async () => { [server, cdn] = await Promise.all([serve(), serve()]); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); cdn?.stop(); });

const rendered = (page, host) => page.waitForFunction((h) => document.querySelector(h)?.querySelector(':scope > quoteline-root')?.shadowRoot?.querySelector('.ql, .ql-error'), host);
const ql = (page) => page.evaluate(() => globalThis[Symbol.for('quoteline.embed')].then(() => true));
const count = (page) => page.evaluate(async () => (await globalThis[Symbol.for('quoteline.embed')]).mountedCount());

test('script tag: data-* options apply, and a wrong article shows why', async () => {
  const errors = [];
  const page = await open(browser, `${server.url}/www/example-script-tag.html`, errors);
  await rendered(page, '#timeline-only');
  await rendered(page, '#wrong');
  const top = await page.evaluate(() => {
    const el = document.querySelector('#timeline-only quoteline-root').shadowRoot.querySelector('.ql');
    return { view: el.dataset.view, theme: el.dataset.theme };
  });
  assert.deepEqual(top, { view: 'timeline', theme: 'dark' });
  assert.deepEqual(await widgetTexts(page, '#timeline-only', '.ql-event-item time'), ['End of January 2026', '1 February 2026', '5 February 2026']);
  const [message] = await widgetTexts(page, '#wrong', '.ql-error');
  assert.match(message, /no bundled article "no-such-article"/);
  assert.equal(await count(page), 3);
  assert.deepEqual(errors, []);
  await page.close();
});

// Counts the event listeners the widgets hold (all on their shadow roots), to prove destroy removes them.
const countListeners = () => {
  const live = new Set();
  const key = (t, type, f) => { t.__qlKeys ??= new Map(); const k = `${type}`; const m = t.__qlKeys; if (!m.has(f)) m.set(f, {}); return m.get(f)[k] ??= { t, type }; };
  const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, f, o) { if (this instanceof ShadowRoot) live.add(key(this, type, f)); return add.call(this, type, f, o); };
  EventTarget.prototype.removeEventListener = function (type, f, o) { if (this instanceof ShadowRoot) live.delete(key(this, type, f)); return remove.call(this, type, f, o); };
  window.__shadowListeners = () => live.size;
};

test('single-page app: added elements mount, removed ones are destroyed', async () => {
  const errors = [];
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(countListeners);
  await page.goto(`${server.url}/www/example-spa.html`);
  await rendered(page, '#app [data-quoteline]');
  assert.equal(await count(page), 1);
  // Added after load, by the app.
  await page.click('#add');
  await page.click('#add');
  await page.waitForFunction(() => document.querySelectorAll('#app quoteline-root').length === 3);
  assert.equal(await count(page), 3);
  assert.equal(await page.evaluate(() => window.__shadowListeners()), 9, 'click, keydown and focusin per widget');
  // A route change replaces them all: the old three are destroyed, the new one (fetched by URL) mounts.
  await page.click('[data-route="ferry"]');
  await rendered(page, '#app [data-quoteline]');
  assert.equal(await count(page), 1);
  assert.equal((await widgetTexts(page, '#app [data-quoteline]', '.ql-event-item')).length, 3, 'May 2, June 9 and "the summer"');
  // Removed with nothing left behind: no widget DOM, and the registry (listeners, data) is empty.
  await page.click('[data-route="none"]');
  await page.waitForFunction(async () => (await globalThis[Symbol.for('quoteline.embed')]).mountedCount() === 0);
  assert.equal(await page.locator('quoteline-root').count(), 0);
  assert.equal(await page.evaluate(() => window.__shadowListeners()), 0, 'every listener a widget added is removed');
  // Moving a widget within the page keeps it.
  await page.click('[data-route="ukraine"]');
  await rendered(page, '#app [data-quoteline]');
  await page.evaluate(() => document.body.append(document.querySelector('#app [data-quoteline]')));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  assert.equal(await count(page), 1);
  assert.equal(await page.locator('body > [data-quoteline] > quoteline-root').count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('changing data-* attributes remounts; removing data-quoteline destroys', async () => {
  const page = await open(browser, `${server.url}/www/example-script-tag.html`);
  await rendered(page, '#timeline-only');
  await page.evaluate(() => document.querySelector('#timeline-only').setAttribute('data-view', 'quotes'));
  await page.waitForFunction(() => document.querySelector('#timeline-only quoteline-root').shadowRoot.querySelector('.ql')?.dataset.view === 'quotes');
  await page.evaluate(() => document.querySelector('#timeline-only').removeAttribute('data-quoteline'));
  await page.waitForFunction(() => !document.querySelector('#timeline-only quoteline-root'));
  assert.equal(await count(page), 2);
  await page.close();
});

test('article from the page: text nodes of headings and paragraphs only', async () => {
  const errors = [];
  const page = await open(browser, `${server.url}/www/example-page-source.html`, errors);
  await rendered(page, '#from-page');
  const story = await page.evaluate(async () => {
    const m = await globalThis[Symbol.for('quoteline.embed')];
    return m.extract(JSON.stringify({ body: 'x' })) && m.mountElement(document.querySelector('#from-page')).data();
  });
  const texts = story.paragraphs.map((p) => `${p.kind}: ${p.text}`);
  assert.deepEqual(texts, [
    'heading: Library extends its hours for exam season',
    'paragraph: By a staff writer · 20 May 2025',
    'paragraph: The city library will stay open until midnight from May 26, the council said on Monday.',
    'heading: Students asked for it',
    'paragraph: "We had nowhere quiet to study after nine," said Maya Lind, a second-year student.',
    'paragraph: Study rooms on every floor.',
    'paragraph: The longer hours end on June 20.',
  ]);
  assert.equal(story.article.title, 'Library extends its hours for exam season');
  assert.equal(story.article.published, '2025-05-20', 'the byline <time datetime> anchors the dates');
  assert.deepEqual(await widgetTexts(page, '#from-page', '.ql-quote-item cite'), ['Maya Lind']);
  const values = story.events.map((e) => e.date.value);
  assert.ok(values.includes('2025-05-26'), values.join());
  assert.ok(values.every((v) => /^\d{4}-/.test(v)), `every year is anchored: ${values.join()}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('custom element: attributes drive it, removal destroys it', async () => {
  const errors = [];
  const page = await open(browser, `${server.url}/www/example-custom-element.html`, errors);
  await rendered(page, '#el');
  assert.equal((await widgetTexts(page, '#el', '.ql-quote-item')).length, 3);
  const attr = (a) => page.evaluate((a) => document.querySelector('#el quoteline-root').shadowRoot.querySelector('.ql').dataset[a], a);
  assert.equal(await attr('theme'), 'light');
  await page.click('#dark');
  assert.equal(await attr('theme'), 'dark');
  await page.click('#timeline');
  assert.equal(await attr('view'), 'timeline');
  await page.click('#other');
  await page.waitForFunction(() => document.querySelector('#el quoteline-root')?.shadowRoot.querySelector('.ql-headline')?.textContent.startsWith('Night ferry'));
  assert.equal(await attr('view'), 'timeline', 'the other attributes still apply');
  assert.equal(await count(page), 1);
  await page.click('#remove');
  assert.equal(await count(page), 0);
  // Created by script, as frameworks do: attributes first, then inserted.
  await page.evaluate(() => {
    const el = document.createElement('quote-line');
    el.id = 'made';
    el.setAttribute('article', 'Bakery wins prize\n"Bread is patience," said Ada Moss, a baker, on May 4.');
    document.body.append(el);
  });
  await rendered(page, '#made');
  assert.deepEqual(await widgetTexts(page, '#made', '.ql-quote-item cite'), ['Ada Moss']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('module API: widget methods, typed errors, TimelineJS and JSON-LD out, TimelineJS in', async () => {
  const errors = [];
  const page = await open(browser, `${server.url}/www/example-module.html`, errors);
  await page.waitForFunction(() => window.imported);
  await rendered(page, '#imported');
  assert.equal(await page.locator('#status').textContent(), '3 quotes, 3 events');
  await page.click('#view-quotes');
  await page.click('#theme-dark');
  await page.click('#select-q2');
  const state = await page.evaluate(() => {
    const top = document.querySelector('#quotes quoteline-root').shadowRoot.querySelector('.ql');
    return { view: top.dataset.view, theme: top.dataset.theme, selected: top.querySelector('.is-selected')?.dataset.id };
  });
  assert.deepEqual(state, { view: 'quotes', theme: 'dark', selected: 'q2' });
  assert.equal(await page.locator('#status').textContent(), 'Selected quote q2');
  assert.deepEqual(await page.evaluate(() => window.lastError.code), 'not-found');
  const bad = await page.evaluate(() => { try { window.example.widget().setView('sideways'); } catch (e) { return [e instanceof Error, e.code, e.message]; } });
  assert.deepEqual(bad, [true, 'bad-input', "view must be 'both', 'quotes' or 'timeline', not \"sideways\""]);

  const tl = JSON.parse(await page.locator('#timelinejs').textContent());
  assert.equal(tl.events.length, 3);
  assert.deepEqual(tl.events.map((e) => e.start_date), [{ year: '2026', month: '1' }, { year: '2026', month: '2', day: '1' }, { year: '2026', month: '2', day: '5' }]);
  const ld = await page.evaluate(() => JSON.parse(document.querySelector('head script[type="application/ld+json"]').textContent));
  assert.equal(ld['@context'], 'https://schema.org');
  assert.equal(ld['@graph'].length, 3);
  assert.deepEqual(ld['@graph'][0].spokenByCharacter, { '@type': 'Person', name: 'Volodymyr Zelenskyy', jobTitle: 'President' });

  // The TimelineJS file, fetched and shown in timeline order with its quote.
  const imported = await page.evaluate(() => window.imported.data());
  assert.deepEqual(imported.events.map((e) => e.date.value), ['2025-03-03', '2025-03-09', '2025-04']);
  assert.equal(imported.quotes[0].text, 'We worked through the night to get the cranes running.');
  assert.deepEqual(await widgetTexts(page, '#imported', '.ql-event-item time'), ['3 March 2025', '9 March 2025', 'April 2025']);

  await page.click('#destroy');
  assert.equal(await page.locator('#quotes quoteline-root').count(), 0);
  assert.equal(await page.evaluate(() => window.example.widget().mounted), false);
  await page.click('#remount');
  await rendered(page, '#quotes');
  assert.deepEqual(errors, []);
  await page.close();
});

test('articles by URL: plain text, a TimelineJS file, and a clear error for a missing file', async () => {
  const errors = [];
  const page = await open(browser, `${server.url}/www/example-url.html`, errors);
  await Promise.all(['#text', '#timeline', '#missing'].map((h) => rendered(page, h)));
  assert.deepEqual(await widgetTexts(page, '#text', '.ql-quote-item cite'), ['Tom Okafor']);
  assert.deepEqual(await widgetTexts(page, '#text', '.ql-event-item time'), ['2 May 2025', '9 June 2025', 'Summer 2025']);
  assert.equal((await widgetTexts(page, '#timeline', '.ql-event-item')).length, 3);
  const [message] = await widgetTexts(page, '#missing', '.ql-error');
  assert.match(message, /could not load the article from data\/no-such-file\.txt: HTTP 404/);
  // mountUrl rejects with code 'fetch'.
  const code = await page.evaluate(async () => {
    const m = await globalThis[Symbol.for('quoteline.embed')];
    return m.mountUrl('#missing', 'data/nothing.json').catch((e) => e.code);
  });
  assert.equal(code, 'fetch');
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  await page.close();
});

test('the embed served from another origin (a second port) works', async () => {
  const errors = [];
  const requests = [];
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.url}/tests/e2e/fixtures/cross-origin.html?cdn=${encodeURIComponent(`${cdn.url}/www/embed.js`)}`);
  await rendered(page, '[data-quoteline]');
  assert.equal((await widgetTexts(page, '[data-quoteline]', '.ql-quote-item')).length, 3);
  const wasm = requests.filter((u) => u.endsWith('.wasm'));
  assert.deepEqual(wasm, [`${cdn.url}/pkg/quoteline_bg.wasm`]);
  assert.notEqual(new URL(cdn.url).origin, new URL(server.url).origin);
  assert.deepEqual(errors, []);
  await page.close();
});

test('playground: pasting an article updates the widget and its exports', async () => {
  const errors = [];
  const page = await open(browser, `${server.url}/www/`, errors);
  await rendered(page, '#playground');
  await page.fill('#article-text', 'Museum reopens\n"The roof no longer leaks," curator Ida Brun said on June 2, 2025.\nThe museum had closed on May 1, 2024.');
  await page.waitForFunction(() => document.querySelector('#playground quoteline-root')?.shadowRoot.querySelector('.ql-headline')?.textContent === 'Museum reopens');
  assert.equal(await page.locator('#play-status').textContent(), '1 quotes, 2 events');
  assert.deepEqual(await widgetTexts(page, '#playground', '.ql-quote-item blockquote'), ['The roof no longer leaks']);
  assert.deepEqual(await widgetTexts(page, '#playground', '.ql-headline'), ['Museum reopens']);
  const tl = JSON.parse(await page.locator('#play-timelinejs').textContent());
  assert.deepEqual(tl.events.map((e) => e.start_date.year), ['2024', '2025']);
  // Emptied, the widget says there is nothing to show rather than failing.
  await page.fill('#article-text', '');
  await page.waitForFunction(() => document.querySelector('#play-status').textContent === '0 quotes, 0 events');
  assert.deepEqual(errors, []);
  await page.close();
});
