/*
 * Boilerfold content shim: the only code that touches the page.
 *
 *   start ─ settings (storage.sync, once; then storage.onChanged)
 *     │
 *   core ── fetch wasm/boilerfold_bg.wasm → WebAssembly.compile → wasm_bindgen.initSync
 *     │        └─ page CSP forbids compiling (Chromium) → the background's copy (cs-bg-init)
 *   observe ── MutationObserver from here on (debounced) → top-most added subtrees → classify
 *              each as a fragment (only explicit clutter) → fold, in time slices
 *   collect ── BoilerfoldCollect.Walk(body): one DOM pass, in slices of SLICE_MS → page table
 *   classify ─ small table: classifyWire(parents, packed, options), one wasm call, here
 *              big table (or strict CSP): sent to the background in parts (cs-bg-part) as it
 *              is collected (in serialized mode, slices of BIG_SLICE_MS), classified there
 *              (cs-bg-classify), off the page's thread
 *   fold ───── each verdict fold root that passes the safety rules → attribute + <boilerfold-bar>,
 *              pending, in slices of SLICE_MS (BIG_SLICE_MS for a big table); then all shown
 *              (a big table's in slices of REVEAL_MS)
 *
 * Each step of the first pass is its own task (the shim yields to the page between them), and
 * each task is one User Timing measure (boilerfold:collect / :classify / :fold, detail.slice),
 * so the shim's own work in a task is about SLICE_MS on any page (a garbage collection that
 * falls inside one is not: see extension/README.md): the only long piece of work, classifying a
 * huge page, runs in the background (boilerfold:background measures the wait for it, which is
 * not the page's time).
 *
 * Off (popup, keyboard command, options) undoes every change (on a huge page in slices too,
 * boilerfold:off, after one change that shows the page as it was); on again classifies afresh.
 * Nothing here may throw into the page: every entry point catches, and a failure leaves the page
 * as it was, sets data-boilerfold-state="error" and logs once with the [Boilerfold] prefix.
 */
(function (global) {
  'use strict';

  const api = global.browser ?? global.chrome;
  const doc = global.document;
  const html = doc.documentElement;
  const { CS_BG_STATUS, CS_BG_INIT, CS_BG_CLASSIFY, CS_BG_PART, BG_CS_TOGGLE, POPUP_CS_STATUS, POPUP_CS_SHOW_ALL } =
    global.BoilerfoldMessages;
  const { CATEGORIES_KEY, SITE_PREFIX, DEFAULT_CATEGORIES } = global.BoilerfoldStorage;

  const STATE_ATTR = 'data-boilerfold-state';
  const FOLDS_ATTR = 'data-boilerfold-folds';
  // The shim uses the folds alone: no block list, no text (a smaller verdict to hand over).
  const PAGE_OPTIONS = JSON.stringify({ include_text: false, blocks: false });
  const FRAGMENT_OPTIONS = JSON.stringify({ fragment: true, include_text: false, blocks: false });
  const DEBOUNCE_MS = 400; // quiet time after the last mutation
  const MAX_WAIT_MS = 2000; // …but never wait longer than this while mutations keep coming
  // Work per slice before yielding to the page: well under the 50 ms of a long task, because a
  // garbage collection's step may land in any slice and is paid on top (single steps of 5-16 ms,
  // several in one slice, on the huge pages in Chromium: see extension/README.md).
  const SLICE_MS = 12;
  // A big page's slices are shorter still: its walk makes garbage enough for a major
  // collection, whose marking of the page's DOM then runs in steps inside the slices, and a
  // streamed slice also sends its part after the walk. (At 12 ms, the 50 MB page's longest
  // task was 28-37 ms in three loads; at 8 ms, 20-28 ms in four.)
  const BIG_SLICE_MS = 8;
  // A streamed slice whose walk ended more than this past its budget leaves its part to be sent
  // in the next task. In Chromium traces of the suite, what made such a walk late was the
  // garbage collector, whose marking of the page's DOM runs in steps inside whatever task
  // allocates, and joining and sending a part allocates: three marking steps of 7-12 ms each
  // (2-4 ms of each on the CPU) filled single walk-and-send slices of the 50 MB page to 25-36 ms.
  const OVERRUN_MS = 4;
  // …and between two of them the page's thread rests (a timer, not a message at once): with no
  // gap between slices, V8's incremental marking fell behind and caught up inside them (single
  // marking steps of 30-45 ms, and the major GC's final pause, 26-50 ms, in a walk slice of the
  // 100 000-link page); with 4 ms gaps it does that work in tasks of its own, between slices,
  // and the walk's longest task went from 52-80 ms to 24-40 ms (Chromium traces, 6 runs each).
  const REST_MS = 4;
  // A slice that shows a big table's folds is longer: each one costs the browser a relayout
  // of the whole page after it (seconds on the 50 MB page: see fold.js).
  const REVEAL_MS = 20;
  // A table of fewer characters than this is classified here, in one wasm call (a 360 K one
  // took 12–15 ms in Chromium, warm); a bigger one goes to the background, in parts of this
  // size (sending 1 M characters took ~13 ms in Chromium before structured-clone messaging).
  const PART_CHARS = 1 << 19;
  // Streamed, a walk sends a part at this size (or when its slice is up), so that walking and
  // sending fit in one slice; what it made before it streamed (up to PART_CHARS) goes in parts
  // of this size too, a part per task (in one message, 512 K took 17-38 ms in both browsers).
  const SEND_CHARS = 1 << 17;
  // A big page's pass that lost fold roots to the page's own changes looks again after
  // RETRY_MS, at most MAX_RETRIES times.
  const RETRY_MS = 1000;
  const MAX_RETRIES = 3;
  const MAX_KEEP_PER_SITE = 60; // "Not clutter" entries per site (storage.sync item quota)

  // Only HTML documents with a body; one shim per document even if injected twice.
  if (!html || html.namespaceURI !== 'http://www.w3.org/1999/xhtml' || global.__boilerfoldShim) return;
  global.__boilerfoldShim = true;

  const siteKey = SITE_PREFIX + global.location.hostname;
  const settings = { categories: { ...DEFAULT_CATEGORIES }, siteOff: false, keep: new Set() };
  let pageOverride = null; // true/false once the keyboard command toggled this page
  let state = 'idle';
  let core = null; // {path: 'content' | 'background', classify(parents, packed, options) → verdict JSON}
  let corePromise = null;
  let generation = 0; // bumped whenever folds are undone: stale async work checks it and stops
  let clearing = null; // folds being taken back in slices (takeBack), a promise
  let appliedKey = ''; // the settings the current folds were made with
  let observer = null;
  let pending = new Set();
  let firstPending = 0;
  let timer = 0;
  let logged = false;
  let tableCount = 0; // names the page tables sent to the background in parts
  let passes = 0; // first passes under way (late content waits for them)

  const folds = new global.BoilerfoldFold.FoldSet(doc, {
    onKeep: (root, fold) => guard(() => rememberKeep(root, fold)),
    onChange: () => guard(publish),
    onStructure: (parent) => noteChanged(parent),
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
      // The first call into a fresh instance costs ~30 ms whatever the table (measured in
      // Chromium: a one-paragraph table 29 ms, then 0.1 ms), V8 compiling the code it reaches on
      // first use. Pay it in a task of its own, on a tiny detached paragraph, not in the first
      // pass's classify task.
      await yieldToPage();
      const t = performance.now();
      const para = doc.createElement('p');
      para.textContent = 'Boilerfold warms up its core with a sentence of its own.';
      const tiny = global.BoilerfoldCollect.collect(para);
      bindings.classifyWire(tiny.parents, tiny.packed, PAGE_OPTIONS);
      measure('boilerfold:warm-up', t);
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
      return { path: 'background', classify: null }; // tables go to the background in parts
    }
  }

  // ── folding ────────────────────────────────────────────────────────────────────────────────

  /** Apply one of a verdict's folds to `el`, its root found again (or null). */
  function applyFold(fold, el, pending = false) {
    if (!settings.categories[fold.label]) return false;
    if (!el || el.nodeType !== 1 || folds.isOurs(el)) return false;
    if (settings.keep.size > 0 && settings.keep.has(signature(el, fold.label))) return false;
    return folds.add(el, fold, { pending });
  }

  /**
   * Apply a verdict's folds at once: first find every root again, then fold (a fold inserts a
   * bar, which moves its later siblings' element positions). Returns how many were made.
   */
  function applyFolds(list, walk, changed) {
    const roots = list.map((fold) => walk.element(fold.node, changed));
    let added = 0;
    for (let i = 0; i < list.length; i++) if (applyFold(list[i], roots[i])) added += 1;
    return added;
  }

  /**
   * Elements whose children changed while a walk's table was away being classified, so that
   * their element children may have moved: the page's (from the MutationObserver) and ours
   * (bars). A walk's element() refuses a way through them.
   */
  const trackers = new Set();
  function trackChanges() {
    const changed = new Set();
    trackers.add(changed);
    return changed;
  }
  function noteChanged(parent) {
    if (parent) for (const changed of trackers) changed.add(parent);
  }

  /** A page table on its way to the background in parts. */
  function newStream() {
    return { table: `${performance.timeOrigin}:${++tableCount}`, parts: 0, sent: [] };
  }

  /**
   * Send the records a walk made since the last part to the background (CS_BG_PART), if it
   * made any (a step can end on a run of skipped nodes; an empty part would join in as an
   * empty record).
   */
  function sendPart(walk, stream) {
    if (walk.left() === 0) return;
    const part = walk.take(SEND_CHARS);
    const sent = api.runtime.sendMessage({
      type: CS_BG_PART,
      table: stream.table,
      seq: stream.parts++,
      // A string, not an array: Chromium converts a message's arrays element by element, and
      // that took 35-60 ms for a part of 13 000 parents (measured); one string is one copy.
      parents: part.parents.join(','),
      packed: part.packed,
    });
    stream.sent.push(Promise.resolve(sent).catch((err) => ({ ok: false, error: String(err && err.message) })));
  }

  /**
   * The rest of a big table's walk, a slice per task (each measured as `name`), each slice's
   * records sent to the background as they are made (first those the walk made before it was
   * streamed); then the background classifies the joined table with `options`. Returns the
   * verdict JSON, or null if cancelled meanwhile.
   */
  async function classifyStreamed(walk, done, gen, stream, options, name) {
    let t;
    let slice = 0;
    let owed = false; // the last slice ran late and left its part to this one
    for (;;) {
      await restToPage(REST_MS);
      if (gen !== generation) return null;
      t = performance.now();
      // Records already over a part's size (the walk before it streamed: up to PART_CHARS), a
      // finished walk's rest and a part owed go a part per task; otherwise walk on, then send,
      // unless the walk ran late (see OVERRUN_MS).
      let send = owed || done || walk.chars >= SEND_CHARS;
      if (!send) {
        done = walk.step(t + BIG_SLICE_MS, SEND_CHARS);
        send = performance.now() < t + BIG_SLICE_MS + OVERRUN_MS;
      }
      owed = !send;
      const sending = performance.now();
      if (send) sendPart(walk, stream);
      measure(name, t, { slice: ++slice, nodes: walk.count, sendMs: send ? performance.now() - sending : null });
      if (done && walk.left() === 0) break;
    }
    t = performance.now();
    for (const answer of await Promise.all(stream.sent)) {
      if (!answer || !answer.ok) throw new Error(answer ? answer.error : 'no answer from background');
    }
    const answer = await api.runtime.sendMessage({
      type: CS_BG_CLASSIFY,
      table: stream.table,
      parts: stream.parts,
      options,
    });
    if (!answer || !answer.ok) throw new Error(answer ? answer.error : 'no answer from background');
    // Not the page's time: the page's thread was free while the background worked.
    measure('boilerfold:background', t, { parts: stream.parts });
    return gen === generation ? answer.verdict : null;
  }

  /**
   * A big table's walk stops keeping DOM elements (each one is a weak handle for every garbage
   * collection to visit: see collect.js) and finds its fold roots again by position, refusing a
   * way through an element whose children changed meanwhile. That needs the MutationObserver;
   * without one it keeps them.
   */
  function forgetIfWatched(walk) {
    if (observer) walk.forget();
  }

  /** Whether a walk that stopped after one slice is small enough to classify here at once. */
  function classifyHere(walk, done) {
    return done && core.path === 'content' && walk.chars < PART_CHARS;
  }

  async function classifyPage(gen, retry = 0) {
    passes += 1;
    const changed = trackChanges();
    let lost;
    try {
      lost = await pass(gen, changed);
    } finally {
      passes -= 1;
      trackers.delete(changed);
    }
    if (pending.size && !passes) scheduleFlush();
    // Fold roots lost because the page moved things meanwhile: once it has had time to settle,
    // look again (the folds made stay; a fold over one of them is refused as an overlap).
    if (lost > 0 && retry < MAX_RETRIES) {
      setTimeout(() => {
        if (gen === generation && state === 'ready') guard(() => classifyPage(gen, retry + 1));
      }, RETRY_MS);
    }
  }

  /** One pass over the page; returns how many fold roots it could not find again. */
  async function pass(gen, changed) {
    // Watch from the start: content added while the pass yields is classified as a fragment,
    // and the elements whose children change are known (`changed`).
    startObserver();
    // A task of its own: whatever ran before (start-up, the warm-up call) is not counted in.
    await yieldToPage();
    if (gen !== generation) return 0;
    const walk = new global.BoilerfoldCollect.Walk(doc.body || html, { keep: true });
    // Walk in slices while the table stays small; once it is big (or the core is in the
    // background), send what there is and go on sending it in parts. Size decides, not time:
    // a first walk with cold code can outlast a slice on an ordinary page.
    let t;
    let done;
    let stream = null;
    for (let slice = 0; ; slice++) {
      t = performance.now();
      done = walk.step(t + SLICE_MS, PART_CHARS);
      if (core.path !== 'content' || walk.chars >= PART_CHARS) {
        stream = newStream();
        forgetIfWatched(walk);
      }
      measure('boilerfold:collect', t, { slice, nodes: walk.count });
      if (stream || done) break;
      await yieldToPage();
      if (gen !== generation) return 0;
    }

    let json;
    if (!stream) {
      const table = walk.take();
      await yieldToPage();
      if (gen !== generation) return 0;
      t = performance.now();
      json = core.classify(table.parents, table.packed, PAGE_OPTIONS);
      measure('boilerfold:classify', t, { path: 'content' });
    } else {
      json = await classifyStreamed(walk, done, gen, stream, PAGE_OPTIONS, 'boilerfold:collect');
      if (json === null) return 0;
    }
    await yieldToPage();
    if (gen !== generation) return 0;

    // Fold, a slice at a time: first find every fold root again (paused() takes the page's
    // pending changes first), then fold them, pending, and show them all at the end (one
    // relayout of the page, not one per slice: see fold.js). A root the page moved or changed
    // meanwhile is not found, and stays unfolded.
    t = performance.now();
    const list = JSON.parse(json).folds || [];
    const roots = new Array(list.length);
    let found = 0;
    let next = 0;
    let lost = 0;
    let shown = false;
    let revealing = false;
    const big = walk.nodes === null; // the walk forgot its elements: a big table
    for (let slice = 0; ; slice++) {
      if (slice > 0) t = performance.now();
      // A big table's folds are shown in slices of their own (REVEAL_MS), after all are made.
      const reveal = !big || next === list.length;
      paused(() => {
        const deadline = t + (!big ? SLICE_MS : reveal ? REVEAL_MS : BIG_SLICE_MS);
        while (found < list.length && performance.now() < deadline) {
          roots[found] = walk.element(list[found].node, changed);
          if (!roots[found] && big) lost += 1;
          found += 1;
        }
        while (found === list.length && next < list.length && performance.now() < deadline) {
          applyFold(list[next], roots[next], true);
          roots[next++] = null;
        }
        if (next === list.length && reveal) {
          revealing = true;
          shown = folds.reveal(deadline);
        }
      });
      measure('boilerfold:fold', t, { slice, folds: folds.size, revealing });
      if (shown) break;
      await (big ? restToPage(REST_MS) : yieldToPage());
      if (gen !== generation) return 0;
    }
    appliedKey = configKey();
    setState('ready');
    publish();
    return lost;
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
    // Folds still being taken back go first (no fold can be made meanwhile: fold.js).
    if (clearing) await clearing;
    if (gen !== generation) return;
    await classifyPage(gen);
  }

  /**
   * Take every fold back: at once, one change that shows the page as it was (fold.js: retire),
   * then the bars and attributes in slices, each one task (boilerfold:off). Returns null if it
   * was all done in the first slice (any page but a huge one), else a promise of the rest.
   */
  function takeBack() {
    const bars = folds.retire();
    if (clearing) return clearing;
    // Nothing folded: only the stylesheet, if any, goes (no measure of nothing).
    if (bars === 0 ? folds.dismantle() : dismantleSlice(0)) return null;
    clearing = (async () => {
      for (let slice = 1; ; slice++) {
        await restToPage(REST_MS);
        if (dismantleSlice(slice)) return;
      }
    })().finally(() => {
      clearing = null;
    });
    clearing.catch(() => {}); // whoever waits for it sees the error; no unhandled rejection
    return clearing;
  }

  /** One slice of takeBack's work, measured; true once nothing is left. */
  function dismantleSlice(slice) {
    const t = performance.now();
    const done = folds.dismantle(t + SLICE_MS);
    measure('boilerfold:off', t, { slice });
    return done;
  }

  /**
   * Undo everything: the page is byte-identical to before, bar the state attribute, which is
   * `nextState` once nothing of Boilerfold's is left in it ("clearing" until then: a huge page).
   */
  function turnOff(nextState = 'off') {
    const gen = ++generation;
    stopObserver();
    appliedKey = '';
    const rest = takeBack();
    const settle = (next) => {
      if (gen !== generation) return; // turned on (or off) again meanwhile
      setState(next);
      publish();
    };
    if (!rest) return settle(nextState);
    settle('clearing');
    guard(() => rest.then(() => settle(nextState)));
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
      // An append moves no element that was there before; anything else may.
      if (record.removedNodes.length || record.nextSibling !== null) noteChanged(record.target);
      if (record.removedNodes.length) removed = true;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !folds.isOurs(node)) pending.add(node);
      }
    }
    if (removed && folds.size) paused(() => folds.prune() && publish());
    if (pending.size) scheduleFlush();
  }

  /** Flush the pending additions after DEBOUNCE_MS of quiet, or MAX_WAIT_MS at the latest. */
  function scheduleFlush() {
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

  /**
   * Let the page run: resolve in a new task at the back of the queue. Not scheduler.yield: its
   * continuations run ahead of the page's own timers, so a pass of many slices starved a page's
   * setInterval for seconds (measured on the hostile pages). Not setTimeout(0) either: nested
   * timers are clamped to 4 ms. A message on a channel of our own is neither.
   */
  let channel = null;
  const resumes = [];
  function yieldToPage() {
    return new Promise((resolve) => {
      if (!channel) {
        channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const resume = resumes.shift();
          if (resume) resume();
        };
      }
      resumes.push(resolve);
      channel.port2.postMessage(0);
    });
  }

  /** Let the page run, and leave its thread idle for about `ms` (see REST_MS). */
  function restToPage(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  /**
   * Classify the pending additions as fragments and fold what they hold, in slices: one
   * boilerfold:fragment measure per slice of work, which may take several small additions, or
   * one part of a big one (sent to the background like a big page).
   */
  async function flush() {
    // During a first pass the additions wait; the pass schedules a flush when it is done.
    if (state !== 'ready' || passes > 0) return;
    const gen = generation;
    const roots = topMost(pending);
    pending = new Set();
    let start = performance.now();
    let done = 0; // additions handled in this slice
    const endSlice = () => {
      if (done) measure('boilerfold:fragment', start, { additions: done });
      done = 0;
    };
    let folded = false;
    try {
      for (const root of roots) {
        // Each addition gets at least half a slice: one that cannot be walked in it goes to
        // the background, which a small addition should not need to.
        if (performance.now() - start > SLICE_MS / 2) {
          endSlice();
          await yieldToPage();
          start = performance.now();
        }
        if (gen !== generation || state !== 'ready') return;
        if (!root.isConnected || folds.isInsideFold(root) || !/\S/.test(root.textContent || '')) continue;
        done += 1;
        const walk = new global.BoilerfoldCollect.Walk(root, { keep: true });
        const complete = walk.step(start + SLICE_MS, PART_CHARS);
        const changed = trackChanges();
        try {
          let verdict;
          try {
            let json;
            if (classifyHere(walk, complete)) {
              const table = walk.take();
              json = core.classify(table.parents, table.packed, FRAGMENT_OPTIONS);
            } else {
              const stream = newStream();
              forgetIfWatched(walk);
              endSlice();
              json = await classifyStreamed(walk, complete, gen, stream, FRAGMENT_OPTIONS, 'boilerfold:fragment');
              if (json === null) return;
              start = performance.now();
              done = 1;
            }
            verdict = JSON.parse(json);
          } catch (err) {
            // A fragment the core cannot take: keep the folds made so far, stop watching.
            logOnce('late content could not be classified; watching stopped', err);
            stopObserver();
            return;
          }
          if (gen !== generation) return;
          if (paused(() => applyFolds(verdict.folds || [], walk, changed)) > 0) folded = true;
        } finally {
          trackers.delete(changed);
        }
      }
    } finally {
      endSlice();
    }
    if (folded && gen === generation) publish();
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
    if (state === 'ready') {
      // Other settings: take the folds back and classify afresh (turnOn waits for the first).
      stopObserver();
      takeBack();
    }
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
        pageOverride = state === 'off' || state === 'error' || state === 'clearing';
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
