// <quote-line> in Svelte 5, as an app would use it: a component renders it, its props reach it as
// attributes, and it goes when the component's `{#if}` turns false. A `.svelte.js` module, so that the
// props can be a `$state` rune the component reacts to.
import { flushSync, mount, unmount } from 'svelte';
import { mountedCount } from 'quoteline';
import { ARTICLE, host, themeOf } from './frameworks.js';
import QuoteLineSvelte from './QuoteLineSvelte.svelte';

export async function svelteCheck() {
  const props = $state({ article: ARTICLE, theme: 'dark', show: true });
  const app = mount(QuoteLineSvelte, { target: host(), props });
  flushSync();
  const el = document.querySelector('#svelte-el');
  const first = { mounted: Boolean(el.widget?.mounted), theme: themeOf(el), quotes: el.widget?.data().quotes.length };
  props.theme = 'light';
  flushSync();
  const after = themeOf(el);
  const before = mountedCount();
  props.show = false;
  flushSync();
  const destroyed = mountedCount() === before - 1 && !el.isConnected;
  unmount(app);
  return { ...first, themeAfter: after, destroyed };
}
