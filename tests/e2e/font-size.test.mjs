// The widget's text size belongs to the reader and the widget, not to the page's root font size: a news
// site's `html { font-size: 62.5% }` (10 px) must not shrink it, the reader's own default size (the
// browser setting) must move it, and `--quoteline-font-size` on the host must scale all of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch } from './harness.mjs';

const ARTICLE = [
  '---', 'published: 2026-05-04', 'source: Valley Courier', '---',
  'Library reopens after the flood',
  '"We saved almost every book," head librarian Ada Okafor said.',
  '"The children\'s room opens first, on May 9," Okafor added.',
  'Water reached the reading room on April 20.',
].join('\n');

// The parts of the type scale, read from the mounted widget.
const PARTS = ['.ql', '.ql-headline', '.ql-meta', '.ql-panel-title', '.ql-quote-text', '.ql-speaker', '.ql-date', '.ql-action'];

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

/**
 * Opens a page whose root font size is `rootSize` (or the default), mounts the widget in a 500 px wide
 * host styled with `hostStyle`, and returns each part's computed font size in px and whether the tabs show
 * (the container query's threshold is in the same units as the text).
 */
async function measure({ rootSize, hostStyle = '', standardFontSize } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (standardFontSize) {
    // The reader's "font size" browser setting.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: standardFontSize } });
  }
  await page.goto(`${server.url}/www/example-module.html`);
  const result = await page.evaluate(async ([text, rootSize, hostStyle, parts]) => {
    if (rootSize) document.documentElement.style.fontSize = rootSize;
    const ql = await import('/pkg/quoteline.js');
    await ql.default(); // the page's own init() (one shared promise if it is still running)
    const host = document.createElement('div');
    host.id = 'probe';
    host.setAttribute('style', `width: 500px; ${hostStyle}`);
    document.body.append(host);
    ql.mount(host, { article: text, theme: 'light' });
    const root = host.querySelector('quoteline-root').shadowRoot;
    const sizes = {};
    for (const sel of parts) {
      const el = root.querySelector(sel);
      sizes[sel] = el ? parseFloat(getComputedStyle(el).fontSize) : null;
    }
    return {
      rootPx: parseFloat(getComputedStyle(document.documentElement).fontSize),
      parentPx: parseFloat(getComputedStyle(document.body).fontSize),
      sizes,
      tabs: getComputedStyle(root.querySelector('.ql-tabs')).display !== 'none',
    };
  }, [ARTICLE, rootSize, hostStyle, PARTS]);
  assert.deepEqual(errors, []);
  await context.close();
  return result;
}

test('a page root of 10 px (html { font-size: 62.5% }) leaves the widget at the default size', async () => {
  const plain = await measure();
  const small = await measure({ rootSize: '62.5%' });
  assert.equal(small.rootPx, 10, 'the page root really is 10 px');
  assert.equal(plain.sizes['.ql'], 16, 'Chromium\'s default size');
  for (const sel of PARTS) assert.ok(plain.sizes[sel] > 0, `${sel} is missing`);
  assert.deepEqual(small.sizes, plain.sizes);
  // Same layout too: 500 px is under the two-column threshold at 16 px text, so tabs, on both pages.
  assert.equal(plain.tabs, true);
  assert.equal(small.tabs, true);
  // The hierarchy: headline over text over secondary text.
  const s = plain.sizes;
  assert.ok(s['.ql-headline'] > s['.ql'] && s['.ql'] > s['.ql-meta'], JSON.stringify(s));
});

test('the reader\'s default font size (browser setting) sizes the widget, whatever the page root', async () => {
  const big = await measure({ rootSize: '10px', standardFontSize: 20 });
  assert.equal(big.rootPx, 10);
  assert.equal(big.sizes['.ql'], 20);
  assert.equal(big.sizes['.ql-headline'], 25);
});

test('--quoteline-font-size on the host scales every size in the widget', async () => {
  const plain = await measure();
  const scaled = await measure({ rootSize: '10px', hostStyle: '--quoteline-font-size: 20px' });
  assert.equal(scaled.sizes['.ql'], 20);
  for (const sel of PARTS) {
    assert.ok(Math.abs(scaled.sizes[sel] - plain.sizes[sel] * 1.25) < 0.01, `${sel}: ${scaled.sizes[sel]} vs ${plain.sizes[sel]}`);
  }
  // A relative value is taken against the page's text around the widget (the host's parent, the body).
  const relative = await measure({ rootSize: '10px', hostStyle: '--quoteline-font-size: 1.5em' });
  assert.equal(relative.sizes['.ql'], 1.5 * relative.parentPx);
});
