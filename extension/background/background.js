/*
 * Boilerfold background: settings defaults, the first-run page, the per-tab badge, the keyboard
 * command, and a second copy of the core for pages whose CSP stops the content script from
 * compiling WebAssembly.
 *
 * Chrome runs this as the service worker (manifest `background.service_worker`) and loads the
 * glue, the message names and the core's loader with importScripts; Firefox runs it as an event
 * page (`background.scripts`), which lists them before this file. It keeps no state that matters
 * across restarts: settings live in storage.sync, and each tab's content script reports its
 * counts again whenever they change.
 */
'use strict';

if (typeof importScripts === 'function' && typeof globalThis.BoilerfoldMessages === 'undefined') {
  importScripts('../wasm/boilerfold.js', '../wasm/shared.js', '../common/messages.js', '../common/wasm.js');
}

(function (global) {
  const api = global.browser ?? global.chrome;
  const { CS_BG_STATUS, CS_BG_INIT, CS_BG_CLASSIFY, CS_BG_PART, BG_CS_TOGGLE } = global.BoilerfoldMessages;
  const { CATEGORIES_KEY, DEFAULT_CATEGORIES } = global.BoilerfoldStorage;
  const BADGE_COLOR = '#2563eb';
  const TOGGLE_COMMAND = 'toggle-page';
  const WELCOME_PAGE = 'welcome/welcome.html';
  // Page tables sent in parts (CS_BG_PART) wait here until their CS_BG_CLASSIFY. A table is
  // dropped when it is classified, when it has not been touched for TABLE_TTL_MS (the tab
  // closed mid-collection), or when its frame starts more than MAX_TABLES_PER_FRAME (a page
  // and a big late addition may be on their way at once; more is an abandoned pass).
  // MAX_TABLE_CHARS caps one table (a 50 MB page makes ~55 M characters; V8's longest string
  // is ~536 M).
  const TABLE_TTL_MS = 120_000;
  const MAX_TABLES_PER_FRAME = 3;
  const MAX_TABLE_CHARS = 200_000_000;
  const RECORD_SEP = '\u001e';

  let corePromise = null;
  /** `${tab}:${frame}|${table id}` → {frame, parts: [{parents, packed}], chars, touched} */
  const tables = new Map();

  /**
   * Load the core once, on first need (most pages never need it here), as the content script
   * does (common/wasm.js).
   */
  function ensureCore() {
    if (!corePromise) {
      corePromise = (async () => {
        const start = performance.now();
        const bindings = global.BoilerfoldWasm.glue();
        if (!bindings) throw new Error('wasm glue not loaded in the background');
        await global.BoilerfoldWasm.init(api, bindings);
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

  function frameKey(sender) {
    return `${sender.tab ? sender.tab.id : -1}:${sender.frameId ?? 0}`;
  }

  /** A part's parents, sent as decimal numbers joined by commas. */
  function parseParents(text) {
    if (text === '') return new Int32Array(0);
    const list = text.split(',');
    const out = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const n = Number(list[i]);
      if (!Number.isInteger(n)) throw new Error(`bad parent index ${JSON.stringify(list[i].slice(0, 20))}`);
      out[i] = n;
    }
    return out;
  }

  /** Keep one part of a page table (CS_BG_PART). Throws if the table is too big. */
  function addPart(message, sender) {
    const now = Date.now();
    for (const [key, t] of tables) if (now - t.touched > TABLE_TTL_MS) tables.delete(key);
    const frame = frameKey(sender);
    const key = `${frame}|${message.table}`;
    let table = tables.get(key);
    if (!table) {
      const mine = [...tables].filter(([, t]) => t.frame === frame).sort((a, b) => a[1].touched - b[1].touched);
      while (mine.length >= MAX_TABLES_PER_FRAME) tables.delete(mine.shift()[0]);
      table = { frame, parts: [], chars: 0, touched: now };
      tables.set(key, table);
    }
    const packed = String(message.packed ?? '');
    const parents = parseParents(String(message.parents ?? ''));
    table.chars += packed.length;
    if (table.chars > MAX_TABLE_CHARS) {
      tables.delete(key);
      throw new Error(`page table over ${MAX_TABLE_CHARS} characters`);
    }
    const seq = message.seq;
    if (!Number.isInteger(seq) || seq < 0 || seq > table.parts.length + 1000) throw new Error(`bad part number ${seq}`);
    table.parts[seq] = { parents, packed };
    table.touched = now;
  }

  /** The parts of table `id` joined into one table, and forgotten here. */
  function joinParts(sender, id, count) {
    const key = `${frameKey(sender)}|${id}`;
    const table = tables.get(key);
    if (!table) throw new Error('page table parts not found');
    tables.delete(key);
    const parts = table.parts;
    for (let i = 0; i < Math.max(count, parts.length); i++) {
      // (A loop, not parts.some: that skips the holes a lost part leaves.)
      if (!parts[i] || i >= count) throw new Error(`page table incomplete: part ${i} of ${count}`);
    }
    let length = 0;
    for (const p of parts) length += p.parents.length;
    const parents = new Int32Array(length);
    let at = 0;
    for (const p of parts) {
      parents.set(p.parents, at);
      at += p.parents.length;
    }
    return { parents, packed: parts.map((p) => p.packed).join(RECORD_SEP) };
  }

  async function classify(message, sender) {
    const { parents, packed } = joinParts(sender, message.table, message.parts);
    const { bindings } = await ensureCore();
    return bindings.classifyWire(parents, packed, String(message.options || ''));
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
      case CS_BG_PART:
        try {
          addPart(message, sender);
          sendResponse({ ok: true });
        } catch (err) {
          sendResponse({ ok: false, error: errorText(err) });
        }
        return false;
      case CS_BG_CLASSIFY:
        classify(message, sender).then(
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

  api.runtime.onInstalled.addListener((details) => {
    (async () => {
      const items = await api.storage.sync.get(CATEGORIES_KEY);
      if (!items[CATEGORIES_KEY]) await api.storage.sync.set({ [CATEGORIES_KEY]: { ...DEFAULT_CATEGORIES } });
    })().catch(() => {});
    // The first-run page, once: on install, not on updates or browser updates. tabs.create
    // needs no permission.
    if (details && details.reason === 'install') {
      Promise.resolve(api.tabs.create({ url: api.runtime.getURL(WELCOME_PAGE) })).catch(() => {});
    }
  });

  Promise.resolve(api.action.setBadgeBackgroundColor({ color: BADGE_COLOR })).catch(() => {});
})(globalThis);
