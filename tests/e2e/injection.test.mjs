// Script injection: markup in article text, in mount options and in data-* values must never become
// markup. The page (www/test/injection.html) has no CSP on purpose, so an injected handler would run;
// every payload pushes onto window.__pwned, which must stay empty, and the text must show literally.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

// No double quotes inside the payloads: they sit inside quoted speech in the test article.
const PAYLOADS = [
  `<script>__pwned.push('script')</script>`,
  `<img src=x onerror=__pwned.push('img')>`,
  `<a href='javascript:__pwned.push(1)'>click</a>`,
  `</style><style>*{display:none}</style><svg onload=__pwned.push('svg')>`,
  `<iframe srcdoc='<script>parent.__pwned.push(2)</script>'>`,
];

/** Everything dangerous inside every widget's shadow root, and its text. */
function scan(page) {
  return page.evaluate(() => {
    const out = { bad: [], text: '', hrefs: [] };
    for (const root of document.querySelectorAll('quoteline-root')) {
      const sr = root.shadowRoot;
      out.bad.push(...[...sr.querySelectorAll('script, img, iframe, svg, style, object, embed, link, a[href^="javascript" i]')].map((e) => e.outerHTML));
      for (const el of sr.querySelectorAll('*')) {
        for (const a of el.attributes) {
          if (/^on/i.test(a.name) || /javascript:/i.test(a.value)) out.bad.push(`${el.tagName} ${a.name}=${a.value}`);
        }
        if (el.hasAttribute('href')) out.hrefs.push(el.getAttribute('href'));
      }
      out.text += `${sr.textContent}\n`;
    }
    return out;
  });
}

async function openPage(errors = []) {
  const page = await open(browser, `${server.url}/www/test/injection.html`, errors);
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'yes');
  return page;
}

test('markup in article text, headline and quotes shows as text and never runs', async () => {
  const errors = [];
  const page = await openPage(errors);
  const story = await page.evaluate((payloads) => {
    const host = document.createElement('div');
    host.id = 'api-host';
    document.body.append(host);
    const body = payloads.map((p, i) => `"${p} is what the note said," Mayor Ana Ruiz said on ${i + 1} March 2026.`).join('\n');
    const w = window.__ql.mount(host, {
      article: { title: `${payloads[0]} Council ${payloads[1]}`, body, url: "javascript:__pwned.push('url')", source: payloads[2] },
    });
    return w.data();
  }, PAYLOADS);
  assert.equal(story.quotes.length, PAYLOADS.length);
  story.quotes.forEach((q, i) => assert.ok(q.text.includes(PAYLOADS[i]), q.text));
  await page.waitForTimeout(200); // give any injected image or handler the chance to fire
  const s = await scan(page);
  assert.deepEqual(s.bad, []);
  // Links are http(s), or the widget's own item links (#quoteline-q1), which never leave the page.
  assert.ok(s.hrefs.every((h) => /^https?:/.test(h) || /^#quoteline-[qe]\d+$/.test(h)), `unexpected link: ${s.hrefs}`);
  for (const p of PAYLOADS) assert.ok(s.text.includes(p), `not shown literally: ${p}`);
  assert.deepEqual(await page.evaluate(() => window.__pwned), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('markup in data-* values and options becomes an error message shown as text', async () => {
  const page = await openPage();
  await page.waitForTimeout(200);
  const errs = await page.evaluate(() => window.__errors);
  const byHost = Object.fromEntries(errs.map((e) => [e.host, e]));
  // A data-article value that is not a bundled id (nor a URL) is article text: its markup becomes the
  // headline, as text.
  assert.equal(byHost['d-article'], undefined);
  const headline = await page.evaluate(() => document.getElementById('d-article').querySelector('quoteline-root').shadowRoot.querySelector('.ql-headline')?.textContent);
  assert.match(headline, /<img src=x onerror=\\?"__pwned\.push\('data-article'\)\\?">/);
  // Every other bad value is refused with a code and a message that quotes it…
  for (const id of ['d-published', 'd-view', 'd-theme', 'd-locale', 'd-source']) {
    assert.equal(byHost[id]?.code, 'bad-input', `${id}: ${JSON.stringify(byHost[id])}`);
  }
  // …and the message inside the widget is text, not markup.
  const shown = await page.evaluate(() => Object.fromEntries(['d-published', 'd-view'].map((id) => {
    const sr = document.getElementById(id).querySelector('quoteline-root').shadowRoot;
    return [id, sr.querySelector('[role="alert"]')?.textContent ?? null];
  })));
  assert.match(shown['d-published'], /<script>__pwned\.push\('data-published'\)<\/script>/);
  assert.match(shown['d-view'], /<\/style><img src=x onerror=__pwned\.push\('data-view'\)>/);

  // The page-DOM source: escaped markup in the page's own paragraphs stays text.
  const pageWidget = await page.evaluate(() => {
    const sr = document.getElementById('d-page').querySelector('quoteline-root').shadowRoot;
    return { quotes: sr.querySelectorAll('.ql-quote-item').length, text: sr.textContent };
  });
  assert.equal(pageWidget.quotes, 1);
  assert.ok(pageWidget.text.includes("<script>__pwned.push('page-heading')</script>"));
  assert.ok(pageWidget.text.includes("<img src=x onerror=__pwned.push('page-quote')>"));

  const s = await scan(page);
  assert.deepEqual(s.bad, []);
  assert.deepEqual(await page.evaluate(() => window.__pwned), []);
  await page.close();
});

test('mount() with bad options throws an Error with a code, shows it inside the target and fires quoteline:error', async () => {
  const page = await openPage();
  const result = await page.evaluate(() => {
    const host = document.createElement('div');
    document.body.append(host);
    const heard = [];
    host.addEventListener('quoteline:error', (e) => heard.push(e.detail));
    const attempts = [
      { article: 'no-such-story' },
      { article: 'zelenskyy-security-guarantees', view: `<svg onload="__pwned.push('mount-view')">` },
      { article: { title: 'T', body: 'x' }, published: `<script>__pwned.push('mount-published')</script>` },
      { article: '{"title": "Broken", "body": "x",,}' + '\n'.repeat(2) },
    ];
    const thrown = attempts.map((opts) => {
      try { window.__ql.mount(host, opts); return null; } catch (e) {
        return { isError: e instanceof Error, code: e.code, message: e.message,
          shown: host.querySelector('quoteline-root')?.shadowRoot.querySelector('[role="alert"]')?.textContent ?? null };
      }
    });
    // Non-element targets and missing targets only throw (there is nowhere to show a message).
    const noTarget = (() => { try { window.__ql.mount('#does-not-exist', {}); } catch (e) { return e.code; } })();
    const badSelector = (() => { try { window.__ql.mount('<img src=x onerror=alert(1)>', {}); } catch (e) { return e.code; } })();
    // A later good mount replaces the error.
    window.__ql.mount(host, { article: 'zelenskyy-security-guarantees' });
    return { thrown, heard, noTarget, badSelector, after: host.querySelectorAll('quoteline-root').length,
      alertsAfter: host.querySelector('quoteline-root').shadowRoot.querySelectorAll('[role="alert"]').length };
  });
  assert.deepEqual(result.thrown.map((t) => t?.code), ['not-found', 'bad-input', 'bad-input', 'bad-input']);
  for (const t of result.thrown) {
    assert.ok(t.isError);
    assert.ok(t.message.length > 10 && !t.message.includes('\n'), t.message);
    assert.ok(t.shown?.includes(t.message), `message not shown inside the target: ${JSON.stringify(t)}`);
  }
  assert.match(result.thrown[3].message, /line 1, column \d+/);
  assert.deepEqual(result.heard.map((d) => d.code), ['not-found', 'bad-input', 'bad-input', 'bad-input']);
  assert.equal(result.noTarget, 'not-found');
  assert.equal(result.badSelector, 'bad-input');
  assert.equal(result.after, 1);
  assert.equal(result.alertsAfter, 0);
  assert.deepEqual(await page.evaluate(() => window.__pwned), []);
  await page.close();
});

test('extract() returns markup as plain strings and rejects non-text input with a code', async () => {
  const page = await openPage();
  const r = await page.evaluate((p) => {
    const story = window.__ql.extract(`Headline ${p}\n"${p} was in the file," said Mayor Ana Ruiz on 2 March 2026.`, {});
    const codes = [42, null, [1, 2], 'x'.repeat(5 * 1024 * 1024 + 1)].map((input) => {
      try { window.__ql.extract(input, {}); return 'ok'; } catch (e) { return e.code; }
    });
    return { title: story.article.title, quote: story.quotes[0]?.text, event: story.events[0]?.text, codes };
  }, PAYLOADS[1]);
  assert.equal(r.title, `Headline ${PAYLOADS[1]}`);
  assert.ok(r.quote.includes(PAYLOADS[1]));
  assert.ok(r.event.includes(PAYLOADS[1]));
  assert.deepEqual(r.codes, ['bad-input', 'bad-input', 'bad-input', 'bad-input']);
  await page.close();
});
