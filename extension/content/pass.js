/*
 * The first pass over the page, each step its own task: collect the page table in slices,
 * classify it (here, or in the background in parts: transport.js), then find the fold roots
 * again, plan where their bars go (place.js: once, before the page changes), fold the groups,
 * pending, in slices, and show them all at the end; and the folding of a verdict's folds that
 * the settings allow, which late content (late.js) uses too.
 * A classic script (content scripts cannot be modules): it defines `BoilerfoldPass` on the
 * global object of the content script's world.
 */
(function (global) {
  'use strict';

  const { SLICE_MS, BIG_SLICE_MS, REST_MS, REVEAL_MS, measure, yieldToPage, restToPage } =
    global.BoilerfoldSchedule;
  const { PAGE_OPTIONS } = global.BoilerfoldCore;
  const { PART_CHARS } = global.BoilerfoldTransport;

  // A big page's pass that lost fold roots to the page's own changes looks again after
  // RETRY_MS, at most MAX_RETRIES times.
  const RETRY_MS = 1000;
  const MAX_RETRIES = 3;

  /** The first pass of one shim (main.js: `shim`). */
  function create(shim) {
    const { doc, html, folds } = shim;
    let passes = 0; // first passes under way (late content waits for them)

    /** Whether a first pass is under way. */
    function running() {
      return passes > 0;
    }

    /** Whether one of a verdict's folds, its root found again as `el`, may be made. */
    function wanted(fold, el) {
      const settings = shim.settings.values;
      if (!settings.categories[fold.label]) return false;
      if (!el || el.nodeType !== 1 || folds.isOurs(el)) return false;
      return !(settings.keep.size > 0 && settings.keep.has(shim.settings.signature(el, fold.label)));
    }

    /**
     * Where a verdict's folds go (place.js), their roots found again (`roots`, null where not):
     * the groups to fold; the blocks left alone are marked so. `layout`: whether the plan may
     * read the page's layout (not on a big page).
     */
    function planFolds(list, roots, layout) {
      const items = [];
      for (let i = 0; i < list.length; i++) if (wanted(list[i], roots[i])) items.push({ fold: list[i], el: roots[i] });
      const { groups, left } = global.BoilerfoldPlace.plan(doc, items, { layout });
      for (const { el, fold, why } of left) folds.markLeft(el, fold.label, why);
      return groups;
    }

    /**
     * Apply a verdict's folds at once: first find every root again, then plan and fold (a fold
     * inserts a bar, which moves its later siblings' element positions). Returns how many were
     * made.
     */
    function applyFolds(list, walk, changed) {
      const roots = list.map((fold) => walk.element(fold.node, changed));
      let added = 0;
      for (const group of planFolds(list, roots, true)) added += folds.addGroup(group.members, { look: group.look });
      return added;
    }

    /** Classify the page and fold it; `gen` is the generation this pass belongs to. */
    async function classifyPage(gen, retry = 0) {
      passes += 1;
      const changed = shim.late.trackChanges();
      let lost;
      try {
        lost = await pass(gen, changed);
      } finally {
        passes -= 1;
        shim.late.untrack(changed);
      }
      if (!passes) shim.late.afterPass();
      // Fold roots lost because the page moved things meanwhile: once it has had time to
      // settle, look again (the folds made stay; a fold over one of them is refused as an
      // overlap).
      if (lost > 0 && retry < MAX_RETRIES) {
        setTimeout(() => {
          if (gen === shim.generation && shim.state === 'ready') shim.guard(() => classifyPage(gen, retry + 1));
        }, RETRY_MS);
      }
    }

    /** One pass over the page; returns how many fold roots it could not find again. */
    async function pass(gen, changed) {
      const { late } = shim;
      const stale = () => gen !== shim.generation;
      // Watch from the start: content added while the pass yields is classified as a fragment,
      // and the elements whose children change are known (`changed`).
      late.startObserver();
      // A task of its own: whatever ran before (start-up, the warm-up call) is not counted in.
      await yieldToPage();
      if (stale()) return 0;
      const walk = new global.BoilerfoldCollect.Walk(doc.body || html, { keep: true });
      // Walk in slices while the table stays small; once it is big (or the core is in the
      // background), send what there is and go on sending it in parts. Size decides, not time:
      // a first walk with cold code can outlast a slice on an ordinary page.
      let t;
      let done;
      let streamed = false;
      for (let slice = 0; ; slice++) {
        t = performance.now();
        done = walk.step(t + SLICE_MS, PART_CHARS);
        if (shim.core.path !== 'content' || walk.chars >= PART_CHARS) {
          streamed = true;
          late.forgetIfWatched(walk);
        }
        measure('boilerfold:collect', t, { slice, nodes: walk.count });
        if (streamed || done) break;
        await yieldToPage();
        if (stale()) return 0;
      }

      let json;
      if (!streamed) {
        const table = walk.take();
        await yieldToPage();
        if (stale()) return 0;
        t = performance.now();
        json = shim.core.classify(table.parents, table.packed, PAGE_OPTIONS);
        measure('boilerfold:classify', t, { path: 'content' });
      } else {
        json = await shim.transport.classifyStreamed(walk, done, stale, PAGE_OPTIONS, 'boilerfold:collect');
        if (json === null) return 0;
      }
      await yieldToPage();
      if (stale()) return 0;

      // Fold, a slice at a time: first find every fold root again (paused() takes the page's
      // pending changes first), then fold them, pending, and show them all at the end (one
      // relayout of the page, not one per slice: see fold.js). A root the page moved or changed
      // meanwhile is not found, and stays unfolded.
      t = performance.now();
      const list = JSON.parse(json).folds || [];
      const roots = new Array(list.length);
      let found = 0;
      let groups = null;
      let next = 0;
      let lost = 0;
      let shown = false;
      let revealing = false;
      const big = walk.nodes === null; // the walk forgot its elements: a big table
      for (let slice = 0; ; slice++) {
        if (slice > 0) t = performance.now();
        // A big table's folds are shown in slices of their own (REVEAL_MS), after all are made.
        const reveal = !big || (groups !== null && next === groups.length);
        late.paused(() => {
          const deadline = t + (!big ? SLICE_MS : reveal ? REVEAL_MS : BIG_SLICE_MS);
          while (found < list.length && performance.now() < deadline) {
            roots[found] = walk.element(list[found].node, changed);
            if (!roots[found] && big) lost += 1;
            found += 1;
          }
          // Planned in one go, before the first fold changes the page (place.js reads it).
          if (found === list.length && groups === null) groups = planFolds(list, roots, !big);
          while (groups !== null && next < groups.length && performance.now() < deadline) {
            const group = groups[next];
            groups[next++] = null;
            folds.addGroup(group.members, { pending: true, look: group.look });
          }
          if (groups !== null && next === groups.length && reveal) {
            revealing = true;
            shown = folds.reveal(deadline);
          }
        });
        measure('boilerfold:fold', t, { slice, folds: folds.size, revealing });
        if (shown) break;
        await (big ? restToPage(REST_MS) : yieldToPage());
        if (stale()) return 0;
      }
      shim.appliedKey = shim.settings.configKey();
      shim.setState('ready');
      shim.publish();
      return lost;
    }

    return { running, applyFolds, classifyPage };
  }

  global.BoilerfoldPass = Object.freeze({ create });
})(globalThis);
