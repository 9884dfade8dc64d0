// Quoteline script-tag loader.
//
//   <div data-quoteline data-article="zelenskyy-security-guarantees"></div>
//   <script type="module" src="https://cdn.example/quoteline/embed.js"></script>
//
// Loads the wasm module once (the module URL resolves against this script, not the page, so a CDN
// works), mounts every [data-quoteline] element, and is safe to include twice.
const KEY = Symbol.for('quoteline.embed');

if (!globalThis[KEY]) {
  const script = import.meta.url;
  const moduleUrl = new URL('../pkg/quoteline.js', script);
  globalThis[KEY] = (async () => {
    const ql = await import(moduleUrl.href);
    await ql.default({ module_or_path: new URL('quoteline_bg.wasm', moduleUrl) });
    const run = () => ql.autoMount();
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    run();
    return ql;
  })();
  globalThis[KEY].catch((err) => console.error('Quoteline could not start:', err));
}

export default globalThis[KEY];
