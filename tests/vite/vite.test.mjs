// The npm package in a Vite app: the packed package (target/npm/quoteline-*.tgz, from
// scripts/package.sh) is unpacked into this folder's node_modules as npm would install it, the app is
// type-checked (tsc) and built (vite build, vite-plugin-wasm), and the built page runs in Chromium.
// Vite, the plugins, TypeScript, React, Vue and Svelte come from the npm registry (scripts/test.sh installs them once).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, serve, launch, open, widgetTexts } from '../e2e/harness.mjs';

const HERE = path.join(ROOT, 'tests/vite');
const bin = (name) => path.join(HERE, 'node_modules/.bin', name);
let server, browser;

before(async () => {
  assert.ok(existsSync(bin('vite')), 'tests/vite/node_modules is missing: run `npm ci` in tests/vite (scripts/test.sh does)');
  const npmDir = path.join(ROOT, 'target/npm');
  const tgz = existsSync(npmDir) && readdirSync(npmDir).find((f) => /^quoteline-.*\.tgz$/.test(f));
  assert.ok(tgz, 'target/npm/quoteline-*.tgz is missing: run scripts/package.sh');
  const dest = path.join(HERE, 'node_modules/quoteline');
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(npmDir, tgz), '-C', dest, '--strip-components=1']);
  server = await serve();
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); });

test('the package types check in a strict TypeScript app', () => {
  try {
    execFileSync(bin('tsc'), ['-p', HERE], { cwd: HERE, encoding: 'utf8' });
  } catch (err) {
    assert.fail(`tsc found type errors:\n${err.stdout}${err.stderr}`);
  }
});

test('a Vite-built page importing the package shows the widget', async () => {
  execFileSync(bin('vite'), ['build'], { cwd: HERE, stdio: ['ignore', 'ignore', 'inherit'] });
  const errors = [];
  const page = await open(browser, `${server.url}/tests/vite/dist/index.html`, errors);
  await page.waitForFunction(() => window.viteCheck, null, { timeout: 15000 });
  const check = await page.evaluate(() => window.viteCheck);
  assert.deepEqual(check, {
    quotes: 3,
    events: ['2026-01', '2026-02-01', '2026-02-05'],
    errorCode: 'bad-input',
    bundled: ['zelenskyy-security-guarantees'],
    elementHasWidget: true,
    speaker: 'Tom Okafor',
    // <quote-line> rendered, updated and removed by React 19, by Vue 3 and by Svelte 5.
    react: { mounted: true, theme: 'dark', quotes: 1, themeAfter: 'light', destroyed: true },
    vue: { mounted: true, theme: 'dark', quotes: 1, themeAfter: 'light', destroyed: true },
    svelte: { mounted: true, theme: 'dark', quotes: 1, themeAfter: 'light', destroyed: true },
  });
  assert.equal((await widgetTexts(page, '#widget', '.ql-quote-item')).length, 3);
  assert.equal(await page.locator('#status').textContent(), 'selected quote q1');
  // <quote-line> from 'quoteline/quote-line', with its view attribute applied.
  const view = await page.evaluate(() => document.querySelector('#element quoteline-root').shadowRoot.querySelector('.ql').dataset.view);
  assert.equal(view, 'quotes');
  assert.deepEqual(errors, []);
  await page.close();
});
