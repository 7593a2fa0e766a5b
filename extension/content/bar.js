/*
 * The bar that stands in for a fold: `<boilerfold-bar>` with an open shadow root, so the page's
 * CSS cannot restyle it and ours cannot leak into the page. One slim line at every width:
 *
 *   [▸ Support appeal   Dear readers, we need your help…          ][⋯]
 *   [Why?] [Not clutter]                  (only after ⋯)
 *   • The site marks this box as: Support appeal                   (only after Why?)
 *
 * A group of adjacent folds has one bar ("3 hidden: More stories, Comments"). Shown, the bar reads
 * "▾ Support appeal — shown  Hide", and a second slim line after the block (`<boilerfold-end>`)
 * marks where it ends and folds it again. After "Not clutter" the bar becomes a note, "Won't fold
 * this on example.com — Undo", that keeps the focus.
 *
 * The bar takes the page's own font, size and text colour (fold.js reads them from the folded
 * block's surroundings and passes them in `look`) and tints itself with that colour, so it is a
 * light band on a light page and a dark band on a dark one whatever the browser's theme.
 *
 * Everything is built with createElement/textContent: the first words come from the page, the
 * reasons from the core, the labels from _locales; none is ever parsed as markup.
 */
(function (global) {
  'use strict';

  const api = global.browser ?? global.chrome;

  // The height of a closed bar in CSS pixels (`.bar` below), which fold planning compares a
  // block's height with (place.js): a block no taller than this is not worth a bar.
  const BAR_PX = 24;
  // How much of the folded text the bar quotes, in words and characters (the line ellipsizes
  // what it cannot show, so a little more than fits is enough).
  const WORDS_MAX = 20;
  const WORDS_CHARS = 90;

  // `:host` rules carry !important because for important declarations the shadow tree wins over
  // the page. Its display reads a custom property (which `all` leaves alone), so that while the
  // folds are taken back one rule of the shim's stylesheet hides every bar (fold.js: RETIRE_CSS).
  // The page's look arrives as custom properties on the host (--bf-font, --bf-size, --bf-color);
  // the tints are that colour mixed with transparency.
  const CSS = `
:host {
  all: initial !important;
  display: var(--boilerfold-bar-display, block) !important;
  margin: 2px 0 !important;
  /* In a flex or grid row, an item stretches to the row's height: the bar keeps its own. */
  align-self: start !important;
  contain: content !important;
  font-family: var(--bf-font, system-ui, sans-serif) !important;
  font-size: var(--bf-size, 14px) !important;
  color: var(--bf-color, #1f2530) !important;
  line-height: 20px !important;
  text-align: start !important;
}
:host([data-boilerfold-pending]) { display: none !important; }
.bar {
  display: flex;
  align-items: stretch;
  height: ${BAR_PX}px;
  box-sizing: border-box;
  border: 1px solid color-mix(in srgb, currentColor 22%, transparent);
  border-radius: 4px;
  background: color-mix(in srgb, currentColor 6%, transparent);
  overflow: hidden;
}
button {
  all: unset;
  box-sizing: border-box;
  display: flex;
  align-items: center;
  gap: 0.5em;
  padding: 0 0.6em;
  white-space: nowrap;
  cursor: pointer;
  font: inherit;
  color: inherit;
}
button:hover { background: color-mix(in srgb, currentColor 9%, transparent); }
button:focus-visible { outline: 2px solid currentColor; outline-offset: -2px; }
.toggle { flex: 1 1 auto; min-width: 0; overflow: hidden; }
.chev { flex: none; opacity: 0.75; }
.label { flex: none; font-weight: 600; }
.words { min-width: 0; overflow: hidden; text-overflow: ellipsis; opacity: 0.72; }
.more { flex: none; border-inline-start: 1px solid color-mix(in srgb, currentColor 16%, transparent); }
.menu { display: flex; flex-wrap: wrap; gap: 0.5em; padding-top: 4px; }
.menu[hidden], .reasons[hidden] { display: none; }
.menu button, .note button {
  height: 22px;
  border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
  border-radius: 4px;
}
.reasons { margin: 4px 0 0; padding-inline-start: 1.25em; opacity: 0.85; }
.note { display: flex; align-items: center; gap: 0.75em; min-height: ${BAR_PX}px; opacity: 0.85; }
@media (forced-colors: active) {
  .bar, .menu button, .note button { border-color: CanvasText; }
}
`;

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

  // The category's name on a bar ("Support appeal"; an unknown label reads "Folded block").
  function categoryName(label) {
    return global.BoilerfoldStorage.CATEGORIES.includes(label) ? t(`bar_${label}`) : t('bar_other');
  }

  /** What a bar for these folds is called: one category's name, or "3 hidden: A, B". */
  function groupName(folds) {
    if (folds.length === 1) return categoryName(folds[0].label);
    const names = [...new Set(folds.map((f) => categoryName(f.label)))];
    return t('barGroup', [String(folds.length), names.join(', ')]);
  }

  // Text inside these is not what the reader sees as the block's words.
  const UNSEEN = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'svg', 'boilerfold-bar']);

  /**
   * The first words of `roots`' text: at most `maxWords` words and `maxChars` characters, and
   * whether there is more. Reads text nodes only until it has enough, so a huge block costs no
   * more than a small one. Shared by the bar, "Not clutter" and the report (report.js).
   */
  function firstWords(roots, maxWords, maxChars) {
    const words = [];
    let more = false;
    for (const root of roots) {
      const walker = root.ownerDocument.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
        acceptNode: (node) => (node.nodeType === 1 && UNSEEN.has(node.localName) ? 2 /* FILTER_REJECT */ : 1),
      });
      for (let node = walker.nextNode(); node !== null && !more; node = walker.nextNode()) {
        if (node.nodeType !== 3) continue;
        for (const word of node.data.split(/\s+/)) {
          if (word === '') continue;
          if (words.length === maxWords) {
            more = true;
            break;
          }
          words.push(word);
        }
      }
      if (more) break;
    }
    let text = words.join(' ');
    if (text.length > maxChars) {
      text = text.slice(0, maxChars - 1).trimEnd();
      more = true;
    }
    return { text, more };
  }

  // A bar's fixed parts (stylesheet, row, buttons, with the catalogue's texts), cloned for each
  // bar: a clone makes its nodes without a DOM wrapper for each (a page can have thousands of
  // bars, and in a content script every wrapper is one more weak handle for the garbage
  // collector to visit), and takes a few calls instead of some thirty.
  let templateDoc = null;
  let template = null;

  function skeleton(doc) {
    if (templateDoc === doc && template) return template;
    templateDoc = doc;
    template = doc.createDocumentFragment();
    template.append(el(doc, 'style', '', CSS));
    const bar = el(doc, 'div', 'bar');
    bar.setAttribute('role', 'group');
    bar.setAttribute('dir', t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr');
    const toggle = button(doc, 'toggle', undefined, { expands: true });
    toggle.append(el(doc, 'span', 'chev', '▸'), el(doc, 'span', 'label'), el(doc, 'span', 'words'));
    const more = button(doc, 'more', '⋯', { title: t('barMore'), expands: true });
    more.setAttribute('aria-label', t('barMore'));
    bar.append(toggle, more);
    const menu = el(doc, 'div', 'menu');
    menu.hidden = true;
    menu.append(
      button(doc, 'why', t('barWhy'), { title: t('barWhyTitle'), expands: true }),
      button(doc, 'keep', t('barKeep'), { title: t('barKeepTitle') }),
    );
    template.append(bar, menu);
    return template;
  }

  /** Put the page's look (fold.js: {font, size, color}) on a host as custom properties. */
  function applyLook(host, look) {
    if (!look) return;
    if (look.font) host.style.setProperty('--bf-font', look.font);
    if (look.size) host.style.setProperty('--bf-size', `${look.size}px`);
    if (look.color) host.style.setProperty('--bf-color', look.color);
  }

  /**
   * Make a bar for a group of folds (`folds`: the core's folds, {label, chars, reasons}, in page
   * order) hiding `roots`. `onToggle(open)` and `onKeep()` are called on the user's clicks.
   * Returns {host, setOpen(open), showKept(site, onUndo), focus()}; the caller inserts `host`.
   */
  function create(doc, folds, roots, { look, onToggle, onKeep }) {
    const host = doc.createElement('boilerfold-bar');
    if (folds.length > 1) host.setAttribute('data-boilerfold-count', String(folds.length));
    applyLook(host, look);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(skeleton(doc).cloneNode(true));
    const name = groupName(folds);
    const words = firstWords(roots, WORDS_MAX, WORDS_CHARS).text;
    shadow.querySelector('.bar').setAttribute('aria-label', name);
    shadow.querySelector('.label').textContent = name;
    shadow.querySelector('.words').textContent = words;

    // The reasons list is built on the first "Why?"; one listener serves every button.
    let reasons = null;
    shadow.addEventListener('click', (event) => {
      const target = event.target && event.target.closest ? event.target.closest('button') : null;
      if (!target) return;
      const kind = target.classList[0];
      if (kind === 'toggle') {
        onToggle(target.getAttribute('aria-expanded') !== 'true');
      } else if (kind === 'more') {
        const menu = shadow.querySelector('.menu');
        menu.hidden = !menu.hidden;
        target.setAttribute('aria-expanded', String(!menu.hidden));
        if (!menu.hidden) menu.querySelector('button').focus();
      } else if (kind === 'why') {
        if (!reasons) {
          reasons = el(doc, 'ul', 'reasons');
          reasons.id = 'reasons';
          reasons.hidden = true;
          const all = folds.flatMap((f) => (Array.isArray(f.reasons) ? f.reasons : []));
          const said = global.BoilerfoldReasons.list(all, (key, subs) => t(key, subs, ''));
          for (const r of said.length ? said : [t('barNoReasons')]) reasons.append(el(doc, 'li', '', r));
          shadow.append(reasons);
          target.setAttribute('aria-controls', 'reasons');
        }
        reasons.hidden = !reasons.hidden;
        target.setAttribute('aria-expanded', String(!reasons.hidden));
      } else if (kind === 'keep') {
        onKeep();
      } else if (kind === 'undo' && noteUndo) {
        noteUndo();
      }
    });
    shadow.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      const menu = shadow.querySelector('.menu');
      if (!menu || menu.hidden) return;
      menu.hidden = true;
      const more = shadow.querySelector('button.more');
      more.setAttribute('aria-expanded', 'false');
      more.focus();
    });

    function setOpen(open) {
      const toggle = shadow.querySelector('button.toggle');
      if (!toggle) return; // the shadow root is open: a page script could take it out
      toggle.setAttribute('aria-expanded', String(open));
      toggle.querySelector('.chev').textContent = open ? '▾' : '▸';
      toggle.querySelector('.label').textContent = open ? t('barShown', [name]) : name;
      toggle.querySelector('.words').textContent = open ? t('barHide') : words;
    }

    // After "Not clutter": the bar becomes a one-line note with Undo, which takes the focus.
    let noteUndo = null;
    function showKept(site, onUndo) {
      noteUndo = onUndo;
      const style = shadow.querySelector('style');
      shadow.replaceChildren(style);
      const note = el(doc, 'div', 'note');
      note.setAttribute('role', 'status');
      note.append(el(doc, 'span', '', t('barKept', [site])), button(doc, 'undo', t('barUndo')));
      shadow.append(note);
      note.querySelector('button').focus();
    }

    function focus() {
      const toggle = shadow.querySelector('button.toggle');
      if (toggle) toggle.focus();
    }

    return { host, setOpen, showKept, focus };
  }

  /**
   * The slim line after a shown fold, marking where it ends: "▴ Hide". `onHide()` on click.
   */
  function createEnd(doc, folds, look, onHide) {
    const host = doc.createElement('boilerfold-end');
    applyLook(host, look);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(el(doc, 'style', '', CSS));
    const bar = el(doc, 'div', 'bar');
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', groupName(folds));
    const hide = button(doc, 'toggle', undefined);
    hide.append(el(doc, 'span', 'chev', '▴'), el(doc, 'span', 'label', t('barHide')), el(doc, 'span', 'words', groupName(folds)));
    hide.addEventListener('click', onHide);
    bar.append(hide);
    shadow.append(bar);
    return host;
  }

  /**
   * The first i18n.getMessage in a content script loads the message catalogue (~13 ms in
   * Chromium). Called while the wasm is being fetched, so that wait hides it.
   */
  function warm() {
    t('barShow');
  }

  global.BoilerfoldBar = Object.freeze({ create, createEnd, warm, firstWords, BAR_PX, TAG: 'boilerfold-bar', END_TAG: 'boilerfold-end' });
})(globalThis);
