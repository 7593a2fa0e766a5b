/*
 * A fold's reasons in the reader's words. The core sends each reason as a code
 * ({code, label, args, node}, src/reason.rs); the words live in _locales (`reason_<code>`, whose
 * first substitution is always the category's name and the reason's arguments follow). Used by
 * the fold bar, and by the demo with the English catalogue.
 * A classic script: it defines `BoilerfoldReasons` on the global object of whatever runs it.
 */
(function (global) {
  'use strict';

  /**
   * One reason as a sentence. `t(key, substitutions)` looks a message up (i18n.getMessage in the
   * extension) and returns '' for an unknown key; an unknown code falls back to the code itself,
   * so a newer core never shows an empty line.
   */
  function text(reason, t) {
    if (!reason || typeof reason.code !== 'string') return String(reason);
    const category = t(`cat_${reason.label}`) || t('bar_other');
    const args = Array.isArray(reason.args) ? reason.args.map(String) : [];
    return t(`reason_${reason.code}`, [category, ...args]) || reason.code;
  }

  /** The reasons' sentences, without repeats (two tokens can read the same). */
  function list(reasons, t) {
    const out = [];
    for (const r of Array.isArray(reasons) ? reasons : []) {
      const s = text(r, t);
      if (s && !out.includes(s)) out.push(s);
    }
    return out;
  }

  global.BoilerfoldReasons = Object.freeze({ text, list });
})(globalThis);
