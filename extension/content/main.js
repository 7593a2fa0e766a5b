/*
 * Boilerfold content shim: the only code that touches the page.
 *
 *   start ─ settings (storage.sync, once; then storage.onChanged)
 *     │
 *   core ── fetch wasm/boilerfold_bg.wasm → WebAssembly.compile → wasm_bindgen.initSync
 *     │        └─ page CSP forbids compiling (Chromium) → the background's copy (cs-bg-classify)
 *   collect ── BoilerfoldCollect.collect(body): one DOM pass → {nodes, parents, packed}
 *   classify ─ classifyWire(parents, packed, options): one wasm call → verdict JSON
 *   fold ───── each verdict fold root that passes the safety rules → attribute + <boilerfold-bar>
 *   observe ── MutationObserver (debounced) → top-most added subtrees → classify each as a
 *              fragment (only explicit clutter) → fold, in time slices
 *
 * Off (popup, keyboard command, options) undoes every change; on again classifies afresh.
 * Nothing here may throw into the page: every entry point catches, and a failure leaves the page
 * as it was, sets data-boilerfold-state="error" and logs once with the [Boilerfold] prefix.
 */
(function (global) {
  'use strict';

  const api = global.browser ?? global.chrome;
  const doc = global.document;
  const html = doc.documentElement;
  const { CS_BG_STATUS, CS_BG_INIT, CS_BG_CLASSIFY, BG_CS_TOGGLE, POPUP_CS_STATUS, POPUP_CS_SHOW_ALL } =
    global.BoilerfoldMessages;
  const { CATEGORIES_KEY, SITE_PREFIX, DEFAULT_CATEGORIES } = global.BoilerfoldStorage;

  const STATE_ATTR = 'data-boilerfold-state';
  const FOLDS_ATTR = 'data-boilerfold-folds';
  const PAGE_OPTIONS = JSON.stringify({ include_text: false });
  const FRAGMENT_OPTIONS = JSON.stringify({ fragment: true, include_text: false });
  const DEBOUNCE_MS = 400; // quiet time after the last mutation
  const MAX_WAIT_MS = 2000; // …but never wait longer than this while mutations keep coming
  const SLICE_MS = 30; // work per slice before yielding to the page (long task < 50 ms)
  const MAX_KEEP_PER_SITE = 60; // "Not clutter" entries per site (storage.sync item quota)

  // Only HTML documents with a body; one shim per document even if injected twice.
  if (!html || html.namespaceURI !== 'http://www.w3.org/1999/xhtml' || global.__boilerfoldShim) return;
  global.__boilerfoldShim = true;

  const siteKey = SITE_PREFIX + global.location.hostname;
  const settings = { categories: { ...DEFAULT_CATEGORIES }, siteOff: false, keep: new Set() };
  let pageOverride = null; // true/false once the keyboard command toggled this page
  let state = 'idle';
  let core = null; // {path, classify(parents, packed, options) → verdict JSON (or a promise of it)}
  let corePromise = null;
  let generation = 0; // bumped whenever folds are undone: stale async work checks it and stops
  let appliedKey = ''; // the settings the current folds were made with
  let observer = null;
  let pending = new Set();
  let firstPending = 0;
  let timer = 0;
  let logged = false;

  const folds = new global.BoilerfoldFold.FoldSet(doc, {
    onKeep: (root, fold) => guard(() => rememberKeep(root, fold)),
    onChange: () => guard(publish),
  });

  // ── helpers ────────────────────────────────────────────────────────────────────────────────

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

  function measure(name, start, detail) {
    const end = performance.now();
    try {
      performance.measure(name, { start, end, detail });
    } catch {
      try {
        // Firefox may refuse a detail object made in the content script's compartment.
        performance.measure(name, { start, end });
      } catch {
        // User Timing is a report, not a function: its absence must not stop folding.
      }
    }
  }

  function enabled() {
    return pageOverride ?? !settings.siteOff;
  }

  function configKey() {
    return JSON.stringify([settings.categories, [...settings.keep].sort()]);
  }

  function describe(el) {
    let s = el.localName;
    if (el.id) s += '#' + el.id;
    // Class tokens with long digit runs are usually generated per build or per item.
    const classes = [...el.classList].filter((c) => !/\d{3,}/.test(c)).sort();
    if (classes.length) s += '.' + classes.join('.');
    return s;
  }

  /** What "Not clutter" remembers for a fold root: its label and a short selector-like path. */
  function signature(el, label) {
    const parent = el.parentElement;
    const path = parent && parent !== doc.body ? `${describe(parent)} > ${describe(el)}` : describe(el);
    return `${label} ${path}`.slice(0, 200);
  }

  function setState(next) {
    state = next;
    html.setAttribute(STATE_ATTR, next);
    if (next === 'ready') html.setAttribute(FOLDS_ATTR, String(folds.size));
    else html.removeAttribute(FOLDS_ATTR);
  }

  function status() {
    return {
      host: global.location.hostname,
      state,
      siteEnabled: !settings.siteOff,
      folds: state === 'ready' ? folds.size : 0,
      counts: state === 'ready' ? folds.counts() : { donation: 0, related: 0, comment: 0 },
    };
  }

  /** Tell the background (badge) and any open popup what is folded now. */
  function publish() {
    if (state === 'ready') html.setAttribute(FOLDS_ATTR, String(folds.size));
    try {
      const sent = api.runtime.sendMessage({ type: CS_BG_STATUS, ...status() });
      if (sent && typeof sent.catch === 'function') sent.catch(() => {});
    } catch {
      // The extension was reloaded or updated: this shim is orphaned and stays quiet.
    }
  }

  // ── the core ───────────────────────────────────────────────────────────────────────────────

  function glue() {
    // The no-modules glue declares a global `let wasm_bindgen` in this world.
    return typeof wasm_bindgen !== 'undefined' ? wasm_bindgen : global.wasm_bindgen;
  }

  async function loadCore() {
    const start = performance.now();
    try {
      const bindings = glue();
      if (!bindings) throw new Error('wasm glue not loaded');
      const fetching = fetch(api.runtime.getURL('wasm/boilerfold_bg.wasm'));
      global.BoilerfoldBar.warm();
      const response = await fetching;
      if (!response.ok) throw new Error(`wasm fetch: HTTP ${response.status}`);
      const module = await WebAssembly.compile(await response.arrayBuffer());
      bindings.initSync({ module });
      measure('boilerfold:startup', start, { path: 'content' });
      return { path: 'content', classify: (p, s, o) => bindings.classifyWire(p, s, o) };
    } catch (localError) {
      // Chromium applies the page's CSP to WebAssembly compiled here: with `script-src 'self'`
      // compile throws. The background has its own copy of the core; ask it instead.
      const answer = await api.runtime.sendMessage({ type: CS_BG_INIT });
      if (!answer || !answer.ok) {
        throw new Error(`${localError.message}; background: ${answer ? answer.error : 'no answer'}`, {
          cause: localError,
        });
      }
      measure('boilerfold:startup', start, { path: 'background' });
      return { path: 'background', classify: classifyInBackground };
    }
  }

  async function classifyInBackground(parents, packed, options) {
    const answer = await api.runtime.sendMessage({
      type: CS_BG_CLASSIFY,
      parents: Array.from(parents),
      packed,
      options,
    });
    if (!answer || !answer.ok) throw new Error(answer ? answer.error : 'no answer from background');
    return answer.verdict;
  }

  // ── folding ────────────────────────────────────────────────────────────────────────────────

  /** Apply a verdict's folds; `nodes` maps the verdict's node indices to DOM nodes. */
  function applyFolds(verdict, nodes) {
    let added = 0;
    for (const fold of verdict.folds || []) {
      if (!settings.categories[fold.label]) continue;
      const el = nodes[fold.node];
      if (!el || el.nodeType !== 1 || folds.isOurs(el)) continue;
      if (settings.keep.has(signature(el, fold.label))) continue;
      if (folds.add(el, fold)) added += 1;
    }
    return added;
  }

  async function classifyPage(gen) {
    const body = doc.body || html;
    let t = performance.now();
    const table = global.BoilerfoldCollect.collect(body);
    measure('boilerfold:collect', t, { nodes: table.nodes.length });

    t = performance.now();
    const json = await core.classify(table.parents, table.packed, PAGE_OPTIONS);
    const verdict = JSON.parse(json);
    measure('boilerfold:classify', t, { path: core.path });
    if (gen !== generation) return;

    t = performance.now();
    try {
      paused(() => applyFolds(verdict, table.nodes));
    } catch (err) {
      paused(() => folds.clear());
      throw err;
    }
    appliedKey = configKey();
    setState('ready');
    measure('boilerfold:fold', t, { folds: folds.size });
    startObserver();
    publish();
  }

  async function turnOn() {
    const gen = ++generation;
    corePromise = corePromise || loadCore();
    try {
      core = await corePromise;
    } catch (err) {
      corePromise = null; // a later "on" may try again
      throw err;
    }
    if (gen !== generation) return;
    await classifyPage(gen);
  }

  /** Undo everything: the page is byte-identical to before, bar the state attribute. */
  function turnOff(nextState = 'off') {
    generation += 1;
    stopObserver();
    folds.clear();
    appliedKey = '';
    setState(nextState);
    publish();
  }

  function fail(err) {
    logOnce('classification failed, page left as it was', err);
    try {
      turnOff('error');
    } catch {
      // Nothing more can be done without risking the page.
    }
  }

  // ── late content ───────────────────────────────────────────────────────────────────────────

  function startObserver() {
    if (observer || typeof MutationObserver !== 'function') return;
    observer = new MutationObserver((records) => guard(() => queue(records)));
    observer.observe(html, { childList: true, subtree: true });
  }

  function stopObserver() {
    if (observer) observer.disconnect();
    observer = null;
    pending = new Set();
    clearTimeout(timer);
    timer = 0;
  }

  /** Run `fn` with the observer off, so the shim never reacts to its own changes. */
  function paused(fn) {
    if (!observer) return fn();
    queue(observer.takeRecords());
    observer.disconnect();
    try {
      return fn();
    } finally {
      if (observer) observer.observe(html, { childList: true, subtree: true });
    }
  }

  function queue(records) {
    let removed = false;
    for (const record of records) {
      if (record.removedNodes.length) removed = true;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !folds.isOurs(node)) pending.add(node);
      }
    }
    if (removed && folds.size) paused(() => folds.prune() && publish());
    if (!pending.size) return;
    const now = performance.now();
    if (!timer) firstPending = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, firstPending + MAX_WAIT_MS - now));
    timer = setTimeout(() => {
      timer = 0;
      guard(flush);
    }, wait);
  }

  /** The added elements that are not inside another added element, still in the body. */
  function topMost(set) {
    const body = doc.body;
    const out = [];
    for (const node of set) {
      if (!node.isConnected || !body || !body.contains(node)) continue;
      let covered = false;
      for (let p = node.parentNode; p && p !== body; p = p.parentNode) {
        if (set.has(p)) {
          covered = true;
          break;
        }
      }
      if (!covered) out.push(node);
    }
    return out;
  }

  function yieldToPage() {
    const scheduler = global.scheduler;
    if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  async function flush() {
    const gen = generation;
    const roots = topMost(pending);
    pending = new Set();
    let sliceStart = performance.now();
    let changed = false;
    for (const root of roots) {
      if (gen !== generation || state !== 'ready') return;
      if (!root.isConnected || folds.isInsideFold(root) || !/\S/.test(root.textContent || '')) continue;
      const start = performance.now();
      const table = global.BoilerfoldCollect.collect(root);
      let verdict;
      try {
        verdict = JSON.parse(await core.classify(table.parents, table.packed, FRAGMENT_OPTIONS));
      } catch (err) {
        // A fragment the core cannot take: keep the folds made so far, stop watching.
        logOnce('late content could not be classified; watching stopped', err);
        stopObserver();
        return;
      }
      if (gen !== generation) return;
      if (paused(() => applyFolds(verdict, table.nodes)) > 0) changed = true;
      measure('boilerfold:fragment', start, { nodes: table.nodes.length });
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    if (changed && gen === generation) publish();
  }

  // ── settings and messages ──────────────────────────────────────────────────────────────────

  function readSettings(items) {
    if (CATEGORIES_KEY in items) {
      settings.categories = { ...DEFAULT_CATEGORIES, ...(items[CATEGORIES_KEY] || {}) };
    }
    if (siteKey in items) {
      const site = items[siteKey] || {};
      settings.siteOff = site.off === true;
      settings.keep = new Set(Array.isArray(site.keep) ? site.keep : []);
    }
  }

  async function rememberKeep(root, fold) {
    const sig = signature(root, fold.label);
    settings.keep.add(sig);
    appliedKey = configKey(); // already applied: the fold is undone
    const items = await api.storage.sync.get(siteKey);
    const site = { ...(items[siteKey] || {}) };
    const keep = (Array.isArray(site.keep) ? site.keep : []).filter((k) => k !== sig);
    keep.push(sig);
    site.keep = keep.slice(-MAX_KEEP_PER_SITE);
    await api.storage.sync.set({ [siteKey]: site });
  }

  /** Bring the page in line with the settings and the keyboard override. */
  async function reconcile() {
    if (!enabled()) {
      if (state !== 'off') turnOff();
      return;
    }
    if (state === 'ready' && appliedKey === configKey()) return;
    if (state === 'ready') paused(() => folds.clear());
    await turnOn();
  }

  function onStorageChanged(changes, area) {
    if (area !== 'sync' || !(CATEGORIES_KEY in changes || siteKey in changes)) return;
    const items = {};
    for (const key of Object.keys(changes)) items[key] = changes[key].newValue;
    if (siteKey in changes && items[siteKey] === undefined) items[siteKey] = {};
    readSettings(items);
    guard(reconcile);
  }

  function onMessage(message, sender, sendResponse) {
    if (!message || sender.id !== api.runtime.id) return false;
    try {
      if (message.type === BG_CS_TOGGLE) {
        pageOverride = state === 'off' || state === 'error';
        guard(reconcile);
      } else if (message.type === POPUP_CS_SHOW_ALL) {
        folds.openAll();
      } else if (message.type !== POPUP_CS_STATUS) {
        return false;
      }
      sendResponse(status());
    } catch (err) {
      fail(err);
    }
    return false;
  }

  async function start() {
    try {
      readSettings(await api.storage.sync.get([CATEGORIES_KEY, siteKey]));
      api.storage.onChanged.addListener(onStorageChanged);
    } catch (err) {
      logOnce('settings unavailable, using the defaults', err);
      logged = false; // a later classification failure still deserves its own line
    }
    if (!enabled()) {
      setState('off');
      publish();
      return;
    }
    await turnOn();
  }

  try {
    api.runtime.onMessage.addListener(onMessage);
  } catch (err) {
    logOnce('cannot listen for messages', err);
  }
  guard(start);
})(globalThis);
