// Mounts widgets three ways on the hostile page: the JS API, a data-* element, and the page's own text.
import init, { mount, autoMount } from '../../pkg/quoteline.js';

const wasm = await init({ module_or_path: new URL('../../pkg/quoteline_bg.wasm', import.meta.url) });
const byApi = mount('#by-api', {
  article: {
    title: 'Council approves the new bridge',
    body: '"We will open it before winter," Mayor Ana Ruiz said on 3 March 2026.\nWork began on 1 February 2026.',
  },
});
autoMount(document);
const bySource = mount('#by-source', { source: '#story', published: '2026-01-20' });
window.__ql = { wasm, byApi, bySource };
document.documentElement.dataset.ready = 'yes';
