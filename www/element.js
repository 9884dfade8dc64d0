// <quote-line>: README.md, "The <quote-line> element".
export function defineQuoteLine(ql, name = 'quote-line') {
  const known = customElements.get(name);
  if (known) return known;
  class QuoteLine extends HTMLElement {
    static observedAttributes = ['story', 'article', 'source', 'view', 'theme', 'locale', 'published'];
    #on = false;
    // The Widget (undefined while an article URL loads, or when the options are wrong).
    widget = undefined;
    connectedCallback() {
      this.#on = true;
      this.widget = ql.mountElement(this);
    }
    disconnectedCallback() {
      this.#on = false;
      ql.unmount(this);
      this.widget = undefined;
    }
    attributeChangedCallback(attr, before, value) {
      if (!this.#on || before === value) return;
      const w = this.widget;
      try {
        if (attr == 'view' && w?.mounted) return w.setView(value || 'both');
        if (attr == 'theme' && w?.mounted) return w.setTheme(value || 'auto');
      } catch { /* a wrong value: remount, which shows the reason */ }
      this.widget = ql.mountElement(this);
    }
  }
  customElements.define(name, QuoteLine);
  return QuoteLine;
}
