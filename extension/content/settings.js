/*
 * The shim's settings: the categories to fold and this site's switch and "Not clutter" memory
 * (storage.sync, read once, then followed through storage.onChanged; the layout is in
 * common/messages.js), and the keyboard command's override for this page.
 * A classic script (content scripts cannot be modules): it defines `BoilerfoldSettings` on the
 * global object of the content script's world.
 */
(function (global) {
  'use strict';

  const { CATEGORIES_KEY, SITE_PREFIX, DEFAULT_CATEGORIES } = global.BoilerfoldStorage;
  const MAX_KEEP_PER_SITE = 60; // "Not clutter" entries per site (storage.sync item quota)
  const MAX_ITEM_BYTES = 8000; // storage.sync's QUOTA_BYTES_PER_ITEM is 8192, key included

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

    // Writes of this site's entry, one after another (each reads the entry and writes it back).
    let writing = Promise.resolve();

    function updateSite(change) {
      const run = async () => {
        const items = await api.storage.sync.get(siteKey);
        const site = { ...(items[siteKey] || {}) };
        change(site);
        await api.storage.sync.set({ [siteKey]: site });
      };
      writing = writing.then(run, run);
      return writing;
    }

    /** Keep `site.words` to the entries of `site.keep` (none: no `words`). */
    function tidyWords(site, known) {
      site.words = {};
      for (const k of site.keep) if (typeof known[k] === 'string') site.words[k] = known[k];
      if (Object.keys(site.words).length === 0) delete site.words;
    }

    /**
     * "Not clutter" on a bar's folds (`items`: [{root, fold}], already undone): remember them for
     * this site, in one write (the storage change that each write announces must not find the
     * memory half-written), with each block's first words for the options page (the user's own
     * storage; never sent anywhere).
     */
    function rememberKeep(items) {
      const sigs = items.map(({ root, fold }) => signature(root, fold.label));
      for (const sig of sigs) values.keep.add(sig);
      shim.appliedKey = configKey(); // already applied: the folds are undone
      const words = items.map(({ root }) => global.BoilerfoldReport.firstWords(root));
      return updateSite((site) => {
        const known = { ...(site.words && typeof site.words === 'object' ? site.words : {}) };
        sigs.forEach((sig, i) => {
          if (words[i]) known[sig] = words[i];
        });
        const keep = (Array.isArray(site.keep) ? site.keep : []).filter((k) => !sigs.includes(k));
        keep.push(...sigs);
        site.keep = keep.slice(-MAX_KEEP_PER_SITE);
        tidyWords(site, known);
        // The oldest entries go first while the item is over storage.sync's limit per item.
        while (site.keep.length > 1 && itemBytes(site) > MAX_ITEM_BYTES) {
          site.keep = site.keep.slice(1);
          tidyWords(site, known);
        }
      });
    }

    /** Undo of "Not clutter" (the bar's note): forget them again (the folds are made again). */
    function forgetKeep(items) {
      const sigs = items.map(({ root, fold }) => signature(root, fold.label));
      for (const sig of sigs) values.keep.delete(sig);
      shim.appliedKey = configKey(); // already applied: the folds are made again
      return updateSite((site) => {
        site.keep = (Array.isArray(site.keep) ? site.keep : []).filter((k) => !sigs.includes(k));
        tidyWords(site, site.words && typeof site.words === 'object' ? site.words : {});
      });
    }

    /** What storage.sync counts for this site's item: its key and its value as JSON, in bytes. */
    function itemBytes(site) {
      return new TextEncoder().encode(siteKey + JSON.stringify(site)).length;
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

    return { values, enabled, forced, override, configKey, signature, rememberKeep, forgetKeep, load };
  }

  global.BoilerfoldSettings = Object.freeze({ create });
})(globalThis);
