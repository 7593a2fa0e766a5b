/*
 * Turning Boilerfold on and off on the page. On loads the core (once) and classifies afresh;
 * off undoes every change (on a huge page in slices, after one change that shows the page as
 * it was); a change of the settings or the keyboard command reconciles the page with them.
 * A classic script (content scripts cannot be modules): it defines `BoilerfoldToggle` on the
 * global object of the content script's world.
 */
(function (global) {
  'use strict';

  const { SLICE_MS, REST_MS, measure, restToPage } = global.BoilerfoldSchedule;

  /** On and off for one shim (main.js: `shim`). */
  function create(shim) {
    const { api, folds } = shim;
    let corePromise = null;
    let clearing = null; // folds being taken back in slices (takeBack), a promise

    async function turnOn() {
      const gen = ++shim.generation;
      corePromise = corePromise || global.BoilerfoldCore.load(api);
      try {
        shim.core = await corePromise;
      } catch (err) {
        corePromise = null; // a later "on" may try again
        throw err;
      }
      if (gen !== shim.generation) return;
      // Folds still being taken back go first (no fold can be made meanwhile: fold.js).
      if (clearing) await clearing;
      if (gen !== shim.generation) return;
      await shim.pass.classifyPage(gen);
    }

    /**
     * Take every fold back: at once, one change that shows the page as it was (fold.js:
     * retire), then the bars and attributes in slices, each one task (boilerfold:off). Returns
     * null if it was all done in the first slice (any page but a huge one), else a promise of
     * the rest.
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
     * `nextState` once nothing of Boilerfold's is left in it ("clearing" until then: a huge
     * page).
     */
    function turnOff(nextState = 'off') {
      const gen = ++shim.generation;
      shim.late.stopObserver();
      shim.appliedKey = '';
      const rest = takeBack();
      const settle = (next) => {
        if (gen !== shim.generation) return; // turned on (or off) again meanwhile
        shim.setState(next);
        shim.publish();
      };
      if (!rest) return settle(nextState);
      settle('clearing');
      shim.guard(() => rest.then(() => settle(nextState)));
    }

    /** Bring the page in line with the settings and the keyboard override. */
    async function reconcile() {
      if (!shim.settings.enabled()) {
        if (shim.state !== 'off') turnOff();
        return;
      }
      // Not an article (precheck.js), and the keyboard command did not ask for folding anyway.
      if (shim.skipped && !shim.settings.forced()) {
        if (shim.state !== 'skipped') turnOff('skipped');
        return;
      }
      if (shim.state === 'ready' && shim.appliedKey === shim.settings.configKey()) return;
      if (shim.state === 'ready') {
        // Other settings: take the folds back and classify afresh (turnOn waits for the first).
        shim.late.stopObserver();
        takeBack();
      }
      await turnOn();
    }

    return { turnOn, turnOff, reconcile };
  }

  global.BoilerfoldToggle = Object.freeze({ create });
})(globalThis);
