/*
 * Firefox ESR through selenium-webdriver + geckodriver, headless, with build/extension/ installed
 * as a temporary add-on. Exposes the same driver interface as chromium-driver.mjs.
 *
 * The extension's moz-extension:// UUID is random per profile; the pref
 * `extensions.webextensions.uuids` pins it for the manifest's add-on id, so the tests know the
 * popup's URL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Builder, By, Key } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { EXT_DIR, TIMEOUT, addonId, pickTab, waitFor } from './common.mjs';
import { scriptFor } from './inpage.mjs';

export const EXTENSION_UUID = '6f0a3c1e-2b7d-4e59-9c84-b01fe1d0e2a7';

function which(name) {
  const dirs = [path.join(os.homedir(), '.cargo/bin'), ...(process.env.PATH || '').split(':')];
  for (const d of dirs) {
    const f = path.join(d, name);
    if (d && fs.existsSync(f)) return f;
  }
  return null;
}

/**
 * Runs in the browser's chrome context (memory() below): collect garbage and cycles in the
 * content processes, then sum the memory reports of the page at `pageUrl` and of the content
 * scripts of add-on `addon` in it. Report paths write a URL's slashes as backslashes.
 */
function memoryInChrome(pageUrl, addon, done) {
  /* global Services, Cc, Ci -- the chrome context's globals */
  const url = pageUrl.split('/').join('\\');
  const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  (async () => {
    for (const topic of ['child-gc-request', 'child-cc-request', 'child-gc-request']) {
      Services.obs.notifyObservers(null, topic);
      await settle(500);
    }
    const manager = Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager);
    const sums = { shim: 0, dom: 0 };
    const report = (process, reportPath, kind, units, amount) => {
      if (units !== Ci.nsIMemoryReporter.UNITS_BYTES || !reportPath.startsWith('explicit/')) return;
      if (reportPath.includes(url) && reportPath.includes('Content Script "') && reportPath.includes(`(ID: ${addon},`)) sums.shim += amount;
      if (reportPath.startsWith(`explicit/window-objects/top(${url}`) && reportPath.includes('/dom/')) sums.dom += amount;
    };
    manager.getReports(report, null, () => done(sums), null, false);
  })().catch((err) => done({ error: String(err) }));
}
const MEMORY_SCRIPT = `(${memoryInChrome})(...arguments)`;

export function firefoxBinary() {
  return process.env.BOILERFOLD_FIREFOX || which('firefox-esr') || which('firefox');
}

export function geckodriverBinary() {
  return process.env.BOILERFOLD_GECKODRIVER || which('geckodriver');
}

/**
 * The extension opens its first-run page once, on install (background.js), in a new tab that
 * Firefox selects: wait for it (up to `timeout` ms), close it and select the main tab again (a
 * background tab's timers are throttled), and return its URL (null if none opened). `before`:
 * the window handles before the add-on was installed.
 */
export async function closeFirstRunTab(driver, mainHandle, before, timeout = 15_000) {
  const end = Date.now() + timeout;
  let found = null;
  while (found === null && Date.now() < end) {
    for (const handle of await driver.getAllWindowHandles()) {
      if (before.includes(handle)) continue;
      await driver.switchTo().window(handle);
      const url = await driver.getCurrentUrl();
      if (/^moz-extension:\/\/[^/]+\/welcome\/welcome\.html$/.test(url)) {
        found = url;
        await driver.close();
        break;
      }
    }
    if (found === null) await new Promise((r) => setTimeout(r, 100));
  }
  await driver.switchTo().window(mainHandle);
  return found;
}

/**
 * Launch Firefox with the extension. Requests that leave loopback go to the recording proxy on
 * `proxyPort` (Firefox never proxies localhost while network.proxy.allow_hijacking_localhost is
 * false), which is how the privacy check sees them: WebDriver has no request log here.
 * `extension: false` leaves the add-on out (a plain browser, for checks of the page alone).
 */
export async function launchFirefoxWithExtension({ proxyPort, extension = true }) {
  const binary = firefoxBinary();
  const gecko = geckodriverBinary();
  if (!binary) throw new Error('firefox-esr not found (scripts/setup.sh installs it)');
  if (!gecko) throw new Error('geckodriver not found in ~/.cargo/bin or PATH (scripts/setup.sh installs it)');
  const id = addonId();
  const options = new firefox.Options().setBinary(binary).addArguments('-headless').windowSize({ width: 1280, height: 900 });
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.no_proxies_on': '',
    // Quiet the browser's own background traffic on a machine without network.
    'app.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.search.update': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.ping-centre.telemetry': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
  };
  for (const [k, v] of Object.entries(prefs)) options.setPreference(k, v);
  // System access lets the tests open the popup page in a tab from the browser's chrome
  // context: WebDriver itself may not navigate a tab to a moz-extension:// URL.
  const service = new firefox.ServiceBuilder(gecko).addArguments('--allow-system-access');
  const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
  await driver.manage().setTimeouts({ script: TIMEOUT, pageLoad: TIMEOUT, implicit: 0 });
  // installAddon zips a directory itself (selenium-webdriver/firefox.js); a temporary add-on
  // needs no signature.
  const mainHandle = await driver.getWindowHandle();
  const before = await driver.getAllWindowHandles();
  if (extension) await driver.installAddon(EXT_DIR, true);
  const base = `moz-extension://${EXTENSION_UUID}/`;
  const welcome = extension ? await closeFirstRunTab(driver, mainHandle, before) : null;
  let popupHandle = null;

  const inMain = () => driver.switchTo().window(mainHandle);
  // The popup lives in a second tab, opened once from the chrome context; later it navigates
  // itself (an extension page may load its own pages).
  const openPopup = async (url) => {
    if (popupHandle === null) {
      const before = await driver.getAllWindowHandles();
      await driver.setContext(firefox.Context.CHROME);
      try {
        await driver.executeScript(
          'const win = Services.wm.getMostRecentWindow("navigator:browser");' +
            'win.gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });',
          url,
        );
      } finally {
        await driver.setContext(firefox.Context.CONTENT);
      }
      popupHandle = await waitFor('the popup tab to open', async () => {
        const now = await driver.getAllWindowHandles();
        return now.find((h) => !before.includes(h)) || false;
      });
      await driver.switchTo().window(popupHandle);
    } else {
      await driver.switchTo().window(popupHandle);
      // Mark the old document, so the wait below cannot mistake it for the new one (the URL is
      // often the same: the tab id does not change between pages).
      await driver.executeScript('window.__boilerfoldOldPopup = true; location.replace(arguments[0]);', url);
    }
    await waitFor(`the popup at ${url}`, async () => {
      const ready = await driver.executeScript(
        'return location.href === arguments[0] && document.readyState === "complete" && !window.__boilerfoldOldPopup;',
        url,
      );
      return ready;
    });
  };
  const api = {
    name: 'firefox',
    uiLocale: 'en', // Debian's firefox-esr ships English only
    base,
    welcome,
    webdriver: driver,
    dialogs: [],
    async goto(url) {
      await inMain();
      await driver.get(url);
    },
    async eval(fn, arg = null) {
      await inMain();
      return driver.executeScript(scriptFor(fn), arg);
    },
    async clickBar(index, selector) {
      await inMain();
      const bars = await driver.findElements(By.css('boilerfold-bar'));
      if (!bars[index]) throw new Error(`no boilerfold-bar #${index}`);
      const root = await bars[index].getShadowRoot();
      const button = await root.findElement(By.css(selector));
      await button.click();
    },
    /** A key press to whatever has the focus. */
    async pressKey(key) {
      await inMain();
      await driver.actions().sendKeys(Key[key.toUpperCase()] || key).perform();
    },
    async screenshot(file) {
      await inMain();
      fs.writeFileSync(file, Buffer.from(await driver.takeScreenshot(), 'base64'));
    },
    /** Open the extension's page `file` (e.g. 'options/options.html') in the second tab. */
    async extOpen(file) {
      await openPopup(`${base}${file}`);
    },
    /** `fn(arg)` in that extension page (awaited if it returns a promise). */
    async extEval(fn, arg = null) {
      await driver.switchTo().window(popupHandle);
      return driver.executeScript(scriptFor(fn), arg);
    },
    /** A click on `selector` in that extension page. */
    async extClick(selector) {
      await driver.switchTo().window(popupHandle);
      await driver.findElement(By.css(selector)).click();
    },
    /** Open the popup for the page in the main tab; returns that tab's id. */
    async openPopup() {
      await inMain();
      const pageUrl = await driver.getCurrentUrl();
      await openPopup(`${base}popup/popup.html`);
      const tabs = await driver.executeAsyncScript(
        'const done = arguments[arguments.length - 1];' +
          'browser.tabs.query({}).then((l) => done(l.map((t) => ({ id: t.id, url: t.url || null }))), (e) => done(String(e)));',
      );
      const tab = pickTab(tabs, pageUrl, base);
      await openPopup(`${base}popup/popup.html?tab=${tab.id}`);
      return tab.id;
    },
    async setSiteEnabled(enabled) {
      const tabId = await api.openPopup();
      const box = await driver.findElement(By.css('#site-enabled'));
      await waitFor('#site-enabled enabled in the popup', () => box.isEnabled());
      if ((await box.isSelected()) !== enabled) await box.click();
      await waitFor(`#site-enabled ${enabled ? 'checked' : 'unchecked'}`, async () => (await box.isSelected()) === enabled);
      await inMain();
      return tabId;
    },
    /**
     * Memory of the page in the main tab, after a garbage and a cycle collection in the content
     * processes, from Firefox's memory reporters (what about:memory shows): `shim`, the bytes of
     * Boilerfold's content-script realm for this page (its JS objects, strings and wasm
     * memory), and `dom`, the bytes of the page's DOM (its `dom/` reports, orphan nodes
     * included: nodes the page dropped that something still holds). Needs the chrome context
     * (system access, as the popup does).
     */
    async memory() {
      await inMain();
      const pageUrl = await driver.getCurrentUrl();
      await driver.setContext(firefox.Context.CHROME);
      try {
        const sums = await driver.executeAsyncScript(MEMORY_SCRIPT, pageUrl, id);
        if (!sums || sums.error || sums.shim === 0) throw new Error(`no memory reports for ${pageUrl}: ${JSON.stringify(sums)}`);
        return sums;
      } finally {
        await driver.setContext(firefox.Context.CONTENT);
      }
    },
    /** An alert, confirm or prompt that is open right now (WebDriver reports it), else null. */
    async openDialog() {
      await inMain();
      try {
        const alert = await driver.switchTo().alert();
        const text = await alert.getText();
        await alert.dismiss();
        return text;
      } catch {
        return null;
      }
    },
    async close() {
      await driver.quit().catch(() => {});
    },
  };
  return api;
}

