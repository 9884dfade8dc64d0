// The script-tag page and the demo page in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, widgetTexts } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('script tag alone renders the seed article: 3 quotes, 3 events', async () => {
  const errors = [];
  const page = await open(browser, `${server.url}/www/example-script-tag.html`, errors);
  await page.waitForFunction(() => document.querySelector('#main quoteline-root')?.shadowRoot?.querySelector('.ql'));
  const quotes = await widgetTexts(page, '#main', '.ql-quote-item blockquote');
  assert.equal(quotes.length, 3);
  assert.deepEqual(await widgetTexts(page, '#main', '.ql-quote-item cite'), Array(3).fill('Volodymyr Zelenskyy'));
  assert.deepEqual(await widgetTexts(page, '#main', '.ql-event-item time'), ['End of January', '1 February', '5 February']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('clicking an event selects it and the host hears quoteline:select', async () => {
  const page = await open(browser, `${server.url}/www/example-script-tag.html`);
  await page.waitForFunction(() => document.querySelector('#main quoteline-root')?.shadowRoot?.querySelector('.ql'));
  await page.evaluate(() => {
    window.__events = [];
    document.querySelector('#main').addEventListener('quoteline:select', (e) => window.__events.push(e.detail));
  });
  await page.locator('#main [data-id="e3"]').click();
  assert.deepEqual(await page.evaluate(() => window.__events), [{ kind: 'event', id: 'e3' }]);
  const selected = await widgetTexts(page, '#main', '.is-selected time');
  assert.deepEqual(selected, ['5 February']);
  await page.close();
});

test('including the script twice mounts once', async () => {
  const page = await open(browser, `${server.url}/www/example-script-tag.html`);
  await page.waitForFunction(() => document.querySelector('#main quoteline-root'));
  await page.evaluate(async () => {
    const s = document.createElement('script');
    s.type = 'module';
    s.src = 'embed.js?again';
    document.body.append(s);
    await new Promise((r) => s.addEventListener('load', r));
    await new Promise((r) => setTimeout(r, 100));
  });
  assert.equal(await page.locator('#main quoteline-root').count(), 1);
  // Every element on the page has one widget, and the module was loaded once.
  assert.equal(await page.locator('[data-quoteline] > quoteline-root').count(), 3);
  assert.equal(await page.evaluate(async () => (await globalThis[Symbol.for('quoteline.embed')]).mountedCount()), 3);
  assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).length), 1);
  await page.close();
});

test('the demo page shows the bundled article and the playground', async () => {
  const errors = [];
  const page = await open(browser, `${server.url}/`, errors);
  await page.waitForFunction(() => document.querySelector('#playground quoteline-root')?.shadowRoot?.querySelector('.ql'));
  assert.equal((await widgetTexts(page, '#widget', '.ql-quote-item')).length, 3);
  assert.match(await page.locator('#play-status').textContent(), /1 quotes, 2 events/);
  await page.fill('#published', '2026-02-06');
  await page.waitForFunction(() => document.querySelector('#widget quoteline-root')?.shadowRoot?.querySelector('time')?.textContent.includes('2026'));
  assert.deepEqual(await widgetTexts(page, '#widget', '.ql-event-item time'), ['End of January 2026', '1 February 2026', '5 February 2026']);
  assert.deepEqual(errors, []);
  await page.close();
});
