/*
 * Message types between the parts of the extension, in one place. Each name says who sends it
 * to whom: cs = content script, bg = background, popup = the toolbar popup.
 * A classic script (loaded by content scripts, the background and the pages alike): it defines
 * `BoilerfoldMessages` on the global object of whatever runs it.
 */
(function (global) {
  'use strict';

  global.BoilerfoldMessages = Object.freeze({
    // cs → bg: the page's fold counts changed ({state, folds, counts}); also heard by an open popup.
    CS_BG_STATUS: 'cs-bg-status',
    // cs → bg: load the background's copy of the core (strict page CSP fallback). → {ok, ms}
    CS_BG_INIT: 'cs-bg-init',
    // cs → bg: part `seq` of a page table ({table, seq, parents: '3,0,1,…', packed}), sent while
    // the page is still being collected, so that no task on the page's thread is long. Joined
    // with U+001E in `seq` order, the parts' `packed` are the table's. → {ok|error}
    CS_BG_PART: 'cs-bg-part',
    // cs → bg: classify the table sent in parts ({table, parts, options}). → {ok, verdict|error}
    CS_BG_CLASSIFY: 'cs-bg-classify',
    // bg → cs: the keyboard command: turn Boilerfold off on this page, or on again.
    BG_CS_TOGGLE: 'bg-cs-toggle',
    // popup → cs: what is folded here? → {host, state, folds, open, counts}
    POPUP_CS_STATUS: 'popup-cs-status',
    // popup → cs: open every fold on the page. → status
    POPUP_CS_SHOW_ALL: 'popup-cs-show-all',
    // popup → cs: close every fold the reader opened (after Show all). → status
    POPUP_CS_FOLD_AGAIN: 'popup-cs-fold-again',
    // popup → cs: the page's folds for "Report a mistake" (content/report.js). → {url, state,
    // core, folds: [{label, chars, open, grouped, reasons: [{code, label, args}], path, words}],
    // left: [{label, why, path, words}] (blocks the bar rules left unfolded)}
    POPUP_CS_REPORT: 'popup-cs-report',
  });

  const CLUTTER = global.BoilerfoldShared.labels.filter((l) => l.clutter);

  // The storage.sync layout, shared by the content script, the popup and the options page.
  global.BoilerfoldStorage = Object.freeze({
    // {<category id>: bool}: which categories are folded at all.
    CATEGORIES_KEY: 'categories',
    // 'site:<hostname>' → {off?: true, keep?: string[], words?: {<keep entry>: string}}: per-site
    // switch and "Not clutter" memory. A keep entry is '<category id> <short path>' (what the
    // content script matches); `words` holds the first words of the block it was made from,
    // for the options page (entries made before it have none).
    SITE_PREFIX: 'site:',
    // The clutter categories and their defaults, from the core's registry (common/shared.js).
    CATEGORIES: Object.freeze(CLUTTER.map((l) => l.id)),
    DEFAULT_CATEGORIES: Object.freeze(Object.fromEntries(CLUTTER.map((l) => [l.id, l.foldByDefault]))),
  });
})(globalThis);
