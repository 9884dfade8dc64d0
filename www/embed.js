// Quoteline script-tag loader.
//
//   <div data-quoteline data-article="zelenskyy-security-guarantees"></div>
//   <script type="module" src="https://cdn.example/quoteline/embed.js"></script>
//
// Loads the wasm module once (its URL resolves against this script, not the page, so a CDN works),
// mounts every [data-quoteline] element, defines <quote-line>, and keeps watching the page: elements a
// single-page app adds later are mounted, removed ones are destroyed, changed data-* attributes remount.
// Safe to include twice: the second copy finds the first and does nothing. Its default export is a
// promise of the module (mount, extract, … as in the module API).
import { defineQuoteLine } from './element.js';

const KEY = Symbol.for('quoteline.embed');
const MODULE = '../pkg/quoteline.js'; // scripts/package.sh rewrites this for the npm package's web/ folder
const SELECTOR = '[data-quoteline]';
const ATTRS = ['data-quoteline', 'data-article', 'data-source', 'data-view', 'data-theme', 'data-locale', 'data-published'];

async function start() {
  const moduleUrl = new URL(MODULE, import.meta.url);
  const ql = await import(moduleUrl.href);
  await ql.default({ module_or_path: new URL('quoteline_bg.wasm', moduleUrl) });
  if (document.readyState === 'loading') {
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }
  ql.autoMount(document);
  defineQuoteLine(ql);
  const hosts = (node, f) => {
    if (node.matches(SELECTOR)) f(node);
    node.querySelectorAll(SELECTOR).forEach(f);
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        if (!r.target.isConnected) continue;
        if (r.target.hasAttribute('data-quoteline')) ql.mountElement(r.target);
        else ql.unmount(r.target);
        continue;
      }
      // A node moved within the page is still connected: it keeps its widget.
      for (const n of r.removedNodes) if (n.nodeType === 1 && !n.isConnected) hosts(n, ql.unmount);
      for (const n of r.addedNodes) if (n.nodeType === 1 && n.isConnected) ql.autoMount(n);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRS });
  return ql;
}

if (!globalThis[KEY]) {
  globalThis[KEY] = start();
  globalThis[KEY].catch((err) => console.error('Quoteline could not start:', err));
}

export default globalThis[KEY];
