/*
 * The options page: which categories are folded, the sites where Boilerfold is off, and the
 * blocks marked "Not clutter". Everything lives in storage.sync; open pages take the changes
 * live through storage.onChanged. Re-renders whenever storage changes (also from other windows).
 */
(function (global) {
  'use strict';

  const api = global.browser ?? global.chrome;
  const { t, localise } = global.BoilerfoldI18n;
  const { CATEGORIES_KEY, SITE_PREFIX, CATEGORIES, DEFAULT_CATEGORIES } = global.BoilerfoldStorage;
  const doc = global.document;

  // <label class="check"><input type="checkbox" id="cat-<id>" data-category="<id>"><span data-i18n="cat_<id>"></span></label>
  const categoryBoxes = CATEGORIES.map((id) => {
    const label = doc.createElement('label');
    label.className = 'check';
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.id = `cat-${id}`;
    box.dataset.category = id;
    const name = doc.createElement('span');
    name.dataset.i18n = `cat_${id}`;
    label.append(box, ' ', name);
    doc.getElementById('categories').append(label);
    return box;
  });
  const sitesList = doc.getElementById('sites');
  const keepsList = doc.getElementById('keeps');

  function item(primary, secondary, buttonLabel, onRemove) {
    const li = doc.createElement('li');
    const what = doc.createElement('span');
    what.className = 'what';
    const main = doc.createElement('span');
    main.className = 'mono';
    main.textContent = primary;
    what.append(main);
    if (secondary) {
      const sub = doc.createElement('span');
      sub.className = 'muted mono';
      sub.textContent = secondary;
      what.append(sub);
    }
    const remove = doc.createElement('button');
    remove.type = 'button';
    remove.textContent = t('optionsRemove');
    remove.setAttribute('aria-label', buttonLabel);
    remove.addEventListener('click', () => onRemove().catch(() => render()));
    li.append(what, remove);
    return li;
  }

  async function updateSite(host, change) {
    const key = SITE_PREFIX + host;
    const site = { ...((await api.storage.sync.get(key))[key] || {}) };
    change(site);
    if (Array.isArray(site.keep) && site.keep.length === 0) delete site.keep;
    if (Object.keys(site).length === 0) await api.storage.sync.remove(key);
    else await api.storage.sync.set({ [key]: site });
  }

  async function render() {
    const items = await api.storage.sync.get(null);
    const categories = { ...DEFAULT_CATEGORIES, ...(items[CATEGORIES_KEY] || {}) };
    for (const box of categoryBoxes) box.checked = categories[box.dataset.category] !== false;

    const sites = [];
    const keeps = [];
    for (const [key, value] of Object.entries(items)) {
      if (!key.startsWith(SITE_PREFIX) || !value) continue;
      const host = key.slice(SITE_PREFIX.length);
      if (value.off === true) sites.push(host);
      for (const sig of Array.isArray(value.keep) ? value.keep : []) keeps.push([host, sig]);
    }
    sites.sort();
    keeps.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));

    sitesList.replaceChildren(
      ...sites.map((host) =>
        item(host, '', t('optionsRemoveSite', [host]), () => updateSite(host, (site) => delete site.off)),
      ),
    );
    keepsList.replaceChildren(
      ...keeps.map(([host, sig]) =>
        item(host, sig, t('optionsRemoveKept', [host]), () =>
          updateSite(host, (site) => {
            site.keep = (site.keep || []).filter((k) => k !== sig);
          }),
        ),
      ),
    );
    doc.getElementById('sites-empty').hidden = sites.length > 0;
    doc.getElementById('keeps-empty').hidden = keeps.length > 0;
  }

  for (const box of categoryBoxes) {
    box.addEventListener('change', async () => {
      const current = (await api.storage.sync.get(CATEGORIES_KEY))[CATEGORIES_KEY] || {};
      const next = { ...DEFAULT_CATEGORIES, ...current, [box.dataset.category]: box.checked };
      await api.storage.sync.set({ [CATEGORIES_KEY]: next });
    });
  }

  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync') render().catch(() => {});
  });

  localise(doc);
  render().catch(() => {});
})(globalThis);
