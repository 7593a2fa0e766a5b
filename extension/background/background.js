/*
 * Boilerfold background: settings defaults, the per-tab badge, the keyboard command, and a second
 * copy of the core for pages whose CSP stops the content script from compiling WebAssembly.
 *
 * Chrome runs this as the service worker (manifest `background.service_worker`) and loads the
 * glue and the message names with importScripts; Firefox runs it as an event page
 * (`background.scripts`), which lists them before this file. It keeps no state that matters
 * across restarts: settings live in storage.sync, and each tab's content script reports its
 * counts again whenever they change.
 */
'use strict';

if (typeof importScripts === 'function' && typeof globalThis.BoilerfoldMessages === 'undefined') {
  importScripts('../wasm/boilerfold.js', '../shared/messages.js');
}

(function (global) {
  const api = global.browser ?? global.chrome;
  const { CS_BG_STATUS, CS_BG_INIT, CS_BG_CLASSIFY, BG_CS_TOGGLE } = global.BoilerfoldMessages;
  const { CATEGORIES_KEY, DEFAULT_CATEGORIES } = global.BoilerfoldStorage;
  const BADGE_COLOR = '#2563eb';
  const TOGGLE_COMMAND = 'toggle-page';

  let corePromise = null;

  function glue() {
    return typeof wasm_bindgen !== 'undefined' ? wasm_bindgen : global.wasm_bindgen;
  }

  /**
   * Load the core once, on first need (most pages never need it here). Fetching our own
   * packaged file reads it from the extension package; it is not a network request.
   */
  function ensureCore() {
    if (!corePromise) {
      corePromise = (async () => {
        const start = performance.now();
        const bindings = glue();
        if (!bindings) throw new Error('wasm glue not loaded in the background');
        const response = await fetch(api.runtime.getURL('wasm/boilerfold_bg.wasm'));
        if (!response.ok) throw new Error(`wasm fetch: HTTP ${response.status}`);
        const module = await WebAssembly.compile(await response.arrayBuffer());
        bindings.initSync({ module });
        return { bindings, ms: performance.now() - start };
      })();
      corePromise.catch(() => {
        corePromise = null;
      });
    }
    return corePromise;
  }

  function errorText(err) {
    return String(err && err.message ? err.message : err);
  }

  function setBadge(tabId, message) {
    if (typeof tabId !== 'number' || tabId < 0) return;
    const text = message.state === 'ready' && message.folds > 0 ? String(message.folds) : '';
    Promise.resolve(api.action.setBadgeText({ tabId, text })).catch(() => {});
  }

  async function classify(message) {
    const { bindings } = await ensureCore();
    const parents = Int32Array.from(message.parents || []);
    return bindings.classifyWire(parents, String(message.packed || ''), String(message.options || ''));
  }

  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!message || sender.id !== api.runtime.id) return false;
    switch (message.type) {
      case CS_BG_STATUS:
        setBadge(sender.tab && sender.tab.id, message);
        return false;
      case CS_BG_INIT:
        ensureCore().then(
          ({ ms }) => sendResponse({ ok: true, ms }),
          (err) => sendResponse({ ok: false, error: errorText(err) }),
        );
        return true;
      case CS_BG_CLASSIFY:
        classify(message).then(
          (verdict) => sendResponse({ ok: true, verdict }),
          (err) => sendResponse({ ok: false, error: errorText(err) }),
        );
        return true;
      default:
        return false;
    }
  });

  api.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    (async () => {
      let tabId = tab && tab.id;
      if (typeof tabId !== 'number') {
        const [active] = await api.tabs.query({ active: true, currentWindow: true });
        tabId = active && active.id;
      }
      if (typeof tabId === 'number') await api.tabs.sendMessage(tabId, { type: BG_CS_TOGGLE });
    })().catch(() => {
      // No content script in that tab (a browser page, a PDF): nothing to toggle.
    });
  });

  // A new document in the tab: its content script reports afresh (if it runs at all there).
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') setBadge(tabId, { state: 'loading', folds: 0 });
  });

  api.runtime.onInstalled.addListener(() => {
    (async () => {
      const items = await api.storage.sync.get(CATEGORIES_KEY);
      if (!items[CATEGORIES_KEY]) await api.storage.sync.set({ [CATEGORIES_KEY]: { ...DEFAULT_CATEGORIES } });
    })().catch(() => {});
  });

  Promise.resolve(api.action.setBadgeBackgroundColor({ color: BADGE_COLOR })).catch(() => {});
})(globalThis);
