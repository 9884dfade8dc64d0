// The npm package as a Vite (TypeScript) app uses it: the bundler build needs no init call.
import { mount, extract, toJsonLd, type Story, type MountOptions, type QuotelineError } from 'quoteline';
import 'quoteline/quote-line';
import initWeb, { articles } from 'quoteline/web';
// @ts-ignore: plain JS, checked by running it
import { reactCheck, vueCheck } from './frameworks.js';
// @ts-ignore: plain JS (a Svelte module), checked by running it
import { svelteCheck } from './svelte-check.svelte.js';

const options: MountOptions = { article: 'zelenskyy-security-guarantees', published: '2026-02-06', theme: 'light' };
const widget = mount('#widget', options);
const story: Story = widget.data();

const host = document.querySelector<HTMLElement>('#widget')!;
host.addEventListener('quoteline:select', (e) => {
  document.querySelector('#status')!.textContent = `selected ${e.detail.kind} ${e.detail.id}`;
});
widget.select('q1');

let code = '';
try {
  extract('{"title": ');
} catch (err) {
  code = (err as QuotelineError).code;
}

// The web build, from the same package, initialised with its wasm URL resolved by Vite.
await initWeb();
const bundled = articles();

const el = document.querySelector('quote-line')!;
const ld = JSON.parse(toJsonLd('Ferry returns\n"We missed it," said Tom Okafor, a fisherman.'));

(window as any).viteCheck = {
  quotes: story.quotes.length,
  events: story.events.map((e) => e.date.value),
  errorCode: code,
  bundled: bundled.map((a) => a.id),
  elementHasWidget: el.widget?.mounted ?? false,
  speaker: ld['@graph'][0].spokenByCharacter.name,
  react: await reactCheck(),
  vue: await vueCheck(),
  svelte: await svelteCheck(),
};
