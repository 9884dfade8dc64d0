// The widget on a hostile host page (www/test/hostile.html: `* { all: unset !important }`, huge fonts,
// right-to-left, and a strict Content-Security-Policy sent both as an HTTP header and a meta tag);
// ten widgets on one page; a thousand mount/destroy cycles; and every item of the Story rendered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

/** Opens the hostile page with the CSP also sent as a real response header. */
async function openHostile(errors, missing) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) missing.push(r.url()); });
  await page.route('**/www/test/hostile.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  await page.goto(`${server.url}/www/test/hostile.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'yes', null, { timeout: 15000 });
  return page;
}

/** Per host: item count, whether every item has a visible box, and the quote text colour. */
function layout(page, host) {
  return page.evaluate((h) => {
    const root = document.querySelector(h).querySelector('quoteline-root').shadowRoot;
    const items = [...root.querySelectorAll('.ql-item')];
    const quote = root.querySelector('.ql-quote-text');
    return {
      items: items.length,
      visible: items.every((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; }),
      color: quote ? getComputedStyle(quote).color : null,
      fontSize: quote ? parseFloat(getComputedStyle(quote).fontSize) : null,
      sheets: root.adoptedStyleSheets.length,
      styleElements: root.querySelectorAll('style').length,
      // CSSOM may set custom properties (CSP allows it); a style attribute with anything else is inline CSS.
      inlineStyles: [...root.querySelectorAll('[style]')].filter((e) => !/^(\s*--[\w-]+:[^;]*;?)+\s*$/.test(e.getAttribute('style'))).length,
    };
  }, host);
}

test('hostile page with strict CSP: widgets render, stay legible, and respond to mouse and keyboard', async () => {
  const errors = [];
  const missing = [];
  const page = await openHostile(errors, missing);
  const state = await page.evaluate(() => ({
    inline: window.__inlineScriptRan === true,
    violations: window.__violations,
    header: document.querySelector('meta[http-equiv]').content,
  }));
  // The policy is in force: the page's own inline script was blocked (once per policy: header and
  // meta tag), and nothing else was.
  assert.equal(state.inline, false);
  assert.ok(state.violations.length >= 1);
  for (const v of state.violations) assert.match(v, /^script-src(-elem)? inline .*hostile\.html:11$/);
  const violationsBefore = state.violations.length;

  for (const [host, minItems] of [['#by-api', 3], ['#by-data', 6], ['#by-source', 2]]) {
    const l = await layout(page, host);
    assert.ok(l.items >= minItems, `${host}: ${l.items} items`);
    assert.ok(l.visible, `${host}: an item has no box`);
    assert.notEqual(l.color, 'rgba(0, 0, 0, 0)', `${host}: host styles made the text transparent`);
    // (The widget's sizes are in em of its host, and this page forces the host to 80px with
    // !important, so it is large: legible and working is what counts here.)
    assert.ok(l.fontSize > 0, `${host}: no font size`);
    assert.equal(l.sheets, 1);
    assert.equal(l.styleElements, 0, 'no <style> elements');
    assert.equal(l.inlineStyles, 0, 'no inline styles beyond CSSOM custom properties');
  }

  // Mouse: clicking a quote selects it and the host hears quoteline:select.
  await page.evaluate(() => {
    window.__selects = [];
    document.addEventListener('quoteline:select', (e) => window.__selects.push([e.target.id, e.detail.id]));
  });
  await page.locator('#by-api [data-id="q1"]').click();
  // Keyboard: focus an event of another widget and press Enter.
  await page.locator('#by-data [data-id="e2"]').focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await page.evaluate(() => window.__selects), [['by-api', 'q1'], ['by-data', 'e2']]);
  const selected = await page.evaluate(() => ['#by-api', '#by-data', '#by-source'].map((h) =>
    [...document.querySelector(h).querySelector('quoteline-root').shadowRoot.querySelectorAll('.is-selected')].map((e) => e.dataset.id)));
  assert.deepEqual(selected, [['q1'], ['e2'], []]);

  // Switching view still works under the policy.
  await page.evaluate(() => window.__ql.byApi.setView('timeline'));
  assert.equal(await page.evaluate(() => {
    const root = document.querySelector('#by-api quoteline-root').shadowRoot;
    return getComputedStyle(root.querySelector('.ql-quotes')).display;
  }), 'none');

  assert.equal(await page.evaluate(() => window.__violations.length), violationsBefore, 'the widget caused no CSP violation');
  // Console noise that is the page's own: its blocked inline script, and the browser's favicon request.
  assert.deepEqual(errors.filter((e) => !/Content Security Policy|status of 404/.test(e)), []);
  assert.deepEqual(missing, []);
  await page.close();
});

test('events aimed at the shadow root or a text node do nothing, and the widget keeps working', async () => {
  const errors = [], missing = [];
  const page = await openHostile(errors, missing);
  const thrown = await page.evaluate(() => {
    const root = document.querySelector('#by-api quoteline-root').shadowRoot, out = [];
    const text = root.querySelector('.ql-quote-text p').firstChild;
    for (const target of [root, text]) {
      for (const ev of [new MouseEvent('click', { bubbles: true }), new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }), new FocusEvent('focusin', { bubbles: true })]) {
        try { target.dispatchEvent(ev); } catch (e) { out.push(String(e)); }
      }
    }
    return out;
  });
  assert.deepEqual(thrown, []);
  // Before the fix, the first of these threw out of the listener while the widget's options were
  // borrowed, and every later setView / setTheme trapped (RuntimeError: unreachable).
  const after = await page.evaluate(() => {
    const w = window.__ql.byApi, root = document.querySelector('#by-api quoteline-root').shadowRoot;
    w.setView('quotes');
    w.setTheme('dark');
    root.querySelector('.ql-quote-item').click();
    const top = root.querySelector('.ql');
    return [top.dataset.view, top.dataset.theme, root.querySelectorAll('.ql-quote-item.is-selected').length];
  });
  assert.deepEqual(after, ['quotes', 'dark', 1]);
  assert.deepEqual(errors.filter((e) => !/Content Security Policy|status of 404/.test(e)), []);
  await page.close();
});

test('ten widgets on one page keep their own selection, focus and view', async () => {
  const errors = [];
  const page = await open(browser, `${server.url}/www/test/many.html`, errors);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'yes');
  await page.evaluate(() => {
    window.__log = [];
    document.addEventListener('quoteline:select', (e) => window.__log.push([e.target.id, e.detail.kind, e.detail.id]));
  });
  const selectedIn = () => page.evaluate(() => [...document.querySelectorAll('#hosts > section')].map((h) =>
    [...h.querySelector('quoteline-root').shadowRoot.querySelectorAll('.is-selected')].map((e) => e.dataset.id).join(',')));

  // Each widget shows its own article.
  const firstQuotes = await page.evaluate(() => [...document.querySelectorAll('#hosts > section')].map((h) =>
    h.querySelector('quoteline-root').shadowRoot.querySelector('.ql-quote-text').textContent));
  firstQuotes.forEach((q, i) => assert.match(q, new RegExp(`^Widget ${i} speaks first`)));

  await page.locator('#w3 [data-id="q2"]').click();
  await page.locator('#w7 [data-id="e1"]').click();
  const expected = Array(10).fill('');
  expected[3] = 'q2';
  expected[7] = 'e1';
  assert.deepEqual(await selectedIn(), expected);

  // Keyboard: each list is one tab stop and the arrow keys move within it (roving tabindex), inside one
  // widget only; Enter selects where focus is.
  await page.locator('#w5 [data-id="q1"]').focus();
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => {
    const host = document.activeElement.closest('section');
    return [host.id, host.querySelector('quoteline-root').shadowRoot.activeElement?.dataset.id];
  });
  assert.deepEqual(focused, ['w5', 'q2']);
  await page.keyboard.press('Enter');
  expected[5] = 'q2';
  assert.deepEqual(await selectedIn(), expected);
  // Selecting again in the same widget clears only that widget.
  await page.locator('#w3 [data-id="q2"]').click();
  expected[3] = '';
  assert.deepEqual(await selectedIn(), expected);
  assert.deepEqual(await page.evaluate(() => window.__log), [
    ['w3', 'quote', 'q2'], ['w7', 'event', 'e1'], ['w5', 'quote', 'q2'], ['w3', 'quote', null]]);

  // A view change in one widget leaves the others alone.
  await page.evaluate(() => window.__widgets[2].setView('quotes'));
  const views = await page.evaluate(() => [...document.querySelectorAll('#hosts > section')].map((h) =>
    h.querySelector('quoteline-root').shadowRoot.querySelector('.ql').dataset.view));
  assert.deepEqual(views, views.map((_, i) => (i === 2 ? 'quotes' : 'both')));

  // Destroying one leaves nine working.
  await page.evaluate(() => window.__widgets[4].destroy());
  assert.equal(await page.evaluate(() => window.__ql.mountedCount()), 9);
  assert.equal(await page.evaluate(() => document.querySelector('#w4').childNodes.length), 0);
  assert.equal(await page.evaluate(() => window.__widgets[6].select('q1')), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('1,000 mount/destroy cycles leave no listeners, DOM nodes or wasm memory behind', async () => {
  const page = await open(browser, `${server.url}/www/test/many.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'yes');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const counters = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const c = await cdp.send('Memory.getDOMCounters');
    const memory = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
    return { nodes: c.nodes, listeners: c.jsEventListeners, memory };
  };
  const cycles = (n) => page.evaluate((n) => {
    const host = document.getElementById('cycle');
    const article = { title: 'Cycle', body: '"We go round and round," Mayor Ana Ruiz said on 3 March 2026.\nIt began on 1 March 2026.' };
    for (let i = 0; i < n; i++) {
      const w = window.__ql.mount(host, { article, view: i % 2 ? 'quotes' : 'both' });
      w.select('q1');
      w.data();
      w.destroy();
    }
    return [host.childNodes.length, window.__ql.mountedCount()];
  }, n);

  assert.deepEqual(await cycles(100), [0, 10]); // warm-up: the allocator reaches its working size
  const before = await counters();
  const t0 = Date.now();
  assert.deepEqual(await cycles(1000), [0, 10]);
  const ms = Date.now() - t0;
  const afterCycles = await counters();
  console.log(`# 1000 mount/destroy cycles: ${ms} ms; before ${JSON.stringify(before)} after ${JSON.stringify(afterCycles)}`);
  assert.ok(afterCycles.listeners <= before.listeners, `listeners grew: ${before.listeners} → ${afterCycles.listeners}`);
  assert.ok(afterCycles.nodes <= before.nodes + 50, `DOM nodes grew: ${before.nodes} → ${afterCycles.nodes}`);
  assert.ok(afterCycles.memory <= before.memory + 65536, `wasm memory grew: ${before.memory} → ${afterCycles.memory}`);
  await page.close();
});

test('no data lost: every quote and event of widget.data() is rendered, in order, with its count', async () => {
  const page = await open(browser, `${server.url}/www/test/many.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'yes');
  const result = await page.evaluate(() => {
    const lines = ['A long day in the council'];
    for (let i = 0; i < 150; i++) {
      const month = ['January', 'March', 'May', 'July', 'September', 'November'][i % 6];
      lines.push(`"Point number ${i} is on the record," Councillor Maria Lopez said on ${1 + (i % 28)} ${month} 2025.`);
      if (i % 3 === 0) lines.push(`The committee also met on ${1 + (i % 27)} ${month} 2024 about item ${i}.`);
    }
    const host = document.getElementById('cycle');
    const w = window.__ql.mount(host, { article: lines.join('\n') });
    const story = w.data();
    const root = host.querySelector('quoteline-root').shadowRoot;
    const out = {
      quotes: story.quotes.map((q) => [q.id, q.text]),
      events: story.events.map((e) => [e.id, e.text]),
      renderedQuotes: [...root.querySelectorAll('.ql-quote-item')].map((li) => [li.dataset.id, li.querySelector('.ql-quote-text').textContent]),
      renderedEvents: [...root.querySelectorAll('.ql-event-item')].map((li) => [li.dataset.id, li.querySelector('.ql-event-text').textContent]),
      counts: [...root.querySelectorAll('.ql-panel-title .ql-count')].map((c) => c.textContent),
      same: JSON.stringify(story) === JSON.stringify(window.__ql.extract(lines.join('\n'))),
    };
    w.destroy();
    return out;
  });
  assert.ok(result.quotes.length >= 150, `${result.quotes.length} quotes`);
  assert.ok(result.events.length >= 150, `${result.events.length} events`);
  // Same ids in the same order, and each item shows its whole text.
  assert.deepEqual(result.renderedQuotes.map(([id]) => id), result.quotes.map(([id]) => id));
  assert.deepEqual(result.renderedEvents.map(([id]) => id), result.events.map(([id]) => id));
  result.quotes.forEach(([id, text], i) => assert.ok(result.renderedQuotes[i][1].includes(text), `${id} text cut`));
  result.events.forEach(([id, text], i) => assert.ok(result.renderedEvents[i][1].includes(text), `${id} text cut`));
  assert.deepEqual(result.counts.map((c) => c.match(/\d+/)?.[0]), [String(result.quotes.length), String(result.events.length)]);
  assert.ok(result.same, 'widget.data() is the Story that extract() gives');
  await page.close();
});
