/*
 * "Report a mistake": the page's folds, as the content script describes them (POPUP_CS_REPORT,
 * content/report.js), with the date, the extension's version and the browser, saved as a local
 * JSON file through an <a download> click. Nothing is sent anywhere: the user decides whether to
 * attach the file to a bug report. No `downloads` permission: a Blob's object URL downloads
 * from the extension's own page.
 * Defines `BoilerfoldPopupReport` on the popup's global object.
 */
(function (global) {
  'use strict';

  const api = global.browser ?? global.chrome;
  const FORMAT = 1; // bump when the file's shape changes

  /** The browser's name and version: Firefox says so (runtime.getBrowserInfo), others by brand. */
  async function browserInfo() {
    const nav = global.navigator;
    if (typeof api.runtime.getBrowserInfo === 'function') {
      const info = await api.runtime.getBrowserInfo();
      return `${info.name} ${info.version}`;
    }
    const brands = nav.userAgentData && Array.isArray(nav.userAgentData.brands) ? nav.userAgentData.brands : [];
    const named = brands.filter((b) => !/not.?a.?brand/i.test(b.brand)).map((b) => `${b.brand} ${b.version}`);
    return named.length ? named.join(', ') : nav.userAgent;
  }

  function pad(n) {
    return String(n).padStart(2, '0');
  }

  /** `boilerfold-report-<host>-<yyyymmdd>-<hhmmss>.json`, in local time. */
  function fileName(host, date) {
    const day = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
    const time = `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
    const safeHost = String(host || 'page').replace(/[^a-z0-9.-]/gi, '_');
    return `boilerfold-report-${safeHost}-${day}-${time}.json`;
  }

  /** The report as an object, from the content script's answer and what the popup knows. */
  async function build(answer, host) {
    const manifest = api.runtime.getManifest();
    return {
      format: FORMAT,
      url: answer.url,
      date: new Date().toISOString(),
      extension: { name: 'Boilerfold', version: manifest.version },
      browser: await browserInfo(),
      platform: global.navigator.platform || '',
      language: api.i18n.getUILanguage(),
      state: answer.state,
      core: answer.core,
      host,
      folds: Array.isArray(answer.folds) ? answer.folds : [],
      left: Array.isArray(answer.left) ? answer.left : [],
    };
  }

  /**
   * Save `report` as a file: returns {name, url}. The object URL stays valid while the popup is
   * open (the link shown after it saves the file again; the caller revokes it for a new report):
   * Firefox may still be reading the blob when the click returns.
   */
  function save(doc, report, host) {
    const name = fileName(host, new Date());
    const blob = new Blob([JSON.stringify(report, null, 2) + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = doc.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    doc.body.append(a);
    a.click();
    a.remove();
    return { name, url };
  }

  global.BoilerfoldPopupReport = Object.freeze({ build, save, fileName });
})(globalThis);
