// Loads the module and mounts the data-* elements of the injection page; the test drives the rest.
import init, * as ql from '../../pkg/quoteline.js';

window.__errors = [];
document.addEventListener('quoteline:error', (e) => window.__errors.push({ host: e.target.id, ...e.detail }));
await init({ module_or_path: new URL('../../pkg/quoteline_bg.wasm', import.meta.url) });
window.__ql = ql;
ql.autoMount(document);
document.documentElement.dataset.ready = 'yes';
