import init, { mount, articles } from '../pkg/quoteline.js';

await init();

const select = document.querySelector('#article-select');
const published = document.querySelector('#published');
const status = document.querySelector('#last-event');
for (const a of articles()) {
  const option = document.createElement('option');
  option.value = a.id;
  option.textContent = a.title;
  select.append(option);
}

let widget;
function show() {
  widget?.destroy();
  widget = mount('#widget', { article: select.value, published: published.value || undefined });
}
select.addEventListener('change', show);
published.addEventListener('change', show);
document.querySelector('#widget').addEventListener('quoteline:select', (e) => {
  status.textContent = e.detail.id ? `Selected ${e.detail.kind} ${e.detail.id}` : 'Selection cleared';
});
show();

// Playground: re-extract as the text changes.
const text = document.querySelector('#article-text');
const playStatus = document.querySelector('#play-status');
let playWidget;
let timer;
text.value = 'Harbour reopens after the storm\n"We worked through the night to get the cranes running," harbour master Lena Brandt said.\nThe port closed on March 3 and reopened on March 9.';
function play() {
  try {
    playWidget?.destroy();
    playWidget = mount('#playground', { article: { body: text.value } });
    const s = playWidget.data();
    playStatus.textContent = `${s.quotes.length} quotes, ${s.events.length} events`;
    document.querySelector('#play-timelinejs').textContent = playWidget.toTimelineJS();
    document.querySelector('#play-jsonld').textContent = playWidget.toJsonLd();
  } catch (err) {
    playStatus.textContent = `${err.code}: ${err.message}`;
  }
}
text.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(play, 150); });
play();
