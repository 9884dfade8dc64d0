// Ten widgets, each with its own article, plus the module handle for the lifecycle test.
import init, * as ql from '../../pkg/quoteline.js';

const wasm = await init({ module_or_path: new URL('../../pkg/quoteline_bg.wasm', import.meta.url) });
const hosts = document.getElementById('hosts');
const widgets = [];
for (let i = 0; i < 10; i++) {
  const host = document.createElement('section');
  host.id = `w${i}`;
  hosts.append(host);
  const day = i + 1;
  widgets.push(ql.mount(host, {
    article: {
      title: `Story number ${i}`,
      body: [
        `"Widget ${i} speaks first," Mayor Ana Ruiz said on ${day} March 2026.`,
        `"Widget ${i} speaks again," Ruiz said on ${day + 1} April 2026.`,
        `The council met on ${day} May 2026.`,
      ].join('\n'),
    },
  }));
}
window.__ql = ql;
window.__wasm = wasm;
window.__widgets = widgets;
document.documentElement.dataset.ready = 'yes';
