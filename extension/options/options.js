/*
 * The options page: which categories are folded (common/categories.js), the sites where
 * Boilerfold is off, and the blocks marked "Not clutter". Everything lives in storage.sync
 * (layout: common/messages.js); open pages take the changes live through storage.onChanged.
 * Re-renders whenever storage changes (also from other windows).
 */
(function (global) {
  'use strict';

  const api = global.browser ?? global.chrome;
  const { t, localise } = global.BoilerfoldI18n;
  const { SITE_PREFIX } = global.BoilerfoldStorage;
  const doc = global.document;

  global.BoilerfoldCategoryToggles.mount(doc.getElementById('categories'));
  const sitesList = doc.getElementById('sites');
  const keepsList = doc.getElementById('keeps');

  function span(className, text) {
    const s = doc.createElement('span');
    if (className) s.className = className;
    if (text !== undefined) s.textContent = text;
    return s;
  }

  /** One list entry: `what` (elements) and a button named `buttonText`, `buttonLabel` for AT. */
  function item(what, buttonText, buttonLabel, onPress) {
    const li = doc.createElement('li');
    const box = span('what');
    box.append(...what);
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = buttonText;
    button.setAttribute('aria-label', buttonLabel);
    button.addEventListener('click', () => onPress().catch(() => render()));
    li.append(box, button);
    return li;
  }

  /**
   * A "Not clutter" entry as the reader knows it: "Comments · “first words…” · example.com";
   * the selector-like path the content script matches only behind a details toggle. Entries
   * saved before the words were kept show the category and the site.
   */
  function keptEntry(host, sig, words) {
    const space = sig.indexOf(' ');
    const label = space > 0 ? sig.slice(0, space) : sig;
    const path = space > 0 ? sig.slice(space + 1) : '';
    const line = span('kept');
    const category = global.BoilerfoldStorage.CATEGORIES.includes(label) ? t(`cat_${label}`) : label;
    const parts = [span('category', category)];
    if (words) parts.push(span('words', t('optionsKeptWords', [words])));
    parts.push(span('host muted', host));
    parts.forEach((part, i) => {
      if (i > 0) line.append(span('sep muted', ' · '));
      line.append(part);
    });
    const what = [line];
    if (path) {
      const details = doc.createElement('details');
      const summary = doc.createElement('summary');
      summary.textContent = t('optionsKeptWhere');
      const code = doc.createElement('code');
      code.className = 'mono';
      code.textContent = path;
      details.append(summary, code);
      what.push(details);
    }
    return what;
  }

  async function updateSite(host, change) {
    const key = SITE_PREFIX + host;
    const site = { ...((await api.storage.sync.get(key))[key] || {}) };
    change(site);
    if (Array.isArray(site.keep) && site.keep.length === 0) delete site.keep;
    if (site.words && typeof site.words === 'object') {
      const keep = new Set(site.keep || []);
      site.words = Object.fromEntries(Object.entries(site.words).filter(([k]) => keep.has(k)));
      if (Object.keys(site.words).length === 0) delete site.words;
    }
    if (Object.keys(site).length === 0) await api.storage.sync.remove(key);
    else await api.storage.sync.set({ [key]: site });
  }

  async function render() {
    const items = await api.storage.sync.get(null);
    const sites = [];
    const keeps = [];
    for (const [key, value] of Object.entries(items)) {
      if (!key.startsWith(SITE_PREFIX) || !value) continue;
      const host = key.slice(SITE_PREFIX.length);
      if (value.off === true) sites.push(host);
      const words = value.words && typeof value.words === 'object' ? value.words : {};
      const list = Array.isArray(value.keep) ? value.keep : [];
      // Newest first within a site (rememberKeep appends).
      list.forEach((sig, i) => keeps.push({ host, sig, words: typeof words[sig] === 'string' ? words[sig] : '', order: i }));
    }
    sites.sort();
    keeps.sort((a, b) => a.host.localeCompare(b.host) || b.order - a.order);

    sitesList.replaceChildren(
      ...sites.map((host) =>
        item([span('mono', host)], t('optionsTurnOn'), t('optionsRemoveSite', [host]), () =>
          updateSite(host, (site) => delete site.off),
        ),
      ),
    );
    keepsList.replaceChildren(
      ...keeps.map(({ host, sig, words }) =>
        item(keptEntry(host, sig, words), t('optionsRemove'), t('optionsRemoveKept', [host]), () =>
          updateSite(host, (site) => {
            site.keep = (site.keep || []).filter((k) => k !== sig);
          }),
        ),
      ),
    );
    doc.getElementById('sites-empty').hidden = sites.length > 0;
    doc.getElementById('keeps-empty').hidden = keeps.length > 0;
  }

  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync') render().catch(() => {});
  });

  localise(doc);
  render().catch(() => {});
})(globalThis);
