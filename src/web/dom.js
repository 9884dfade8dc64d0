// The JavaScript half of the browser edge (src/web/dom.rs binds it, as `#[wasm_bindgen(module)]`): the
// widget's DOM (`render`, `part`), the DOM side of its events (`handle`), the page-DOM reader
// (`pageText`), locale work (`Intl`, date labels), `fetch`, events, errors, the matching of attribute
// values and key names, and the Story's JS builder. Minified in the built package by
// scripts/trim-glue.mjs (terser). Article text only ever becomes text nodes and attribute values here,
// never markup.
export function fetchText(url) {
  const fail = (why) => Object.assign(new Error(`could not load the article from ${url}: ${why}`), { code: 'fetch' });
  return fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(fail(`HTTP ${r.status} ${r.statusText}`.trim()))),
    (e) => Promise.reject(fail(e && e.message || 'network error')));
}
// An article value as text: a string as it is (no copy: it crosses once), an object as its JSON (not
// an array); undefined for anything else; throws for an object JSON cannot write (a cycle, a BigInt, a
// toJSON giving undefined).
export function articleText(v) {
  if (typeof v == 'string') return v;
  if (!v || typeof v != 'object' || Array.isArray(v)) return;
  v = JSON.stringify(v);
  if (typeof v != 'string') throw 0;
  return v;
}
// A date label from the locale's words `t` (i18n::Strings::dates, `|`-separated; `unknown` is the words
// year not given). A calendar date (`cal`: year, month, day as formatDate takes them) is formatted by Intl
// inside the template of its TIMEX3 mod; other values (seasons, quarters, halves, weeks, decades) are
// read from `value`: `YEAR-REST`, shown as they are when not understood.
function dateWords(locale, value, mod, cal, y, m, d, t, unknown) {
  t = t.split('|');
  const fill = (s, k, v) => s.split(`{${k}}`).join(v);
  const ref = ['PRESENT_REF', 'PAST_REF', 'FUTURE_REF'].indexOf(value);
  if (ref >= 0) return t[ref];
  if (cal) {
    const i = ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'ON_OR_BEFORE', 'AFTER', 'ON_OR_AFTER'].indexOf(mod);
    const template = i < 0 ? '{}' : t[[3, 4, 5, 6, 7, 7, 8, 8][i]];
    return fill(template, '', formatDate(locale, y, m, d, i >= 0));
  }
  const [year, rest = ''] = value.split(/-(.*)/s), kind = rest[0], digits = rest.slice(1);
  const n = /^\+?\d+$/.test(digits) ? +digits : 0, season = ['SP', 'SU', 'FA', 'WI'].indexOf(rest);
  let template;
  if (season >= 0) template = t[9 + season] + ' {y}';
  else if (kind == 'Q' && /^[1-4]$/.test(digits)) template = fill(t[13], 'n', digits);
  else if (kind == 'H' && (n == 1 || n == 2)) template = t[13 + n];
  else if (kind == 'W' && n >= 1 && n <= 53) template = fill(t[16], 'n', n);
  else if (!rest && /^\d{3}$/.test(year)) return fill(t[17], 'y', year);
  else return value;
  return year == 'XXXX' ? `${fill(template, 'y', '').trim()} (${unknown})` : fill(template, 'y', year);
}
// The parts of a calendar TIMEX3 value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, the same with `XXXX`; a time
// part ignored): [year (undefined for XXXX), month, day (0 when missing)]; undefined for other values.
const calendar = (value) => {
  const p = value.split('T')[0].split('-'), y = p[0], n = (s, max) => (s == null ? 0 : /^\d\d$/.test(s) && s > 0 && s <= max ? +s : -1),
    year = y == 'XXXX' ? undefined : /^\d{4}$/.test(y) ? +y : -1, m = n(p[1], 12), d = n(p[2], 31);
  if (!(year < 0 || m < 0 || d < 0 || p.length > 3 || (year === undefined && !m))) return [year, m, d];
};
// The locale handed to Intl: English dates read day-first (5 February) unless a region is given.
const intlLocale = (l) => (/^en$/i.test(l) || !l ? 'en-GB' : l),
  // Strings `i`, `j`, … of a locale's `\n`-separated UI strings (i18n::EN).
  words = (ui, ...at) => { const u = ui.split('\n'); return at.map((i) => u[i]); };
// The label of a date value in `locale` (the widget's): `t` and `unknown` as dateWords takes them; a
// calendar date's label starts with a capital. English dates read day-first unless a region is given.
export function dateLabel(locale, value, mod, t, unknown) {
  const c = calendar(value), label = dateWords(intlLocale(locale), value, mod, !!c, c && c[0], c ? c[1] : 0, c ? c[2] : 0, t, unknown);
  return c ? label.replace(/^./su, (f) => f.toUpperCase()) : label;
}
// Makes `item` (and its buttons and link) its list's only tab stops, so Tab leaves a list in one step.
function rove(item) {
  const list = item.parentElement;
  if (list) for (const other of list.querySelectorAll(':scope > .ql-item')) {
    const i = other == item ? '0' : '-1';
    other.setAttribute('tabindex', i);
    for (const c of other.querySelectorAll('button, a')) c.setAttribute('tabindex', i);
  }
}
// The visible items of the list `item` is in.
const visible = (item) => (item.parentElement ? [...item.parentElement.querySelectorAll(':scope > .ql-item:not([hidden])')] : []);
// Moves focus within the list of `item`: `key` is the index in widget::KEYS of Home (2), End (3),
// ArrowUp (4) or ArrowDown (5).
function moveFocus(item, key) {
  const items = visible(item), n = items.length, at = Math.max(items.indexOf(item), 0);
  if (n) items[key == 5 ? Math.min(at + 1, n - 1) : key == 4 ? Math.max(at - 1, 0) : key == 2 ? 0 : n - 1].focus();
}
// Marks item `now` of the widget in shadow root `s` as selected (none when undefined), and the items
// whose ids are in `linked` (space-separated) as linked to it.
export function mark(s, now, linked) {
  linked = linked ? linked.split(' ') : [];
  for (const e of s.querySelectorAll('.ql-item')) {
    const id = e.getAttribute('data-id'), on = id != null && id === now;
    e.classList.toggle('is-selected', on);
    e.classList.toggle('is-linked', id != null && linked.includes(id));
    if (on) e.setAttribute('aria-current', 'true');
    else e.removeAttribute('aria-current');
  }
}
// In the narrow (tabbed) layout, shows section `tab` (quotes or timeline).
export function showTab(s, tab) {
  const top = s.querySelector('.ql');
  if (!top) return;
  top.setAttribute('data-tab', tab);
  for (const t of s.querySelectorAll('[role=tab]')) {
    const on = t.getAttribute('data-tab') === tab;
    t.setAttribute('aria-selected', '' + on);
    t.setAttribute('tabindex', on ? '0' : '-1');
  }
}
// Shows only the quotes of speaker `sp` (`*` all, `-` the unattributed; `name` the speaker's) and says
// how many show through the live region, in `locale` with its strings `ui`. The list keeps a tab stop:
// the first visible item, unless the current one is still shown.
export function filterQuotes(s, sp, name, ui, locale) {
  let shown = 0, first;
  for (const c of s.querySelectorAll('.ql-chip')) c.setAttribute('aria-pressed', '' + (c.getAttribute('data-speaker') === sp));
  for (const item of s.querySelectorAll('.ql-quote-item')) {
    if (sp == '*' || item.getAttribute('data-speaker') === sp) {
      shown++;
      item.removeAttribute('hidden');
      first ??= item;
    } else item.setAttribute('hidden', '');
  }
  if (first) rove(visible(first).find((i) => i.getAttribute('tabindex') === '0') ?? first);
  const u = ui.split('\n'), live = s.querySelector('.ql-live');
  if (live) live.textContent = announcement(u[sp == '*' ? 18 : 19], shown, u[23 + Math.min(pluralForm(intlLocale(locale), shown), 5)], sp == '*' ? '' : sp == '-' ? u[8] : name);
}
// Copies `text` (a quote's citation) for `item` of the widget in shadow root `s`: the Clipboard API,
// else a selected textarea and execCommand (as a boolean crosses into the wasm: ToInt32); then says
// copied or failed (the locale's strings `ui`) beside the item's button and through the live region.
function copy(s, item, text, ui) {
  const [copied, failed] = words(ui, 21, 22), status = item.querySelector('.ql-copied'), live = s.querySelector('.ql-live'),
    c = field(field(globalThis, 'navigator'), 'clipboard'),
    done = (ok) => {
      if (status) status.textContent = ok ? copied : failed;
      if (live) live.textContent = ok ? copied : failed;
    },
    fallback = () => {
      const a = part(s, 'textarea|class=ql-sr|=%|aria-hidden=true', text);
      let ok = 0;
      a.select();
      try { ok = document.execCommand('copy') | 0; } catch {}
      a.remove();
      return ok != 0;
    };
  let p, once = 1;
  if (typeof c != 'object' || !c) return done(fallback());
  try { p = c.writeText(text); } catch { return done(fallback()); }
  // One callback for both outcomes, run once: writeText resolves with undefined, rejects with an error.
  const settle = (v) => { if (once) { once = 0; done(v === undefined || fallback()); } };
  try { p.then(settle, settle); } catch { done(fallback()); } // not a promise after all
}
// What an event on a widget does (widget::listen's one listener; `s` its shadow root, `ui` the
// locale's strings, i18n::EN). The DOM side happens here; what needs the widget's state
// comes back as a code, a flag and an id: `f` filter by the speaker, `g` go to the item, `s` select the
// item (after copying a quote's citation, `cites`), `x` clear the selection, `t` toggle the item's
// selection, `e` Escape (clear the selection; flag `o`: details were open), `h` follow the page's
// #quoteline-… link; flag `p`: prevent the key's default after. '' when nothing is left to do (as after
// `beforeprint`, which fills every context for the print stylesheet).
const KEYS = 'ArrowLeft|ArrowRight|Home|End|ArrowUp|ArrowDown|Enter| |Escape'.split('|');
export function handle(s, ev, ui) {
  const type = ['click', 'keydown', 'focusin', 'beforeprint'].indexOf(ev.type), t = ev.target, [show, hide] = words(ui, 10, 20);
  let x, item;
  if (type < 0) return 'h-';
  // Printing shows every item's context (style.css): each is filled first, up to PRINTED characters in
  // all, those filled already (opened, or by an earlier print) counted (one long paragraph quoted a
  // thousand times would print it a thousand times: minutes of layout, thousands of pages); the contexts
  // past that print empty.
  if (type == 3) { let n = 0; for (const c of s.querySelectorAll('.ql-context')) if (n < PRINTED) n += fill(c) ?? c.textContent.length; return ''; }
  // Only an element inside the widget can be acted on: an event dispatched on the shadow root itself
  // (or a text node) has nothing to find.
  if (!t || typeof t.closest != 'function') return '';
  if (type == 2) {
    // Roving tabindex: the item that last had focus is its list's one tab stop.
    if ((item = t.closest('.ql-item'))) rove(item);
    return '';
  }
  if (!type) {
    if ((x = t.closest('[role=tab]'))) return showTab(s, x.getAttribute('data-tab') ?? 'quotes'), '';
    if ((x = t.closest('.ql-chip'))) return 'f-' + (x.getAttribute('data-speaker') ?? '*');
    if ((x = t.closest('[data-goto]'))) return 'g-' + (x.getAttribute('data-goto') ?? '');
    if (!(item = t.closest('.ql-item'))) return '';
    const id = item.getAttribute('data-id') ?? '';
    if ((x = t.closest('[data-action]'))) {
      if (x.getAttribute('data-action') === 'context') details(item, undefined, show, hide);
      else if (x.getAttribute('data-action') === 'copy') copy(s, item, cites.get(item)?.() ?? '', ui);
      return 's-' + id;
    }
    // The item's own link: selected now (the hashchange that follows changes nothing).
    if (t.closest('a')) return 's-' + id;
    ev.preventDefault();
    return 't-' + id;
  }
  const k = KEYS.indexOf(ev.key);
  if (k < 0) return '';
  if (t.getAttribute('role') === 'tab') {
    // The arrows swap in a right-to-left widget: the left one goes forward.
    const tabs = [...s.querySelectorAll('[role=tab]')], n = tabs.length, at = Math.max(tabs.indexOf(t), 0),
      rtl = s.querySelector('.ql')?.getAttribute('dir') === 'rtl',
      to = k < 2 ? ((k == 1) != rtl ? (at + 1) % n : (at + n - 1) % n) : k == 2 ? 0 : k == 3 ? n - 1 : -1;
    if (to >= 0) {
      if ((x = tabs[to])) {
        showTab(s, x.getAttribute('data-tab') ?? 'quotes');
        x.focus();
      }
      return '-p';
    }
  } else if ((item = t.closest('.ql-item'))) {
    if (k >= 2 && k <= 5) return moveFocus(item, k), '-p';
    // Enter, Space
    if (k > 5 && k < 8 && item == t) {
      details(item, undefined, show, hide);
      x = item.getAttribute('data-id');
      return x == null ? 'xp' : 'sp' + x;
    }
  }
  if (k < 8) return '';
  // Escape clears the selection and closes open details; focus returns to the item it was in.
  const open = s.querySelectorAll('.ql-item.is-open');
  for (const i of open) details(i, false, show, hide);
  if ((item = t.closest('.ql-item')) && item != t) item.focus();
  return 'e' + (open.length ? 'o' : '-');
}
// An item's paragraph in context is built when it is first shown, not with the widget: a long
// paragraph quoted a thousand times would be in the DOM a thousand times. `later` holds, per empty
// `.ql-context` (which the render adds hidden, so its button's aria-controls names it), the function
// that fills it; `fill` runs it once and returns the paragraph's length.
const later = new WeakMap(), fill = (ctx) => { const f = later.get(ctx); if (f) { later.delete(ctx); return f(); } }, PRINTED = 2e5,
  // Per quote item, the function that makes its citation (`“words” — Name, Role`) for the copy button.
  cites = new WeakMap();
// Opens or closes an item's details (its paragraph in context; `force` sets the state), with the
// button's state and words (`show` or `hide`).
function details(item, force, show, hide) {
  const open = item.classList.toggle('is-open', force), ctx = item.querySelector('.ql-context'), b = item.querySelector('[data-action=context]');
  if (ctx) {
    if (open) { fill(ctx); ctx.removeAttribute('hidden'); }
    else ctx.setAttribute('hidden', '');
  }
  if (b) {
    b.setAttribute('aria-expanded', '' + open);
    b.textContent = open ? hide : show;
  }
}
// The whole widget for Story `st`, built once in a fragment and added to shadow root `root` in one step.
// `t` is the locale's `i18n::Strings::ui` (`\n`-separated, in the order named below). Every element is
// made by `el` from a spec: its tag, then `|`-separated `key=value` attributes, each `%` in a value the
// next argument; key `?name`: the attribute only when not empty; empty key: the element's text (a text
// node; none when empty); `@`: an element that holds article text (its own direction, the article's
// language). Specs are our own constants: article text only ever arrives as an argument, and reaches
// the DOM only as text nodes and attribute values.
const make = (parent, lang, spec, args) => {
  let e, k = 0;
  for (const part of spec.split('|')) {
    const i = part.indexOf('='), key = i < 0 ? undefined : part.slice(0, i),
      v = (i < 0 ? part : part.slice(i + 1)).replace(/%/g, () => args[k++] ?? '');
    if (!e) e = document.createElement(v);
    else if (key === '') { if (v) e.textContent = v; }
    else if (key == null) { e.setAttribute('dir', 'auto'); if (lang) e.setAttribute('lang', lang); }
    else if (key[0] == '?') { if (v) e.setAttribute(key.slice(1), v); }
    else e.setAttribute(key, v);
  }
  parent.appendChild(e);
  return e;
};
// One element from a spec (as the renderer's) with the arguments `a`, `b`, `c`, added to `root` in a
// fragment (a live region is whole when it enters the page); returns the element.
export function part(root, spec, a, b, c) {
  const f = document.createDocumentFragment(), e = make(f, '', spec, [a, b, c]);
  root.appendChild(f);
  return e;
}
export function render(root, st, t, locale, dir, view, theme) {
  const [label, quotesTitle, timelineTitle, sections, noQuotes, noEvents, filter, all, unattributed, fromHeadline, contextShow, copy, link, linkLabel, linkedQuotes, dates, unknown] = t.split('\n'),
    doc = document, frag = doc.createDocumentFragment(), a = st.article, Q = st.quotes, E = st.events,
    lang = canonicalLocale(a.language) ?? '',
    el = (parent, spec, ...args) => make(parent, lang, spec, args),
    counter = (parent, n) => el(parent, 'span|class=ql-count|=%', '' + n),
    time = (parent, cls, value, mod) => {
      const c = calendar(value);
      el(parent, 'time|class=%|=%|?datetime=%', cls, dateLabel(locale, value, mod ?? '', dates, unknown),
        c && c[0] !== undefined ? ('' + c[0]).padStart(4, '0') + (c[1] ? '-' + ('' + c[1]).padStart(2, '0') + (c[2] ? '-' + ('' + c[2]).padStart(2, '0') : '') : '') : '');
    },
    // A paragraph of `text` with [start, end) (UTF-16 units) marked; an offset inside a surrogate pair
    // moves to the pair's end, past the end to the end (in constant time: many items share one long
    // paragraph).
    marked = (parent, cls, text, start, end) => {
      const at = (n) => n <= 0 ? 0 : n >= text.length ? text.length
          : (text.charCodeAt(n - 1) & 0xfc00) == 0xd800 && (text.charCodeAt(n) & 0xfc00) == 0xdc00 ? n + 1 : n,
        i = at(start), j = Math.max(at(Math.max(end, start)), i), p = el(parent, 'p|?class=%|@', cls);
      p.appendChild(doc.createTextNode(text.slice(0, i)));
      el(p, 'mark|=%', text.slice(i, j));
      p.appendChild(doc.createTextNode(text.slice(j)));
    },
    panel = (name, title, n) => {
      const sec = el(panels, 'section|class=ql-panel ql-%|id=ql-%|role=tabpanel|aria-labelledby=ql-%-title', name, name, name);
      counter(el(sec, 'h3|class=ql-panel-title|=%|id=ql-%-title', title, name), n);
      return sec;
    },
    // The end of an item: its paragraph in context (hidden and empty until asked for: `fill`), then its
    // actions.
    itemEnd = (li, id, paragraph, start, end, copies) => {
      const p = st.paragraphs[paragraph];
      if (p) { const ctx = el(li, 'div|class=ql-context|id=ql-ctx-%|hidden=', id); later.set(ctx, () => (marked(ctx, '', p.text, start, end), p.text.length)); }
      const row = el(li, 'div|class=ql-actions');
      if (p) el(row, 'button|class=ql-action|=%|type=button|data-action=context|aria-expanded=false|aria-controls=ql-ctx-%', contextShow, id);
      if (copies) el(row, 'button|class=ql-action|=%|type=button|data-action=copy', copy);
      el(row, 'a|class=ql-action ql-link|=%|href=#quoteline-%|title=%', link, id, linkLabel);
      if (copies) el(row, 'span|class=ql-copied');
    },
    finish = (list) => { if (list.firstElementChild) rove(list.firstElementChild); },
    // Speakers and quotes by id: looked up once per quote and per link, never by a scan.
    speakers = new Map(st.speakers.map((s) => [s.id, s])), quotes = new Map(Q.map((q) => [q.id, q])),
    speaker = (id) => speakers.get(id),
    // The quoted words as shown: without the comma that led into the attribution.
    // (a loop: V8 11's regex engine is quadratic on `/[, ]+$/` over a long run of ", ").
    words = (text) => { let n = text.length; while (n && (text[n - 1] == ',' || text[n - 1] == ' ')) n--; return text.slice(0, n); },
    // `“words” — Name, Role`: what the copy button copies, and (cut) the label of a linked quote.
    cite = (q) => { const sp = q.speakerId != null && speaker(q.speakerId); return `“${words(q.text)}”` + (sp ? ` — ${sp.name}` + (sp.role != null ? `, ${sp.role}` : '') : ''); },
    tab = view == 'timeline' ? 'timeline' : 'quotes',
    top = el(frag, 'div|class=ql|role=region|aria-label=%|lang=%|dir=%|data-view=%|data-theme=%|data-tab=%', a.title ?? label, locale, dir, view, theme, tab);
  // Room for the items, so the page below does not move as tabs, filters and details change.
  top.style.setProperty('--ql-rows', '' + Math.min(Math.max(Q.length, E.length), 8));
  el(top, 'p|class=ql-live ql-sr|role=status|aria-live=polite');
  if (a.title != null || a.source != null || a.published != null) {
    // A div, not <header>: inside the shadow root a header would count as the page's banner landmark.
    const header = el(top, 'div|class=ql-header');
    if (a.title != null) el(header, 'h2|class=ql-headline|=%|@', a.title);
    if (a.source != null || a.published != null) {
      const meta = el(header, 'p|class=ql-meta');
      if (a.source != null) el(meta, 'span|class=ql-source|=%|@', a.source);
      if (a.published != null) time(meta, 'ql-published', a.published);
    }
  }
  // Tabs, shown by the stylesheet only when the widget's own container is narrow.
  const tabs = el(top, 'div|class=ql-tabs|role=tablist|aria-label=%', sections);
  for (const [name, title, n] of [['quotes', quotesTitle, Q.length], ['timeline', timelineTitle, E.length]]) {
    const on = tab == name;
    counter(el(tabs, 'button|class=ql-tab|=%|type=button|role=tab|id=ql-tab-%|data-tab=%|aria-controls=ql-%|aria-selected=%|tabindex=%', title, name, name, name, '' + on, on ? '0' : '-1'), n);
  }
  const panels = el(top, 'div|class=ql-panels');
  let sec = panel('quotes', quotesTitle, Q.length), list;
  if (!Q.length) el(sec, 'p|class=ql-empty|=%', noQuotes);
  else {
    // Speaker filter: one chip per speaker (and the unattributed), when there is a choice to make.
    const byKey = new Map();
    for (const q of Q) {
      const key = q.speakerId ?? '-', g = byKey.get(key);
      if (g) g[2]++;
      else byKey.set(key, [key, speaker(key)?.name ?? unattributed, 1]);
    }
    const groups = [...byKey.values()];
    if (groups.length > 1) {
      const bar = el(sec, 'div|class=ql-filter|role=group|aria-label=%', filter);
      for (const [key, name, n] of [['*', all, Q.length], ...groups]) counter(el(bar, 'button|class=ql-chip|=%|type=button|data-speaker=%|aria-pressed=%', name, key, '' + (key == '*')), n);
    }
    list = el(sec, 'ol|class=ql-list');
    for (const q of Q) {
      const li = el(list, 'li|class=ql-item ql-quote-item|data-id=%|data-kind=quote|id=quoteline-%|data-speaker=%', q.id, q.id, q.speakerId ?? '-'),
        fig = el(li, 'figure|class=ql-quote'), sp = q.speakerId != null && speaker(q.speakerId);
      el(el(fig, 'blockquote|class=ql-quote-text'), 'p|=%|@', words(q.text));
      const cap = el(fig, 'figcaption|class=ql-speaker');
      if (sp) {
        el(cap, 'cite|class=ql-name|=%|@', sp.name);
        if (sp.role != null) el(cap, 'span|class=ql-role|=%|@', sp.role);
      } else el(cap, 'span|class=ql-name|=%', unattributed);
      if (q.cue != null) el(cap, 'span|class=ql-cue|=%|@', q.cue);
      if (q.kind == 'headline') el(cap, 'span|class=ql-kind|=%', fromHeadline);
      itemEnd(li, q.id, q.paragraph, q.start, q.end, true);
      cites.set(li, () => cite(q));
    }
    finish(list);
  }
  sec = panel('timeline', timelineTitle, E.length);
  if (!E.length) el(sec, 'p|class=ql-empty|=%', noEvents);
  else {
    list = el(sec, 'ol|class=ql-list ql-events');
    for (const e of E) {
      const li = el(list, 'li|class=ql-item ql-event-item|data-id=%|data-kind=event|id=quoteline-%', e.id, e.id);
      let ul;
      time(li, 'ql-date', e.date.value, e.date.mod);
      if (e.date.value.startsWith('XXXX') && calendar(e.date.value)) el(li, 'span|class=ql-note|=%', unknown);
      marked(li, 'ql-event-text', e.text, e.date.start, e.date.end);
      // The quotes linked to the event, under a title made with the first of them; each a button with
      // its citation cut to about 90 characters at a word boundary.
      for (const id of e.quoteIds) {
        const q = quotes.get(id);
        if (!q) continue;
        if (!ul) {
          const block = el(li, 'div|class=ql-linked');
          el(block, 'p|class=ql-linked-title|=%', linkedQuotes);
          ul = el(block, 'ul|class=ql-linked-list');
        }
        // 90 characters fit in 180 UTF-16 units: only the citation's head is split into characters
        // (one long quote may be linked from many events), with enough to tell whether it is longer.
        let c = cite(q), chars = [...c.slice(0, 182)];
        if (chars.length > 90) {
          c = chars.slice(0, 90).join('');
          const i = c.lastIndexOf(' ');
          c = (i < 0 ? c : c.slice(0, i)) + '…';
        }
        el(el(ul, 'li'), 'button|class=ql-goto|=%|type=button|data-goto=%|@', c, q.id);
      }
      itemEnd(li, e.id, e.paragraph, e.start, e.end, false);
    }
    finish(list);
  }
  root.appendChild(frag);
}
// The filter's announcement: `{n}`, `{quotes}` and `{name}` of template `t` filled in.
function announcement(t, n, quotes, name) {
  return t.split('{n}').join(n).split('{quotes}').join(quotes).split('{name}').join(name);
}
// The article written in page element `root` (page::read_article) as tagged strings: `h`, `p` or `c`
// and the text of a heading, paragraph or caption (its white space not yet collapsed), `l` and the
// language, `d` and a publication date the page states (best first: a <time datetime> marked as one or
// in a byline, one outside the running text, the article:published_time meta tag). Only text nodes are
// read (never markup); scripts, styles, templates, navigation, buttons and hidden elements (`hidden`,
// aria-hidden=true, display: none) are skipped. A block inside a block ends the outer one's text;
// deeper nesting than 200 is not read. Lone surrogates become U+FFFD node by node, as each crossed
// into the wasm before.
const SKIP = 'button canvas iframe input nav aside noscript object script select style svg template textarea video audio'.split(' '),
  BLOCKS = 'h1 h2 h3 h4 h5 h6 p blockquote li dd pre figcaption'.split(' ');
export function pageText(root) {
  // Hidden by the page's own styling: offsetParent is null for display: none (and for fixed elements
  // and body, which are visible: checked by their boxes); undefined outside HTML (SVG), shown.
  const out = [], hidden = (e) => e.offsetParent === null && !e.getClientRects().length && e.localName != 'body',
    check = !hidden(root), kindOf = (t) => 'hhhhhhpppppc'[BLOCKS.indexOf(t)] || '',
    flush = () => { if (kind) out.push(kind + s); s = ''; },
    walk = (node, depth) => {
      for (let c = node.firstChild, n, t, k; c; c = c.nextSibling) {
        n = c.nodeType; t = c.localName;
        if ((n == 3 || n == 4) && kind) s += c.nodeValue.replace(/\p{Cs}/gu, '\uFFFD');
        else if (n == 1 && depth < 200 && !(SKIP.includes(t) || c.hasAttribute('hidden') || c.getAttribute('aria-hidden') === 'true' || (check && hidden(c))))
          if ((k = kindOf(t))) { flush(); n = kind; kind = k; walk(c, depth + 1); flush(); kind = n; }
          else { if (t == 'br') s += ' '; walk(c, depth + 1); }
      }
    },
    lang = root.closest('[lang]')?.getAttribute('lang'),
    dates = [root.querySelector(`time[itemprop='datePublished'], time[pubdate], [class*='byline'] time, [class*='dateline'] time`)?.getAttribute('datetime')];
  let s = '', kind = kindOf(root.localName);
  walk(root, 0);
  flush();
  if (lang) out.push('l' + lang);
  for (const t of root.querySelectorAll('time[datetime]')) t.closest('p, li, blockquote, dd') || dates.push(t.getAttribute('datetime'));
  dates.push(root.ownerDocument.querySelector(`meta[property='article:published_time']`)?.getAttribute('content'));
  for (const d of dates) if (typeof d == 'string') out.push('d' + d);
  return out;
}
// The bundled articles as [{ id, title, published }] from api::articles' lines (`=value`, `-` null).
export function articleList(s) {
  const f = s.split('\n').map((x) => (x[0] == '=' ? x.slice(1) : null)), out = [];
  for (let i = 0; i + 2 < f.length; i += 3) out.push({ id: f[i], title: f[i + 1], published: f[i + 2] });
  return out;
}
// A random 32-bit number, once per page: the seed of the name indexes (people.rs, `OpenIndex`), so
// that an article cannot be crafted to make their look-ups collide. Math.random where there is no
// crypto (Node 18).
export function seed() {
  try { return crypto.getRandomValues(new Uint32Array(1))[0]; } catch { return Math.random() * 2 ** 32 >>> 0; }
}
// Reflect.get(o, k), undefined where that throws (o not an object, a getter that throws); `text`: the
// same when it is a string.
export function field(o, k) {
  try { return Reflect.get(o, k); } catch {}
}
export function text(o, k) {
  const v = field(o, k);
  return typeof v == 'string' ? v : undefined;
}
// The mount options an element's attributes give (api::options_from_attributes): for each of `keys`
// (space-separated), `data-KEY` on a [data-quoteline] element, `KEY` on any other; only those present.
export function attributeOptions(e, keys) {
  const prefix = e.hasAttribute('data-quoteline') ? 'data-' : '', o = {};
  for (const k of keys.split(' ')) {
    const v = e.getAttribute(prefix + k);
    if (v != null) o[k] = v;
  }
  return o;
}
// Whether attribute `name` of `e` is `value`.
export function is(e, name, value) {
  return e.getAttribute(name) === value;
}
// An Error with a `code`; its message is `message`, then `: ` and the cause's own message (a string
// cause, or its `message` string) when it has one.
export function error(message, code, cause) {
  const d = typeof cause == 'string' ? cause : field(cause, 'message');
  if (typeof d == 'string') message += `: ${d}`;
  return Object.assign(new Error(message), { code });
}
// A bubbling, composed CustomEvent of type `kind` on `t`; its detail has the names in `keys` (one or
// two, space-separated), the first `a`, the second `b`.
export function fire(t, kind, keys, a, b) {
  const detail = {};
  keys.split(' ').forEach((k, i) => { detail[k] = i ? b : a; });
  t.dispatchEvent(new CustomEvent(kind, { bubbles: true, composed: true, detail }));
}
// Adds (`on`) or removes a widget's one listener `f`: click, keydown and focusin on its shadow root
// `s`, hashchange and beforeprint on the window.
export function listen(s, f, on) {
  const m = on ? 'addEventListener' : 'removeEventListener';
  for (const k of ['click', 'keydown', 'focusin']) s[m](k, f);
  for (const k of ['hashchange', 'beforeprint']) globalThis[m](k, f);
}
export function attachOpen(e) {
  return e.attachShadow({ mode: 'open' });
}
let sheet;
export function adoptStyles(root, css) {
  if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(css); }
  root.adoptedStyleSheets = [sheet];
}
export function canonicalLocale(tag) {
  try { return Intl.getCanonicalLocales(tag.replaceAll('_', '-'))[0]; } catch { return undefined; }
}
// Intl objects are slow to make (the first loads locale data): one per locale and kind, kept.
const intl = new Map();
const made = (key, make) => {
  let f = intl.get(key);
  if (!f) { if (intl.size > 63) intl.clear(); intl.set(key, f = make()); }
  return f;
};
function pluralForm(locale, n) {
  return ['zero', 'one', 'two', 'few', 'many'].indexOf(made('p' + locale, () => new Intl.PluralRules(locale)).select(n)) >>> 0;
}
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
export function formatDate(locale, y, m, d, stripDay) {
  // The default locale (British English) without Intl: making the first DateTimeFormat loads locale
  // data and was most of the first render's time. tests/web.rs holds this to Intl's own output.
  if (locale == 'en-GB' && (y == null || (y > 0 && y < 10000))) return [d, MONTHS[m - 1], y].filter((x) => x).join(' ');
  const o = { timeZone: 'UTC' };
  if (y != null) o.year = 'numeric';
  if (m) o.month = 'long';
  if (d || (stripDay && m)) o.day = 'numeric';
  const t = new Date(0);
  t.setUTCFullYear(y ?? 2000, (m || 1) - 1, d || 1);
  const parts = made('d' + locale + Object.keys(o), () => new Intl.DateTimeFormat(locale, o)).formatToParts(t);
  let out = '', skip = false;
  parts.forEach((p, i) => {
    if (stripDay && !d && p.type == 'day') {
      if (i + 1 < parts.length) skip = true;
      else out = out.replace(/[^\p{L}\p{N}]+$/u, '');
    } else {
      if (!(skip && p.type == 'literal')) out += p.value;
      skip = false;
    }
  });
  return out.trim();
}
// The Story as an object from its tape (`api::to_js`): `s` every text of the Story; `n` where each text
// is in `s` (UTF-16 units, start and end: a null when start > end), list lengths and numbers, in the
// order of the fields below (`Story::tape`).
export function story(s,n){let i=0;const u=()=>n[i++],t=()=>{const a=n[i++],b=n[i++];return a>b?null:s.slice(a,b)},l=f=>{const r=[];for(let k=u();k>0;k--)r.push(f());return r};return{article:{id:t(),title:t(),published:t(),source:t(),url:t(),language:t()},paragraphs:l(()=>({kind:t(),text:t()})),speakers:l(()=>({id:t(),name:t(),role:t(),aliases:l(t)})),quotes:l(()=>({id:t(),text:t(),kind:t(),speakerId:t(),mention:u()?{text:t(),paragraph:u(),start:u(),end:u()}:null,cue:t(),paragraph:u(),start:u(),end:u(),endParagraph:u(),endOffset:u()})),events:l(()=>({id:t(),text:t(),date:{text:t(),value:t(),mod:t(),type:t(),start:u(),end:u()},paragraph:u(),start:u(),end:u(),quoteIds:l(t)}))}}
