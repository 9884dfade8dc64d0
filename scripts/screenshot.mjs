// Takes docs/screenshot.png of the demo page's widget (for the README): node scripts/screenshot.mjs
import { serve, launch } from '../tests/e2e/harness.mjs';

const server = await serve();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/www/example-script-tag.html`);
  await page.waitForFunction(() => document.querySelector('[data-quoteline] quoteline-root')?.shadowRoot?.querySelector('.ql'));
  await page.locator('[data-quoteline] [data-id="q2"]').first().click(); // the page's first widget
  await page.locator('[data-quoteline]').first().screenshot({ path: new URL('../docs/screenshot.png', import.meta.url).pathname });
} finally {
  await browser.close();
  server.stop();
}
