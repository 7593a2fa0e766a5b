/*
 * The shim's core: the wasm compiled here (common/wasm.js) and warmed up, or, where the page's
 * CSP forbids compiling it (Chromium), the background's copy, asked for with cs-bg-init.
 * A classic script (content scripts cannot be modules): it defines `BoilerfoldCore` on the
 * global object of the content script's world.
 */
(function (global) {
  'use strict';

  const { CS_BG_INIT } = global.BoilerfoldMessages;
  const { measure, yieldToPage } = global.BoilerfoldSchedule;

  // The shim uses the folds alone: no block list, no text (a smaller verdict to hand over).
  const PAGE_OPTIONS = JSON.stringify({ include_text: false, blocks: false });
  const FRAGMENT_OPTIONS = JSON.stringify({ fragment: true, include_text: false, blocks: false });

  let compiling = null; // the compile started early (prefetch), once
  let started = 0;

  /**
   * Start fetching and compiling the core now, as early as the shim knows it will want it
   * (the pre-check said yes): it then overlaps the settings read. Compiled off the page's
   * thread; a failure (a page CSP that forbids compiling) is load()'s to handle.
   */
  function prefetch(api) {
    if (compiling) return;
    started = performance.now();
    compiling = global.BoilerfoldWasm.compile(api);
    compiling.catch(() => {}); // load() sees the error; no unhandled rejection meanwhile
  }

  /**
   * Load the core: {path: 'content', classify(parents, packed, options) → verdict JSON}, or
   * {path: 'background', classify: null}, whose tables go to the background in parts
   * (transport.js). Rejects if neither can be had. boilerfold:startup runs from the start of
   * the compile (prefetch, or now) to an instance ready.
   */
  async function load(api) {
    const early = compiling;
    compiling = null; // a later load (after a failure) compiles afresh
    const start = early ? started : performance.now();
    try {
      const bindings = global.BoilerfoldWasm.glue();
      if (!bindings) throw new Error('wasm glue not loaded');
      const loading = global.BoilerfoldWasm.init(api, bindings, early);
      global.BoilerfoldBar.warm();
      await loading;
      measure('boilerfold:startup', start, { path: 'content' });
      // The first call into a fresh instance is slow whatever the table (V8 compiles the code
      // it reaches on first use: ~30 ms in Chromium). Pay it in a task of its own, on a tiny
      // detached paragraph, not in the first pass's classify task.
      await yieldToPage();
      const t = performance.now();
      const para = global.document.createElement('p');
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

  global.BoilerfoldCore = Object.freeze({ prefetch, load, PAGE_OPTIONS, FRAGMENT_OPTIONS });
})(globalThis);
