/*
 * The bar that stands in for a folded block: `<boilerfold-bar>` with an open shadow root, so the
 * page's CSS cannot restyle it and ours cannot leak into the page.
 *
 *   [Comments folded · 1,234 characters]  [Why?] [Show] [Not clutter]
 *   (reasons, listed only after "Why?")
 *
 * Everything is built with createElement/textContent: the reasons come from the core, the label
 * from _locales; neither is ever parsed as markup.
 */
(function (global) {
  'use strict';

  const api = global.browser ?? global.chrome;

  // Own colours on both themes (the bar never inherits the page's), so it stays legible on light
  // and dark pages alike; prefers-color-scheme follows the reader's browser. `:host` rules carry
  // !important because for important declarations the shadow tree wins over the page. Its
  // display reads a custom property (which `all` leaves alone), so that while the folds are
  // taken back one rule of the shim's stylesheet hides every bar (fold.js: RETIRE_CSS).
  const CSS = `
:host {
  all: initial !important;
  display: var(--boilerfold-bar-display, block) !important;
  margin: 0.5em 0 !important;
  contain: content;
}
:host([data-boilerfold-pending]) { display: none !important; }
.bar {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.25em 0.5em;
  box-sizing: border-box;
  padding: 0.35em 0.6em;
  border: 1px dashed #8a94a6;
  border-radius: 6px;
  background: #f4f5f7;
  color: #1f2530;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: start;
}
.label { font-weight: 600; }
.chars { color: #4b5563; }
button {
  font: inherit;
  color: inherit;
  background: #ffffff;
  border: 1px solid #8a94a6;
  border-radius: 4px;
  padding: 0.1em 0.6em;
  cursor: pointer;
}
button:hover { background: #e6e9ef; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.why { border-style: dotted; }
.reasons { flex-basis: 100%; margin: 0.25em 0 0; padding-inline-start: 1.25em; color: #374151; }
.reasons[hidden] { display: none; }
@media (prefers-color-scheme: dark) {
  .bar { background: #1d222b; color: #e8ebf0; border-color: #6b7588; }
  .chars, .reasons { color: #b6bdc9; }
  button { background: #2a313d; border-color: #6b7588; }
  button:hover { background: #363f4e; }
  button:focus-visible { outline-color: #7aa7ff; }
}
@media (forced-colors: active) {
  .bar, button { border-color: CanvasText; }
}
`;

  const CLUTTER = global.BoilerfoldStorage.CATEGORIES;
  const messages = new Map(); // the catalogue's fixed texts, read once (one API call each)

  // `missing` is what an unknown key gives: the key itself for the bar's fixed texts (visible
  // but never blank), '' for reasons (BoilerfoldReasons falls back to the code).
  function t(key, subs, missing = key) {
    if (!subs && messages.has(key)) return messages.get(key);
    let text;
    try {
      text = api.i18n.getMessage(key, subs) || missing;
    } catch {
      text = missing;
    }
    if (!subs) messages.set(key, text);
    return text;
  }

  // "1234 characters": the catalogue's text read once with a marker for the number (a call with
  // a substitution is not cached, and took ~15 µs a bar in Chromium). Plain digits: a
  // locale-aware format costs ~18 ms on first use in a content script.
  const NUMBER_MARK = '\ue000'; // a private-use character (Chromium cuts a substitution at U+0000)
  let charsParts = null;

  function charsText(chars) {
    if (!charsParts) charsParts = t('barChars', [NUMBER_MARK]).split(NUMBER_MARK);
    return charsParts.join(String(Math.round(chars)));
  }

  function el(doc, tag, className, text) {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(doc, className, text, { title, expands = false } = {}) {
    const b = el(doc, 'button', className, text);
    b.type = 'button';
    if (expands) b.setAttribute('aria-expanded', 'false');
    if (title) b.title = title;
    return b;
  }

  // A bar's fixed parts (stylesheet, label, buttons, with the catalogue's texts), one template
  // per label, cloned for each bar: a clone makes its nodes without a DOM wrapper for each (a
  // page can have thousands of bars, and in a content script every wrapper is one more weak
  // handle for the garbage collector to visit), and takes a few calls instead of some thirty.
  let templateDoc = null;
  const templates = new Map(); // label → DocumentFragment

  function template(doc, label) {
    if (templateDoc !== doc) {
      templates.clear();
      templateDoc = doc;
    }
    let fragment = templates.get(label);
    if (fragment) return fragment;
    fragment = doc.createDocumentFragment();
    fragment.append(el(doc, 'style', '', CSS));
    const bar = el(doc, 'div', 'bar');
    bar.setAttribute('role', 'group');
    const labelText = t(CLUTTER.includes(label) ? `bar_${label}` : 'bar_other');
    bar.setAttribute('aria-label', labelText);
    bar.setAttribute('dir', t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr');
    bar.append(el(doc, 'span', 'label', labelText), el(doc, 'span', 'chars'));
    bar.append(
      button(doc, 'why', t('barWhy'), { title: t('barWhyTitle'), expands: true }),
      button(doc, 'toggle', t('barShow'), { expands: true }),
      button(doc, 'keep', t('barKeep'), { title: t('barKeepTitle') }),
    );
    fragment.append(bar);
    templates.set(label, fragment);
    return fragment;
  }

  /**
   * Make a bar for one fold. `fold` is the core's fold ({label, chars, reasons}); `onToggle(open)`
   * and `onKeep()` are called on the user's clicks. Returns {host, setOpen(open)}; the caller
   * inserts `host` into the page.
   */
  function create(doc, fold, { onToggle, onKeep }) {
    const host = doc.createElement('boilerfold-bar');
    const shadow = host.attachShadow({ mode: 'open' });
    const content = template(doc, fold.label).cloneNode(true);
    const chars = content.querySelector('.chars');
    if (fold.chars > 0) chars.textContent = charsText(fold.chars);
    else chars.remove();
    shadow.append(content);

    // The reasons list is built on the first "Why?", and one listener serves the three buttons.
    let reasons = null;
    shadow.addEventListener('click', (event) => {
      const target = event.target;
      if (!target || target.localName !== 'button') return;
      if (target.className === 'why') {
        if (!reasons) {
          reasons = el(doc, 'ul', 'reasons');
          reasons.id = 'reasons';
          reasons.hidden = true;
          const said = global.BoilerfoldReasons.list(fold.reasons, (key, subs) => t(key, subs, ''));
          for (const r of said.length ? said : [t('barNoReasons')]) reasons.append(el(doc, 'li', '', r));
          target.parentNode.append(reasons);
          target.setAttribute('aria-controls', 'reasons');
        }
        const show = reasons.hidden;
        reasons.hidden = !show;
        target.setAttribute('aria-expanded', String(show));
      } else if (target.className === 'toggle') {
        onToggle(target.getAttribute('aria-expanded') !== 'true');
      } else if (target.className === 'keep') {
        onKeep();
      }
    });

    function setOpen(open) {
      const toggle = shadow.querySelector('button.toggle');
      if (!toggle) return; // the shadow root is open: a page script could take it out
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? t('barHide') : t('barShow');
    }
    return { host, setOpen };
  }

  /**
   * The first i18n.getMessage in a content script loads the message catalogue (~13 ms in
   * Chromium). Called while the wasm is being fetched, so that wait hides it.
   */
  function warm() {
    t('barShow');
  }

  global.BoilerfoldBar = Object.freeze({ create, warm, TAG: 'boilerfold-bar' });
})(globalThis);
