// Shared set-up for the end-to-end tests: the repository served on a free local port, and Debian's
// Chromium driven by playwright-core (never a browser download).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts scripts/serve.py; resolves to { url, stop } once it accepts connections. */
export async function serve() {
  const port = await freePort();
  const child = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), String(port), '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => { if (String(d).includes('http://')) resolve(); });
    child.on('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Opens `url` in a new page that records console errors and page errors into `errors`. */
export async function open(browser, url, errors = []) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  return page;
}

/** Texts of `selector` inside the first widget's shadow root under `host`. */
export function widgetTexts(page, host, selector) {
  return page.evaluate(([h, sel]) => {
    const root = document.querySelector(h)?.querySelector('quoteline-root')?.shadowRoot;
    return root ? [...root.querySelectorAll(sel)].map((e) => e.textContent) : null;
  }, [host, selector]);
}
