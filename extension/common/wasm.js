/*
 * Loading the wasm core, the same in the content script and in the background: fetch the
 * packaged wasm/boilerfold_bg.wasm (a read from the extension package, not a network request),
 * compile it and hand the module to the no-modules glue. Each phase is a User Timing measure
 * (boilerfold:wasm-fetch, boilerfold:wasm-compile, boilerfold:wasm-instantiate; with streaming,
 * fetch and compile overlap and are one measure, boilerfold:wasm-fetch-compile), so that
 * `make bench` can say where start-up goes.
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

  function measure(name, start) {
    try {
      performance.measure(name, { start, end: performance.now() });
    } catch {
      // User Timing is a report: its absence must not stop loading.
    }
  }

  /** The packaged core's address. */
  function url(api) {
    return api.runtime.getURL('wasm/boilerfold_bg.wasm');
  }

  /** The core's bytes from wasm/boilerfold_bytes.js (content scripts), or null. */
  function packagedBytes() {
    const b64 = global.BoilerfoldWasmBytes;
    if (typeof b64 !== 'string') return null;
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
    const raw = atob(b64);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  /**
   * Compile the core: from the bytes the content script was given (boilerfold_bytes.js: no
   * fetch), else streamed (compileStreaming compiles while the bytes arrive), or, where the
   * browser refuses to stream the response (no application/wasm type), fetched whole and then
   * compiled. Any other error (a page CSP that forbids compiling) is the caller's.
   */
  async function compile(api) {
    let t = performance.now();
    const packaged = packagedBytes();
    if (packaged) {
      measure('boilerfold:wasm-decode', t);
      t = performance.now();
      const module = await WebAssembly.compile(packaged);
      measure('boilerfold:wasm-compile', t);
      return module;
    }
    if (typeof WebAssembly.compileStreaming === 'function') {
      try {
        const module = await WebAssembly.compileStreaming(fetch(url(api)));
        measure('boilerfold:wasm-fetch-compile', t);
        return module;
      } catch (err) {
        if (!(err instanceof TypeError)) throw err;
        t = performance.now();
      }
    }
    const response = await fetch(url(api));
    if (!response.ok) throw new Error(`wasm fetch: HTTP ${response.status}`);
    const bytes = await response.arrayBuffer();
    measure('boilerfold:wasm-fetch', t);
    t = performance.now();
    const module = await WebAssembly.compile(bytes);
    measure('boilerfold:wasm-compile', t);
    return module;
  }

  /**
   * Compile and instantiate the core into `bindings` (the glue). `compiling`, if given, is a
   * compile() already under way (started as early as the caller could).
   */
  async function init(api, bindings, compiling = null) {
    const module = await (compiling || compile(api));
    const t = performance.now();
    bindings.initSync({ module });
    measure('boilerfold:wasm-instantiate', t);
  }

  global.BoilerfoldWasm = Object.freeze({ glue, compile, init });
})(globalThis);
