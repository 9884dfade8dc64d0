// The widget in headless Chromium: screenshots in light, dark, narrow and wide layouts (written to
// target/screenshots/, not committed), axe-core with zero violations in each, and the behaviour a
// newsroom relies on: keyboard, deep links, copy, container-query layout, theming, isolation, print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, ROOT } from './harness.mjs';

const SHOTS = path.join(ROOT, 'target/screenshots');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

// Two speakers, a quote linked to a dated event, and em dashes before a date (UTF-16 offsets).
const FERRY = [
  '---', 'published: 2026-03-10', 'source: Harbour Gazette', '---',
  'Ferry service resumes after the storm',
  '"The boats will sail again on March 12," harbour master Lena Brandt said.',
  '"We are relieved, and so are our customers," shop owner Tomás Ruiz said.',
  '"Repairs took longer than planned," Brandt added.',
  'The storm — the worst in years — hit the coast on March 3.',
].join('\n');

let server, browser;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve();
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

/** The script-tag page (the seed article) plus a second widget on FERRY, both mounted. */
async function openPage({ width = 1100, colorScheme = 'light', hash = '', theme } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${server.url}/www/example-script-tag.html${hash}`);
  await page.waitForFunction(() => document.querySelector('[data-quoteline] quoteline-root')?.shadowRoot?.querySelector('.ql'));
  await page.evaluate(async ([text, theme]) => {
    const ql = await import('/pkg/quoteline.js');
    const host = document.createElement('div');
    host.id = 'ferry';
    document.body.append(host);
    window.ferry = ql.mount(host, { article: text, theme: theme || 'auto' });
    if (theme) document.querySelector('[data-quoteline]').dataset.theme = theme;
  }, [FERRY, theme]);
  return { page, context, errors };
}

/** Runs axe-core on each widget host (axe reads open shadow roots) and returns the violations. */
async function axe(page, hosts = '[data-quoteline], #ferry') {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (selector) => {
    const found = [];
    for (const host of document.querySelectorAll(selector)) {
      const result = await window.axe.run(host, { resultTypes: ['violations'] });
      for (const v of result.violations) {
        found.push({ id: v.id, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`) });
      }
    }
    return found;
  }, hosts);
}

/** Evaluates `fn(shadowRoot)` in the page for the widget under `host`. */
function inWidget(page, host, fn, arg) {
  return page.evaluate(([h, src, a]) => {
    const root = document.querySelector(h).querySelector('quoteline-root').shadowRoot;
    return (0, eval)(`(${src})`)(root, a);
  }, [host, fn.toString(), arg]);
}

for (const [name, width, colorScheme] of [
  ['light-wide', 1100, 'light'],
  ['dark-wide', 1100, 'dark'],
  ['light-narrow', 380, 'light'],
  ['dark-narrow', 380, 'dark'],
]) {
  test(`${name}: screenshot, and axe-core finds no violations`, async () => {
    const { page, context, errors } = await openPage({ width, colorScheme });
    // Exercise the states axe should see: a selection with its links, open details, a filter.
    await inWidget(page, '#ferry', (root) => {
      root.querySelector('.ql-chip[data-speaker="s1"]').click();
      root.querySelector('[data-id="q1"] [data-action="context"]').click();
    });
    await page.waitForTimeout(250); // let the 120 ms colour transitions finish before contrast checks
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
    const bg = await inWidget(page, '[data-quoteline]', (root) => getComputedStyle(root.querySelector('.ql')).backgroundColor);
    assert.equal(bg, colorScheme === 'dark' ? 'rgb(22, 25, 29)' : 'rgb(255, 255, 255)', 'theme auto follows prefers-color-scheme');
    const violations = await axe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('layout follows the widget container, not the window: tabs when narrow, columns when wide', async () => {
  const { page, context } = await openPage({ width: 1100 });
  const layout = (host) => inWidget(page, host, (root) => {
    const shown = (sel) => { const st = getComputedStyle(root.querySelector(sel)); return st.display !== 'none' && st.visibility !== 'hidden'; };
    const q = root.querySelector('.ql-quotes').getBoundingClientRect();
    const t = root.querySelector('.ql-timeline').getBoundingClientRect();
    return { tabs: shown('.ql-tabs'), quotes: shown('.ql-quotes'), timeline: shown('.ql-timeline'), sideBySide: shown('.ql-quotes') && shown('.ql-timeline') && t.left > q.right - 1 };
  });
  assert.deepEqual(await layout('[data-quoteline]'), { tabs: false, quotes: true, timeline: true, sideBySide: true });
  // Same window, narrow column: tabs.
  await page.evaluate(() => { document.querySelector('[data-quoteline]').style.width = '360px'; });
  assert.deepEqual(await layout('[data-quoteline]'), { tabs: true, quotes: true, timeline: false, sideBySide: false });
  const height = () => page.evaluate(() => document.querySelector('[data-quoteline]').getBoundingClientRect().height);
  const before = await height();
  await inWidget(page, '[data-quoteline]', (root) => root.querySelector('#ql-tab-timeline').click());
  assert.deepEqual(await layout('[data-quoteline]'), { tabs: true, quotes: false, timeline: true, sideBySide: false });
  assert.equal(await height(), before, 'switching tabs does not move the page');
  // view: 'quotes' shows one section and no tabs.
  await page.evaluate(() => window.ferry.setView('quotes'));
  const one = await inWidget(page, '#ferry', (root) => [getComputedStyle(root.querySelector('.ql-timeline')).display, getComputedStyle(root.querySelector('.ql-tabs')).display]);
  assert.deepEqual(one, ['none', 'none']);
  await context.close();
});

test('keyboard: Tab enters the widget, arrows move, Enter opens details, Escape clears', async () => {
  const { page, context } = await openPage({ width: 1100 });
  const active = () => inWidget(page, '[data-quoteline]', (root) => root.activeElement?.dataset.id || root.activeElement?.dataset.action || null);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'q1');
  await page.keyboard.press('ArrowDown');
  assert.equal(await active(), 'q2');
  await page.keyboard.press('End');
  assert.equal(await active(), 'q3');
  await page.keyboard.press('Enter');
  const open = () => inWidget(page, '[data-quoteline]', (root) => [...root.querySelectorAll('.ql-item.is-open, .ql-item.is-selected')].map((e) => e.dataset.id + (e.classList.contains('is-open') ? ':open' : ':selected')));
  assert.deepEqual(await open(), ['q3:open']);
  assert.equal(await inWidget(page, '[data-quoteline]', (root) => root.querySelector('[data-id="q3"]').classList.contains('is-selected')), true);
  await page.keyboard.press('Escape');
  assert.deepEqual(await open(), []);
  // Tab from the current item goes through its actions, then on to the timeline: one item per list.
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'context');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'e1');
  // Focus visibly marked.
  const outline = await inWidget(page, '[data-quoteline]', (root) => getComputedStyle(root.activeElement).outlineStyle);
  assert.equal(outline, 'solid');
  // Arrow keys outside the widget are the page's: nothing in the widget moves.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('ArrowDown');
  assert.equal(await active(), null);
  await context.close();
});

test('a deep link selects and scrolls to its item on load; each item offers its link', async () => {
  const { page, context } = await openPage({ width: 1100, hash: '#quoteline-e3' });
  const selected = await inWidget(page, '[data-quoteline]', (root) => [...root.querySelectorAll('.is-selected')].map((e) => e.dataset.id));
  assert.deepEqual(selected, ['e3']);
  const href = await inWidget(page, '[data-quoteline]', (root) => root.querySelector('[data-id="q2"] a.ql-link').getAttribute('href'));
  assert.equal(href, '#quoteline-q2');
  // Following an item's link selects it.
  await page.evaluate(() => { window.__sel = []; document.querySelector('[data-quoteline]').addEventListener('quoteline:select', (e) => window.__sel.push(e.detail)); });
  await inWidget(page, '[data-quoteline]', (root) => root.querySelector('[data-id="q2"] a.ql-link').click());
  await page.waitForFunction(() => window.__sel.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__sel), [{ kind: 'quote', id: 'q2' }]);
  await context.close();
});

test('copy puts “quote” — Name, Role on the clipboard and says so', async () => {
  const { page, context } = await openPage({ width: 1100 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.bringToFront();
  await page.locator('#main [data-id="q2"] [data-action="copy"]').click();
  await page.waitForFunction(() => document.querySelector('[data-quoteline] quoteline-root').shadowRoot.querySelector('[data-id="q2"] .ql-copied').textContent !== '');
  const said = await inWidget(page, '[data-quoteline]', (root) => [root.querySelector('[data-id="q2"] .ql-copied').textContent, root.querySelector('.ql-live').textContent]);
  assert.deepEqual(said, ['Copied', 'Copied']);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^“I would very much like us to first sign security guarantees.*of trust” — Volodymyr Zelenskyy, President$/);
  // One citation serves the copy button and, under 90 characters, the label of a linked quote.
  await inWidget(page, '#ferry', (root) => root.querySelector('[data-id="q1"] [data-action="copy"]').click());
  await page.waitForFunction(() => document.querySelector('#ferry quoteline-root').shadowRoot.querySelector('[data-id="q1"] .ql-copied').textContent !== '');
  const label = await inWidget(page, '#ferry', (root) => root.querySelector('.ql-goto[data-goto="q1"]').textContent);
  assert.equal(label, '“The boats will sail again on March 12” — Lena Brandt, harbour master');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), label);
  await context.close();
});

test('page CSS does not reach in, widget CSS does not leak out; custom properties theme it', async () => {
  const { page, context } = await openPage({ width: 1100 });
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = `* { color: rgb(255, 0, 0) !important; } li { border: 9px solid red !important; padding: 40px !important; }
      #ferry { --quoteline-accent: rgb(128, 0, 128); }`;
    document.head.append(style);
    const list = document.createElement('ol');
    list.innerHTML = '<li class="ql-item" id="outside">outside</li>';
    document.body.append(list);
  });
  const inside = await inWidget(page, '[data-quoteline]', (root) => {
    const item = getComputedStyle(root.querySelector('.ql-item'));
    return [item.borderTopWidth, item.color];
  });
  assert.deepEqual(inside, ['1px', 'rgb(26, 26, 26)']);
  const outside = await page.evaluate(() => getComputedStyle(document.querySelector('#outside')).backgroundColor);
  assert.equal(outside, 'rgba(0, 0, 0, 0)');
  const accent = await inWidget(page, '#ferry', (root) => getComputedStyle(root.querySelector('.ql-date')).color);
  assert.equal(accent, 'rgb(128, 0, 128)');
  await context.close();
});

test('print expands every detail and drops the buttons; reduced motion drops transitions', async () => {
  const { page, context } = await openPage({ width: 1100 });
  const look = () => inWidget(page, '#ferry', (root) => [
    getComputedStyle(root.querySelector('.ql-context')).display,
    getComputedStyle(root.querySelector('.ql-actions')).display,
    getComputedStyle(root.querySelector('.ql-item')).transitionDuration,
  ]);
  const [ctx, actions, motion] = await look();
  assert.deepEqual([ctx, actions], ['none', 'flex']);
  assert.notEqual(motion, '0s');
  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  assert.deepEqual(await look(), ['block', 'none', '0s']);
  // The contexts are built on first open; printing (its beforeprint event) builds every one of them,
  // each once.
  const contexts = () => inWidget(page, '#ferry', (root) => [...root.querySelectorAll('.ql-context')].map((c) => c.textContent));
  assert.deepEqual(await contexts(), ['', '', '', '', '']);
  await page.evaluate(() => { window.dispatchEvent(new Event('beforeprint')); window.dispatchEvent(new Event('beforeprint')); });
  const printed = await contexts();
  assert.equal(printed[0], '"The boats will sail again on March 12," harbour master Lena Brandt said.');
  assert.equal(printed[3], 'The storm — the worst in years — hit the coast on March 3.');
  assert.equal(await inWidget(page, '#ferry', (root) => root.querySelectorAll('.ql-context > p').length), 5);
  await context.close();
});

test('an item\'s context is built when first opened, not with the widget: one paragraph quoted 2,000 times', async () => {
  const { page, context, errors } = await openPage({ width: 1100 });
  const n = 2000;
  const text = 'Night ferries\n\n' + Array.from({ length: n }, (_, i) => `"Pier ${i} stays lit," said Keeper${i} Marsh${i}.`).join(' ');
  const got = await page.evaluate(async (text) => {
    const ql = await import('/pkg/quoteline.js');
    const host = document.createElement('div');
    host.id = 'piers';
    document.body.append(host);
    window.piers = ql.mount(host, { article: text, view: 'quotes' });
    const root = host.querySelector('quoteline-root').shadowRoot, ctx = [...root.querySelectorAll('.ql-context')];
    return {
      quotes: root.querySelectorAll('.ql-quote-item').length,
      paragraph: window.piers.data().paragraphs[1].text.length,
      text: root.textContent.length,
      contexts: ctx.length,
      empty: ctx.every((c) => !c.firstChild && c.hidden),
      // Each context button still names its (empty, hidden) element.
      controls: [...root.querySelectorAll('[data-action=context]')].every((b) => root.getElementById(b.getAttribute('aria-controls'))?.classList.contains('ql-context')),
    };
  }, text);
  assert.equal(got.quotes, n);
  assert.equal(got.contexts, n);
  assert.ok(got.empty, 'every context starts empty and hidden');
  assert.ok(got.controls);
  // Built up front, the paragraph (96,669 characters) would be in the DOM 2,000 times: 193 million.
  assert.ok(got.text < 2 * got.paragraph, `the initial DOM holds ${got.text} characters of text`);
  // Open q1235's context: the whole paragraph, its quote marked, in that item only; closed and opened
  // again, built once.
  const toggle = () => inWidget(page, '#piers', (root) => root.querySelector('[data-id="q1235"] [data-action="context"]').click());
  await toggle();
  const open = () => inWidget(page, '#piers', (root) => {
    const item = root.querySelector('[data-id="q1235"]'), ctx = item.querySelector('.ql-context'), b = item.querySelector('[data-action="context"]');
    return {
      hidden: ctx.hidden, expanded: b.getAttribute('aria-expanded'), button: b.textContent,
      paragraphs: ctx.querySelectorAll('p').length, marks: [...ctx.querySelectorAll('mark')].map((m) => m.textContent),
      text: ctx.textContent.length, starts: ctx.textContent.slice(0, 40), dir: ctx.querySelector('p')?.getAttribute('dir'),
      others: [...root.querySelectorAll('.ql-context')].filter((c) => c.firstChild).length,
    };
  });
  const first = await open();
  assert.deepEqual(first, { hidden: false, expanded: 'true', button: 'Hide context', paragraphs: 1, marks: ['Pier 1234 stays lit'],
    text: got.paragraph, starts: '"Pier 0 stays lit," said Keeper0 Marsh0.', dir: 'auto', others: 1 });
  await toggle();
  assert.deepEqual(await inWidget(page, '#piers', (root) => root.querySelector('#ql-ctx-q1235').hidden), true);
  await toggle();
  assert.deepEqual(await open(), first);
  // Enter on another item opens (and builds) its context too.
  await inWidget(page, '#piers', (root) => root.querySelector('[data-id="q7"]').focus());
  await page.keyboard.press('Enter');
  assert.deepEqual(await inWidget(page, '#piers', (root) => [...root.querySelectorAll('#ql-ctx-q7 mark')].map((m) => m.textContent)), ['Pier 6 stays lit']);
  // Printing fills the contexts, in order, up to 200,000 characters in all (here three, besides the two
  // open ones), not the paragraph 2,000 times: 193 million characters, minutes of print layout, thousands
  // of pages. A second print counts those filled already and adds none.
  await page.evaluate(() => { window.dispatchEvent(new Event('beforeprint')); window.dispatchEvent(new Event('beforeprint')); });
  const printed = await inWidget(page, '#piers', (root) => [...root.querySelectorAll('.ql-context')].filter((c) => c.firstChild).map((c) => [c.id, c.textContent.length]));
  assert.deepEqual(printed, ['q1', 'q2', 'q3', 'q7', 'q1235'].map((id) => [`ql-ctx-${id}`, got.paragraph]));
  // Destroyed, the widget no longer listens for printing (a call to its dropped listener would throw).
  await page.evaluate(() => { window.piers.destroy(); window.dispatchEvent(new Event('beforeprint')); });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Ukrainian and right-to-left widgets', async () => {
  const { page, context } = await openPage({ width: 1100 });
  const got = await page.evaluate(async (text) => {
    const ql = await import('/pkg/quoteline.js');
    const out = {};
    for (const locale of ['uk', 'ar']) {
      const host = document.createElement('div');
      host.className = 'locale';
      document.body.append(host);
      ql.mount(host, { article: 'zelenskyy-security-guarantees', published: '2026-02-06', locale });
      const root = host.querySelector('quoteline-root').shadowRoot;
      const top = root.querySelector('.ql');
      out[locale] = { dir: top.dir, lang: top.lang, first: root.querySelector('.ql-date').textContent, tab: root.querySelector('.ql-tab').firstChild.textContent };
    }
    // And the empty state: an article with a date but no quotes.
    const empty = document.createElement('div');
    empty.className = 'locale';
    document.body.append(empty);
    ql.mount(empty, { article: 'Storm\nThe storm hit the coast on March 3.', locale: 'uk' });
    out.empty = empty.querySelector('quoteline-root').shadowRoot.querySelector('.ql-empty').textContent;
    return out;
  }, FERRY);
  assert.equal(got.empty, 'У цій статті немає цитат.');
  assert.equal(got.uk.dir, 'ltr');
  assert.match(got.uk.first, /^Кінець січня 2026/);
  assert.equal(got.uk.tab, 'Цитати');
  assert.equal(got.ar.dir, 'rtl');
  assert.equal(got.ar.tab, 'الاقتباسات');
  await page.screenshot({ path: path.join(SHOTS, 'locales.png'), fullPage: true });
  const violations = await axe(page, '.locale');
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await context.close();
});
