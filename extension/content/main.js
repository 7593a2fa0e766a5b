/*
 * Boilerfold content shim: the only code that touches the page. This file starts it, wires its
 * parts together and answers the popup and the keyboard command; the file in [brackets] holds
 * each step.
 *
 *   settings ─ storage.sync, once (then storage.onChanged), read while the pre-check runs
 *     │                                                                         [settings.js]
 *   pre-check ─ is this probably an article? A bounded look at the live DOM (prose clustered in
 *     │        one element, or no sign of a non-article). Yes: the core's compile starts now
 *     │        (core.js prefetch). No: state "skipped", nothing more is done (no wasm, no
 *     │        observer); one more look RECHECK_MS later, when the browser is idle, for a
 *     │        single-page app that draws its article late                      [precheck.js]
 *   core ── WebAssembly.compileStreaming(fetch(wasm/boilerfold_bg.wasm)) → wasm_bindgen.initSync
 *     │        └─ page CSP forbids compiling (Chromium) → the background's copy (cs-bg-init)
 *     │                                                                   [core.js, common/wasm.js]
 *   observe ── MutationObserver from here on (debounced) → top-most added subtrees → classify
 *              each as a fragment (only explicit clutter) → fold, in time slices          [late.js]
 *   collect ── BoilerfoldCollect.Walk(body): one DOM pass, in slices of SLICE_MS → page table
 *                                                                             [pass.js, collect.js]
 *   classify ─ small table: classifyWire(parents, packed, options), one wasm call, here
 *                                                                                         [pass.js]
 *              big table (or strict CSP): sent to the background in parts (cs-bg-part) as it
 *              is collected (in serialized mode, slices of BIG_SLICE_MS), classified there
 *              (cs-bg-classify), off the page's thread                               [transport.js]
 *   plan ───── where the bars go: out of links and lines, no bar for a crumb, adjacent folds
 *              grouped behind one bar, in the page's own look                          [place.js]
 *   fold ───── each planned group that passes the safety rules → attributes + <boilerfold-bar>,
 *              pending, in slices of SLICE_MS (BIG_SLICE_MS for a big table); then all shown
 *              (a big table's in slices of REVEAL_MS)                            [pass.js, fold.js]
 *
 * Each step of the first pass is its own task (the shim yields to the page between them), and
 * each task is one User Timing measure (boilerfold:collect / :classify / :fold, detail.slice),
 * so the shim's own work in a task is about SLICE_MS on any page (a garbage collection that
 * falls inside one is not: see extension/README.md): the only long piece of work, classifying a
 * huge page, runs in the background (boilerfold:background measures the wait for it, which is
 * not the page's time). The slices, the yields and the measures are in schedule.js.
 *
 * Off (popup, keyboard command, options) undoes every change (on a huge page in slices too,
 * boilerfold:off, after one change that shows the page as it was); on again classifies afresh
 * [toggle.js]. Nothing here may throw into the page: every entry point catches, and a failure
 * leaves the page as it was, sets data-boilerfold-state="error" and logs once with the
 * [Boilerfold] prefix.
 *
 * The parts are classic scripts listed before this one in the manifest; each defines one
 * `BoilerfoldXxx` global whose create(shim) returns that part for this page's shim.
 */
(function (global) {
  'use strict';

  const api = global.browser ?? global.chrome;
  const doc = global.document;
  const html = doc.documentElement;
  const { CS_BG_STATUS, BG_CS_TOGGLE, POPUP_CS_STATUS, POPUP_CS_SHOW_ALL, POPUP_CS_FOLD_AGAIN, POPUP_CS_REPORT } = global.BoilerfoldMessages;

  const STATE_ATTR = 'data-boilerfold-state';
  const FOLDS_ATTR = 'data-boilerfold-folds';

  // Only HTML documents with a body; one shim per document even if injected twice.
  if (!html || html.namespaceURI !== 'http://www.w3.org/1999/xhtml' || global.__boilerfoldShim) return;
  global.__boilerfoldShim = true;

  let logged = false;
  let checks = 0; // pre-checks made (the first, then at most one more)

  /**
   * What the parts of the shim share: the page, its folds, the state, and the parts themselves
   * (settings, transport, pass, late, toggle), through which they call each other.
   */
  const shim = {
    api,
    doc,
    html,
    state: 'idle',
    skipped: false, // the pre-check found no article here (only the keyboard command overrides it)
    core: null, // {path: 'content' | 'background', classify(parents, packed, options) → verdict JSON}
    generation: 0, // bumped whenever folds are undone: stale async work checks it and stops
    appliedKey: '', // the settings the current folds were made with
    folds: null,
    guard,
    logOnce,
    setState,
    publish,
  };
  shim.folds = new global.BoilerfoldFold.FoldSet(doc, {
    onKeep: (items) => guard(() => shim.settings.rememberKeep(items)),
    onUnkeep: (items) => guard(() => shim.settings.forgetKeep(items)),
    onChange: () => guard(publish),
    onStructure: (parent) => shim.late.noteChanged(parent),
  });
  shim.settings = global.BoilerfoldSettings.create(shim);
  shim.transport = global.BoilerfoldTransport.create(api);
  shim.pass = global.BoilerfoldPass.create(shim);
  shim.late = global.BoilerfoldLate.create(shim);
  shim.toggle = global.BoilerfoldToggle.create(shim);

  function logOnce(what, err) {
    if (logged) return;
    logged = true;
    console.warn(`[Boilerfold] ${what}:`, err && err.message ? err.message : err);
  }

  /** Run an entry point; never let an exception reach the page. */
  function guard(fn) {
    try {
      const result = fn();
      if (result && typeof result.catch === 'function') result.catch((err) => fail(err));
    } catch (err) {
      fail(err);
    }
  }

  function fail(err) {
    logOnce('classification failed, page left as it was', err);
    try {
      shim.toggle.turnOff('error');
    } catch {
      // Nothing more can be done without risking the page.
    }
  }

  function setState(next) {
    shim.state = next;
    html.setAttribute(STATE_ATTR, next);
    if (next === 'ready') html.setAttribute(FOLDS_ATTR, String(shim.folds.size));
    else html.removeAttribute(FOLDS_ATTR);
  }

  function status() {
    const { state, folds } = shim;
    return {
      host: global.location.hostname,
      state,
      siteEnabled: !shim.settings.values.siteOff,
      folds: state === 'ready' ? folds.size : 0,
      open: state === 'ready' ? folds.openCount() : 0,
      counts: state === 'ready' ? folds.counts() : Object.fromEntries(global.BoilerfoldStorage.CATEGORIES.map((l) => [l, 0])),
    };
  }

  /** The page's folds for the popup's "Report a mistake" (content/report.js). */
  function report() {
    const { state, folds } = shim;
    const url = global.location.href.split('#')[0];
    const ready = state === 'ready';
    const { folds: made, left } = global.BoilerfoldReport;
    return { url, state, core: shim.core ? shim.core.path : null, folds: ready ? made(folds.roots) : [], left: ready ? left(folds.left) : [] };
  }

  /** Tell the background (badge) and any open popup what is folded now. */
  function publish() {
    if (shim.state === 'ready') html.setAttribute(FOLDS_ATTR, String(shim.folds.size));
    try {
      const sent = api.runtime.sendMessage({ type: CS_BG_STATUS, ...status() });
      if (sent && typeof sent.catch === 'function') sent.catch(() => {});
    } catch {
      // The extension was reloaded or updated: this shim is orphaned and stays quiet.
    }
  }

  function onMessage(message, sender, sendResponse) {
    if (!message || sender.id !== api.runtime.id) return false;
    try {
      if (message.type === BG_CS_TOGGLE) {
        const { state } = shim;
        // On a skipped page the command means "fold here all the same".
        shim.settings.override(state === 'off' || state === 'error' || state === 'clearing' || state === 'skipped');
        guard(shim.toggle.reconcile);
      } else if (message.type === POPUP_CS_SHOW_ALL) {
        shim.folds.openAll();
      } else if (message.type === POPUP_CS_FOLD_AGAIN) {
        shim.folds.closeAll();
      } else if (message.type === POPUP_CS_REPORT) {
        sendResponse(report());
        return false;
      } else if (message.type !== POPUP_CS_STATUS) {
        return false;
      }
      sendResponse(status());
    } catch (err) {
      fail(err);
    }
    return false;
  }

  /** The pre-check (precheck.js), measured as boilerfold:precheck; true if an article. */
  function looksLikeArticle() {
    const t = performance.now();
    const verdict = global.BoilerfoldPrecheck.check(doc);
    checks += 1;
    global.BoilerfoldSchedule.measure('boilerfold:precheck', t, { why: verdict.why, article: verdict.article, check: checks });
    return verdict.article;
  }

  /**
   * No article here: say so, and look once more later (a single-page app may draw its article
   * after document_idle); if it is one then, go on as on any page.
   */
  function skip() {
    shim.skipped = true;
    setState('skipped');
    publish();
    if (checks > 1) return;
    const { RECHECK_MS, RECHECK_IDLE_MS } = global.BoilerfoldPrecheck.PRECHECK;
    const again = () =>
      guard(() => {
        if (shim.state !== 'skipped' || !looksLikeArticle()) return undefined;
        shim.skipped = false;
        return shim.toggle.reconcile();
      });
    setTimeout(() => {
      if (typeof global.requestIdleCallback === 'function') global.requestIdleCallback(again, { timeout: RECHECK_IDLE_MS });
      else again();
    }, RECHECK_MS);
  }

  async function start() {
    // The settings read is sent first and the pre-check runs while it is under way; if the
    // page is an article, the core's compile starts at once and overlaps the rest of that
    // wait (on a site turned off, that compile is dropped).
    const t = performance.now();
    const reading = shim.settings.load();
    const article = looksLikeArticle();
    if (article) global.BoilerfoldCore.prefetch(api);
    try {
      await reading;
      global.BoilerfoldSchedule.measure('boilerfold:settings', t);
    } catch (err) {
      logOnce('settings unavailable, using the defaults', err);
      logged = false; // a later classification failure still deserves its own line
    }
    if (!shim.settings.enabled()) {
      setState('off');
      publish();
      return;
    }
    if (!article) {
      skip();
      return;
    }
    await shim.toggle.turnOn();
  }

  try {
    api.runtime.onMessage.addListener(onMessage);
  } catch (err) {
    logOnce('cannot listen for messages', err);
  }
  guard(start);
})(globalThis);
