// <quote-line> in React 19 and Vue 3 (Svelte 5: svelte-check.svelte.js), as an app would use it: rendered by the framework, updated
// through its state, removed when the component unmounts. Plain JS (no JSX build step needed).
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createApp, h, nextTick, ref } from 'vue';
import { mountedCount } from 'quoteline';

export const ARTICLE = 'Harbour reopens\n"The cranes are running again," harbour master Lena Brandt said on March 9.';
export const themeOf = (el) => el.querySelector('quoteline-root')?.shadowRoot.querySelector('.ql')?.dataset.theme ?? null;

export function host() {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}

export async function reactCheck() {
  const root = createRoot(host());
  const render = (theme) => flushSync(() => root.render(createElement('quote-line', { id: 'react-el', article: ARTICLE, theme })));
  render('dark');
  const el = document.querySelector('#react-el');
  const first = { mounted: Boolean(el.widget?.mounted), theme: themeOf(el), quotes: el.widget?.data().quotes.length };
  render('light');
  const after = themeOf(el);
  const before = mountedCount();
  flushSync(() => root.unmount());
  return { ...first, themeAfter: after, destroyed: mountedCount() === before - 1 && !el.isConnected };
}

export async function vueCheck() {
  const theme = ref('dark');
  const show = ref(true);
  const app = createApp({ render: () => (show.value ? h('quote-line', { id: 'vue-el', article: ARTICLE, theme: theme.value }) : null) });
  app.mount(host());
  const el = document.querySelector('#vue-el');
  const first = { mounted: Boolean(el.widget?.mounted), theme: themeOf(el), quotes: el.widget?.data().quotes.length };
  theme.value = 'light';
  await nextTick();
  const after = themeOf(el);
  const before = mountedCount();
  show.value = false;
  await nextTick();
  const destroyed = mountedCount() === before - 1 && !el.isConnected;
  app.unmount();
  return { ...first, themeAfter: after, destroyed };
}
