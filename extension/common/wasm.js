/*
 * Loading the wasm core, the same in the content script and in the background: fetch the
 * packaged wasm/boilerfold_bg.wasm (a read from the extension package, not a network request),
 * compile it and hand the module to the no-modules glue.
 * A classic script (loaded by the content scripts and by the background, after the glue): it
 * defines `BoilerfoldWasm` on the global object of whatever runs it.
 */
(function (global) {
  'use strict';

  /** The glue's `wasm_bindgen`, or undefined if the glue was not loaded. */
  function glue() {
    // The no-modules glue declares a global `let wasm_bindgen` in this world.
    return typeof wasm_bindgen !== 'undefined' ? wasm_bindgen : global.wasm_bindgen;
  }

  /**
   * Fetch, compile and instantiate the core into `bindings` (the glue). The fetch is under way
   * when this returns, so the caller can do other work while it waits.
   */
  async function init(api, bindings) {
    const response = await fetch(api.runtime.getURL('wasm/boilerfold_bg.wasm'));
    if (!response.ok) throw new Error(`wasm fetch: HTTP ${response.status}`);
    const module = await WebAssembly.compile(await response.arrayBuffer());
    bindings.initSync({ module });
  }

  global.BoilerfoldWasm = Object.freeze({ glue, init });
})(globalThis);
