/*
 * The toolbar popup: this site on/off, what is folded on this page, "Show all" and "Fold again",
 * "Report a mistake" (popup/report.js).
 * Talks to the tab's content script (popup-cs-*) and writes the site switch to storage.sync,
 * which the content script hears through storage.onChanged. `?tab=<id>` picks the tab (tests
 * open the popup in a tab of its own); otherwise it is the active tab of this window.
 */
(function (global) {
  'use strict';

  const api = global.browser ?? global.chrome;
  const { t, localise } = global.BoilerfoldI18n;
  const { CS_BG_STATUS, POPUP_CS_STATUS, POPUP_CS_SHOW_ALL, POPUP_CS_FOLD_AGAIN, POPUP_CS_REPORT } = global.BoilerfoldMessages;
  const { SITE_PREFIX, CATEGORIES } = global.BoilerfoldStorage;
  const doc = global.document;

  // One count row per category: <div><dt data-i18n="cat_<id>"></dt><dd id="count-<id>">0</dd></div>
  for (const label of CATEGORIES) {
    const row = doc.createElement('div');
    const name = doc.createElement('dt');
    name.dataset.i18n = `cat_${label}`;
    const count = doc.createElement('dd');
    count.id = `count-${label}`;
    count.textContent = '0';
    row.append(name, count);
    doc.getElementById('counts').append(row);
  }

  const siteLine = doc.getElementById('site');
  const siteEnabled = doc.getElementById('site-enabled');
  const statusLine = doc.getElementById('status');
  const showAll = doc.getElementById('show-all');
  const foldAgain = doc.getElementById('fold-again');
  const reportButton = doc.getElementById('report');
  const reportDone = doc.getElementById('report-done');
  const reportFile = doc.getElementById('report-file');
  const openOptions = doc.getElementById('open-options');

  const tabParam = new URLSearchParams(global.location.search).get('tab');
  let tabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
  let host = null;

  // "clearing": off, its last bars being taken out of a huge page (content/toggle.js).
  // "skipped": the pre-check found no article (content/precheck.js).
  const STATE_MESSAGES = {
    off: 'popupStateOff',
    clearing: 'popupStateOff',
    error: 'popupStateError',
    idle: 'popupStateWorking',
    skipped: 'popupStateSkipped',
  };

  // The switch and "Show all" start disabled (popup.html) until the tab's first status: a click
  // before it had no site to write to, and the status then unticked the box again (seen in the
  // hostile suite: the 50 MB page's content script in Firefox answered late).
  function render(status) {
    host = status.host;
    siteLine.textContent = host;
    siteEnabled.disabled = false;
    siteEnabled.checked = status.siteEnabled;
    for (const label of CATEGORIES) {
      doc.getElementById(`count-${label}`).textContent = String(status.counts[label] || 0);
    }
    const ready = status.state === 'ready';
    const folds = ready ? status.folds : 0;
    // Folds the reader opened (Show all, or a bar's Show); an older content script sends none.
    const opened = ready && Number.isInteger(status.open) ? Math.min(status.open, folds) : 0;
    showAll.disabled = folds === 0 || opened === folds;
    foldAgain.hidden = opened === 0;
    reportButton.disabled = false;
    if (ready) {
      if (folds === 0) statusLine.textContent = t('popupStateNothing');
      else if (opened > 0) statusLine.textContent = t('popupStateFoldedOpen', [String(folds), String(opened)]);
      else statusLine.textContent = t('popupStateFolded', [String(folds)]);
    } else if ((status.state === 'off' || status.state === 'clearing') && !status.siteEnabled) {
      // Off for the whole site (the box above), not just this page (the keyboard shortcut).
      statusLine.textContent = t('popupStateSiteOff');
    } else {
      statusLine.textContent = t(STATE_MESSAGES[status.state] || 'popupStateWorking');
    }
  }

  function renderUnavailable() {
    siteLine.textContent = '';
    siteEnabled.disabled = true;
    showAll.disabled = true;
    foldAgain.hidden = true;
    reportButton.disabled = true;
    statusLine.textContent = t('popupUnavailable');
  }

  async function ask(type) {
    if (typeof tabId !== 'number') throw new Error('no tab');
    const status = await api.tabs.sendMessage(tabId, { type });
    if (!status || typeof status.host !== 'string') throw new Error('no answer');
    return status;
  }

  async function refresh() {
    try {
      render(await ask(POPUP_CS_STATUS));
    } catch {
      renderUnavailable();
    }
  }

  async function setSiteEnabled(on) {
    if (!host) return;
    const key = SITE_PREFIX + host;
    const site = { ...((await api.storage.sync.get(key))[key] || {}) };
    if (on) delete site.off;
    else site.off = true;
    if (Object.keys(site).length === 0) await api.storage.sync.remove(key);
    else await api.storage.sync.set({ [key]: site });
  }

  siteEnabled.addEventListener('change', () => {
    setSiteEnabled(siteEnabled.checked).catch(() => refresh());
  });

  showAll.addEventListener('click', () => {
    ask(POPUP_CS_SHOW_ALL).then(render, renderUnavailable);
  });

  foldAgain.addEventListener('click', () => {
    ask(POPUP_CS_FOLD_AGAIN).then(render, renderUnavailable);
  });

  let reportUrl = null;
  reportButton.addEventListener('click', async () => {
    try {
      if (typeof tabId !== 'number') throw new Error('no tab');
      const answer = await api.tabs.sendMessage(tabId, { type: POPUP_CS_REPORT });
      if (!answer || !Array.isArray(answer.folds)) throw new Error('no answer');
      const { build, save } = global.BoilerfoldPopupReport;
      const saved = save(doc, await build(answer, host), host);
      if (reportUrl) URL.revokeObjectURL(reportUrl);
      reportUrl = saved.url;
      reportFile.href = saved.url;
      reportFile.download = saved.name;
      reportFile.textContent = saved.name;
      reportDone.hidden = false;
    } catch {
      renderUnavailable();
    }
  });

  openOptions.addEventListener('click', () => {
    Promise.resolve(api.runtime.openOptionsPage()).catch(() => {});
  });

  // The content script reports every change (folds made, opened, turned off) to the extension.
  api.runtime.onMessage.addListener((message, sender) => {
    if (message && message.type === CS_BG_STATUS && sender.tab && sender.tab.id === tabId) render(message);
    return false;
  });

  async function start() {
    localise(doc);
    if (tabId === null) {
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      tabId = tab ? tab.id : null;
    }
    await refresh();
  }

  start().catch(renderUnavailable);
})(globalThis);
