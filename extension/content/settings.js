/*
 * The shim's settings: the categories to fold and this site's switch and "Not clutter" memory
 * (storage.sync, read once, then followed through storage.onChanged), and the keyboard
 * command's override for this page.
 * A classic script (content scripts cannot be modules): it defines `BoilerfoldSettings` on the
 * global object of the content script's world.
 */
(function (global) {
  'use strict';

  const { CATEGORIES_KEY, SITE_PREFIX, DEFAULT_CATEGORIES } = global.BoilerfoldStorage;
  const MAX_KEEP_PER_SITE = 60; // "Not clutter" entries per site (storage.sync item quota)

  /** The settings of one shim (main.js: `shim`); a change calls shim.toggle.reconcile. */
  function create(shim) {
    const { api, doc } = shim;
    const siteKey = SITE_PREFIX + global.location.hostname;
    const values = { categories: { ...DEFAULT_CATEGORIES }, siteOff: false, keep: new Set() };
    let pageOverride = null; // true/false once the keyboard command toggled this page

    /** Whether Boilerfold is on for this page. */
    function enabled() {
      return pageOverride ?? !values.siteOff;
    }

    /** Whether the keyboard command turned this page on (folding even a page not an article). */
    function forced() {
      return pageOverride === true;
    }

    /** The keyboard command turned this page on (true) or off (false). */
    function override(on) {
      pageOverride = on;
    }

    /** The settings that decide which folds are made, as a string to compare. */
    function configKey() {
      return JSON.stringify([values.categories, [...values.keep].sort()]);
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

    function read(items) {
      if (CATEGORIES_KEY in items) {
        values.categories = { ...DEFAULT_CATEGORIES, ...(items[CATEGORIES_KEY] || {}) };
      }
      if (siteKey in items) {
        const site = items[siteKey] || {};
        values.siteOff = site.off === true;
        values.keep = new Set(Array.isArray(site.keep) ? site.keep : []);
      }
    }

    /** "Not clutter" on a fold: remember it for this site (the fold is already undone). */
    async function rememberKeep(root, fold) {
      const sig = signature(root, fold.label);
      values.keep.add(sig);
      shim.appliedKey = configKey(); // already applied: the fold is undone
      const items = await api.storage.sync.get(siteKey);
      const site = { ...(items[siteKey] || {}) };
      const keep = (Array.isArray(site.keep) ? site.keep : []).filter((k) => k !== sig);
      keep.push(sig);
      site.keep = keep.slice(-MAX_KEEP_PER_SITE);
      await api.storage.sync.set({ [siteKey]: site });
    }

    function onStorageChanged(changes, area) {
      if (area !== 'sync' || !(CATEGORIES_KEY in changes || siteKey in changes)) return;
      const items = {};
      for (const key of Object.keys(changes)) items[key] = changes[key].newValue;
      if (siteKey in changes && items[siteKey] === undefined) items[siteKey] = {};
      read(items);
      shim.guard(shim.toggle.reconcile);
    }

    /** Read the settings, then follow their changes. Rejects if storage is unavailable. */
    async function load() {
      read(await api.storage.sync.get([CATEGORIES_KEY, siteKey]));
      api.storage.onChanged.addListener(onStorageChanged);
    }

    return { values, enabled, forced, override, configKey, signature, rememberKeep, load };
  }

  global.BoilerfoldSettings = Object.freeze({ create });
})(globalThis);
