// <quote-line article="…" theme="…">: a custom element over the module's mountElement / unmount.
// wasm-bindgen cannot subclass HTMLElement, so this small class only forwards the element's life:
// connected → mount, disconnected → destroy, attribute changed → update (view, theme) or remount.
//
//   import * as ql from './quoteline.js';
//   import { defineQuoteLine } from './element.js';
//   await ql.default();            // (web build only)
//   defineQuoteLine(ql);           // then <quote-line article="…"> anywhere, in any framework
const ATTRS = ['article', 'source', 'view', 'theme', 'locale', 'published'];

export function defineQuoteLine(ql, name = 'quote-line') {
  const known = customElements.get(name);
  if (known) return known;
  class QuoteLine extends HTMLElement {
    static observedAttributes = ATTRS;
    #connected = false;
    /** The Widget (undefined while an article URL loads, or when the options are wrong). */
    widget = undefined;
    connectedCallback() {
      this.#connected = true;
      this.widget = ql.mountElement(this);
    }
    disconnectedCallback() {
      this.#connected = false;
      ql.unmount(this);
      this.widget = undefined;
    }
    attributeChangedCallback(attr, before, value) {
      if (!this.#connected || before === value) return;
      try {
        if (attr === 'view' && this.widget?.mounted) return this.widget.setView(value || 'both');
        if (attr === 'theme' && this.widget?.mounted) return this.widget.setTheme(value || 'auto');
      } catch { /* a wrong value: remount, which shows the reason */ }
      this.widget = ql.mountElement(this);
    }
  }
  customElements.define(name, QuoteLine);
  return QuoteLine;
}
