/*
 * Late content: a MutationObserver from the first pass on, whose additions are taken (debounced)
 * as their top-most subtrees, each classified as a fragment (only explicit clutter) and folded,
 * in time slices; and the record of which elements' children changed while a walk's table was
 * away being classified.
 * A classic script (content scripts cannot be modules): it defines `BoilerfoldLate` on the
 * global object of the content script's world.
 */
(function (global) {
  'use strict';

  const { SLICE_MS, measure, yieldToPage, debounce } = global.BoilerfoldSchedule;
  const { FRAGMENT_OPTIONS } = global.BoilerfoldCore;
  const { PART_CHARS } = global.BoilerfoldTransport;

  const DEBOUNCE_MS = 400; // quiet time after the last mutation
  const MAX_WAIT_MS = 2000; // …but never wait longer than this while mutations keep coming

  /** Late content for one shim (main.js: `shim`). */
  function create(shim) {
    const { doc, html, folds } = shim;
    let observer = null;
    let pending = new Set();
    const flushLater = debounce(() => shim.guard(flush), DEBOUNCE_MS, MAX_WAIT_MS);

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
    function untrack(changed) {
      trackers.delete(changed);
    }
    function noteChanged(parent) {
      if (parent) for (const changed of trackers) changed.add(parent);
    }

    function startObserver() {
      if (observer || typeof MutationObserver !== 'function') return;
      observer = new MutationObserver((records) => shim.guard(() => queue(records)));
      observer.observe(html, { childList: true, subtree: true });
    }

    function stopObserver() {
      if (observer) observer.disconnect();
      observer = null;
      pending = new Set();
      flushLater.cancel();
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
      if (removed && folds.size) paused(() => folds.prune() && shim.publish());
      if (pending.size) flushLater.schedule();
    }

    /** A first pass is over: the additions that waited for it are flushed (debounced). */
    function afterPass() {
      if (pending.size) flushLater.schedule();
    }

    /**
     * A big table's walk stops keeping DOM elements (each one is a weak handle for every garbage
     * collection to visit: see collect.js) and finds its fold roots again by position, refusing
     * a way through an element whose children changed meanwhile. That needs the
     * MutationObserver; without one it keeps them.
     */
    function forgetIfWatched(walk) {
      if (observer) walk.forget();
    }

    /** Whether a walk that stopped after one slice is small enough to classify here at once. */
    function classifyHere(walk, done) {
      return done && shim.core.path === 'content' && walk.chars < PART_CHARS;
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
     * Classify the pending additions as fragments and fold what they hold, in slices: one
     * boilerfold:fragment measure per slice of work, which may take several small additions, or
     * one part of a big one (sent to the background like a big page).
     */
    async function flush() {
      // During a first pass the additions wait; the pass schedules a flush when it is done.
      if (shim.state !== 'ready' || shim.pass.running()) return;
      const gen = shim.generation;
      const stale = () => gen !== shim.generation;
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
          if (stale() || shim.state !== 'ready') return;
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
                json = shim.core.classify(table.parents, table.packed, FRAGMENT_OPTIONS);
              } else {
                forgetIfWatched(walk);
                endSlice();
                json = await shim.transport.classifyStreamed(walk, complete, stale, FRAGMENT_OPTIONS, 'boilerfold:fragment');
                if (json === null) return;
                start = performance.now();
                done = 1;
              }
              verdict = JSON.parse(json);
            } catch (err) {
              // A fragment the core cannot take: keep the folds made so far, stop watching.
              shim.logOnce('late content could not be classified; watching stopped', err);
              stopObserver();
              return;
            }
            if (stale()) return;
            if (paused(() => shim.pass.applyFolds(verdict.folds || [], walk, changed)) > 0) folded = true;
          } finally {
            untrack(changed);
          }
        }
      } finally {
        endSlice();
      }
      if (folded && !stale()) shim.publish();
    }

    return {
      startObserver,
      stopObserver,
      paused,
      afterPass,
      forgetIfWatched,
      trackChanges,
      untrack,
      noteChanged,
    };
  }

  global.BoilerfoldLate = Object.freeze({ create });
})(globalThis);
