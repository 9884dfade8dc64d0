// Quoteline's script-tag loader (README.md, "Script tag"). Default export: a promise of the module.
import { defineQuoteLine } from './element.js';

const KEY = Symbol.for('quoteline.embed');
const MODULE = '../pkg/quoteline.js'; // scripts/package.sh rewrites this line
const RENDER = '../pkg-render/quoteline.js'; // no engines: for pages whose every widget has a data-story
const SEL = '[data-quoteline]';

async function start() {
  // The build is chosen from the parsed page.
  if (document.readyState == 'loading') await new Promise((r) => addEventListener('DOMContentLoaded', r, { once: true }));
  const n = (s) => document.querySelectorAll(s).length, all = n(SEL + ',quote-line');
  const url = new URL(all && all == n('[data-quoteline][data-story],quote-line[story]') ? RENDER : MODULE, import.meta.url);
  // The wasm is fetched with the glue, not after it.
  const [ql, wasm] = await Promise.all([import(url.href), fetch(new URL('quoteline_bg.wasm', url))]);
  await ql.default({ module_or_path: wasm });
  ql.autoMount(document);
  defineQuoteLine(ql);
  new MutationObserver((records) => {
    for (const r of records) {
      const t = r.target;
      if (r.type == 'attributes') {
        if (t.isConnected) t.hasAttribute('data-quoteline') ? ql.mountElement(t) : ql.unmount(t);
        continue;
      }
      // A moved node is still connected: it keeps its widget.
      for (const n of r.removedNodes) {
        if (n.nodeType == 1 && !n.isConnected) [...(n.matches(SEL) ? [n] : []), ...n.querySelectorAll(SEL)].forEach(ql.unmount);
      }
      for (const n of r.addedNodes) if (n.nodeType == 1 && n.isConnected) ql.autoMount(n);
    }
  }).observe(document.documentElement, {
    childList: true, subtree: true, attributes: true,
    attributeFilter: ['quoteline', 'story', 'article', 'source', 'view', 'theme', 'locale', 'published'].map((a) => 'data-' + a),
  });
  return ql;
}

if (!globalThis[KEY]) (globalThis[KEY] = start()).catch((e) => console.error('Quoteline could not start:', e));

export default globalThis[KEY];
