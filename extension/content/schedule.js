/*
 * The shim's scheduling: how long a slice of its work may hold the page's thread, how it lets
 * the page run between slices, the User Timing measure of each slice, and the debounce of late
 * content.
 * A classic script (content scripts cannot be modules): it defines `BoilerfoldSchedule` on the
 * global object of the content script's world.
 */
(function (global) {
  'use strict';

  // Work per slice before yielding to the page: well under the 50 ms of a long task, because a
  // step of garbage collection may land in any slice and is paid on top (see extension/README.md).
  const SLICE_MS = 12;
  // A big page's slices are shorter still: its walk makes garbage enough for a major collection,
  // whose marking of the page's DOM then runs in steps inside the slices, and a streamed slice
  // also sends its part after the walk.
  const BIG_SLICE_MS = 8;
  // A streamed slice whose walk ended more than this past its budget leaves its part to be sent
  // in the next task: what makes such a walk late is the garbage collector marking the page's
  // DOM in steps inside whatever task allocates, and joining and sending a part allocates.
  const OVERRUN_MS = 4;
  // …and between two of them the page's thread rests (a timer, not a message at once): with no
  // gap between slices, V8's incremental marking falls behind and catches up inside them, where
  // with a gap it does that work in tasks of its own.
  const REST_MS = 4;
  // A slice that shows a big table's folds is longer: each one costs the browser a relayout of
  // the whole page after it (see fold.js).
  const REVEAL_MS = 20;

  /** One User Timing measure from `start` to now, if the browser takes it. */
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

  /**
   * Let the page run: resolve in a new task at the back of the queue. Not scheduler.yield: its
   * continuations run ahead of the page's own timers, so a pass of many slices starved a page's
   * setInterval for seconds (on the hostile pages). Not setTimeout(0) either: nested timers are
   * clamped to 4 ms. A message on a channel of our own is neither.
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
   * `fn` called once schedule() has not been called for `quietMs`, or `maxWaitMs` after the
   * first schedule() since the last call at the latest; cancel() forgets a call to come.
   */
  function debounce(fn, quietMs, maxWaitMs) {
    let timer = 0;
    let first = 0;
    return {
      schedule() {
        const now = performance.now();
        if (!timer) first = now;
        clearTimeout(timer);
        const wait = Math.max(0, Math.min(quietMs, first + maxWaitMs - now));
        timer = setTimeout(() => {
          timer = 0;
          fn();
        }, wait);
      },
      cancel() {
        clearTimeout(timer);
        timer = 0;
      },
    };
  }

  global.BoilerfoldSchedule = Object.freeze({
    SLICE_MS,
    BIG_SLICE_MS,
    OVERRUN_MS,
    REST_MS,
    REVEAL_MS,
    measure,
    yieldToPage,
    restToPage,
    debounce,
  });
})(globalThis);
