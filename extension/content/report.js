/*
 * What a fold looks like to the reader, in a few words, and the page's folds (and the blocks the
 * bar rules left unfolded) for "Report a mistake": the popup saves them as a local JSON file the
 * user may attach to a bug report; nothing is sent anywhere. Also used by "Not clutter"
 * (settings.js), which keeps a block's first words so that the options page can say which block
 * it was.
 * A classic script (content scripts cannot be modules): it defines `BoilerfoldReport` on the
 * global object of the content script's world.
 */
(function (global) {
  'use strict';

  const FIRST_WORDS = 8;
  const MAX_WORDS_CHARS = 80;
  const PATH_DEPTH = 4; // elements in a report's short CSS path, the fold root included
  /**
   * The first words of `el`'s text (at most FIRST_WORDS, at most MAX_WORDS_CHARS characters),
   * with "…" when there is more; '' if it has no text.
   */
  function firstWords(el) {
    const { text, more } = global.BoilerfoldBar.firstWords([el], FIRST_WORDS, MAX_WORDS_CHARS);
    return more ? `${text}…` : text;
  }

  function describe(el) {
    let s = el.localName;
    if (el.id) s += `#${el.id}`;
    const classes = [...el.classList].filter((c) => !/\d{3,}/.test(c)).slice(0, 3);
    if (classes.length) s += `.${classes.join('.')}`;
    return s;
  }

  /** A short CSS-like path to `el`: itself and up to PATH_DEPTH - 1 ancestors below the body. */
  function cssPath(el) {
    const parts = [];
    const body = el.ownerDocument.body;
    for (let p = el; p && p.nodeType === 1 && p !== body && parts.length < PATH_DEPTH; p = p.parentElement) {
      parts.unshift(describe(p));
    }
    return parts.join(' > ').slice(0, 300);
  }

  /**
   * The page's folds for a report, in document order: category, size, the core's reasons as
   * codes with their arguments, whether shown, a short path and the first words. `roots` is
   * FoldSet.roots (root element → its group: {members, folds: [{label, chars, reasons}], open};
   * a group of adjacent blocks shares one bar).
   */
  function folds(roots) {
    const out = [];
    for (const [el, group] of roots) {
      const fold = group.folds[group.members.indexOf(el)] || {};
      const reasons = Array.isArray(fold.reasons) ? fold.reasons : [];
      out.push({
        label: String(fold.label),
        chars: Number(fold.chars) || 0,
        open: group.open === true,
        grouped: group.members.length > 1,
        reasons: reasons.map((r) => ({ code: String(r.code), label: String(r.label), args: Array.isArray(r.args) ? r.args.map(String) : [] })),
        path: cssPath(el),
        words: firstWords(el),
        el,
      });
    }
    out.sort((a, b) => (a.el === b.el ? 0 : a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const f of out) delete f.el;
    return out;
  }

  /**
   * The blocks the core would fold but the bar rules left as they are (fold.js `left`, each
   * marked `data-boilerfold-left="<label> <why>"`): category, why, short path, first words.
   */
  function left(elements) {
    const attr = global.BoilerfoldFold.LEFT_ATTR;
    const out = [];
    for (const el of elements) {
      if (!el.isConnected) continue;
      const [label = '', why = ''] = String(el.getAttribute(attr) || '').split(' ');
      out.push({ label, why, path: cssPath(el), words: firstWords(el) });
    }
    return out;
  }

  global.BoilerfoldReport = Object.freeze({ firstWords, cssPath, folds, left });
})(globalThis);
