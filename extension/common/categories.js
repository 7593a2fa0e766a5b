/*
 * The "What to fold" checkboxes, one per clutter category of the core's registry, bound to
 * storage.sync's `categories` (common/messages.js BoilerfoldStorage): used by the options page
 * and the first-run page. Open pages follow changes made elsewhere through storage.onChanged.
 * Defines `BoilerfoldCategoryToggles` on the page's global object.
 */
(function (global) {
  'use strict';

  const api = global.browser ?? global.chrome;
  const { CATEGORIES_KEY, CATEGORIES, DEFAULT_CATEGORIES } = global.BoilerfoldStorage;

  /**
   * Fill `container` with the checkboxes (`<label class="check"><input type="checkbox"
   * id="cat-<id>" data-category="<id>"><span data-i18n="cat_<id>"></span></label>`; the page
   * localises them) and keep them in step with storage. Returns the boxes.
   */
  function mount(container) {
    const doc = container.ownerDocument;
    const boxes = CATEGORIES.map((id) => {
      const label = doc.createElement('label');
      label.className = 'check';
      const box = doc.createElement('input');
      box.type = 'checkbox';
      box.id = `cat-${id}`;
      box.dataset.category = id;
      const name = doc.createElement('span');
      name.dataset.i18n = `cat_${id}`;
      label.append(box, ' ', name);
      container.append(label);
      box.addEventListener('change', async () => {
        const current = (await api.storage.sync.get(CATEGORIES_KEY))[CATEGORIES_KEY] || {};
        const next = { ...DEFAULT_CATEGORIES, ...current, [id]: box.checked };
        await api.storage.sync.set({ [CATEGORIES_KEY]: next });
      });
      return box;
    });
    const show = (stored) => {
      const categories = { ...DEFAULT_CATEGORIES, ...(stored || {}) };
      for (const box of boxes) box.checked = categories[box.dataset.category] !== false;
    };
    api.storage.sync.get(CATEGORIES_KEY).then((items) => show(items[CATEGORIES_KEY]), () => show(null));
    api.storage.onChanged.addListener((changes, area) => {
      if (area === 'sync' && CATEGORIES_KEY in changes) show(changes[CATEGORIES_KEY].newValue);
    });
    return boxes;
  }

  global.BoilerfoldCategoryToggles = Object.freeze({ mount });
})(globalThis);
