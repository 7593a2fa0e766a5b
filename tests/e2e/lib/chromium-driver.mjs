/*
 * Chromium through playwright-core, with the unpacked extension from build/extension/.
 * Exposes the small driver interface the shared checks use (see checks.mjs).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { EXT_DIR, TIMEOUT, pickTab, waitFor } from './common.mjs';
import { scriptFor } from './inpage.mjs';

export const CHROMIUM = process.env.BOILERFOLD_CHROMIUM || '/usr/bin/chromium';

/**
 * The browser's UI language, which the extension's texts follow (set by --lang). German, so that
 * one browser shows the bars in a language other than the catalogue's default; Firefox runs in
 * English.
 */
export const CHROMIUM_UI_LOCALE = process.env.BOILERFOLD_UI_LOCALE || 'de';

/** Flags that keep a browser quiet on a machine without network (and let it run as root). */
export function quietArgs(proxyPort) {
  return [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--metrics-recording-only',
    // Everything not on loopback goes to the recording proxy (loopback bypasses it by default).
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
  ];
}

/**
 * Launch Chromium with the extension. `requests` receives every request the context sees
 * (pages and the extension's service worker).
 */
export async function launchChromiumWithExtension(options) {
  // In about a third of launches here, Chromium gave the extension's own pages (popup, options,
  // first-run) no message catalogue for the whole run: every i18n.getMessage returned '', in
  // new tabs and after reloads too, while content scripts had theirs (with or without --lang,
  // with the first-run tab opened at once or later). A run in such a browser would test the
  // browser's fault, not the extension: launch again, a few times at most, and say so.
  for (let attempt = 1; ; attempt++) {
    const driver = await launchOnce(options);
    const probe = await driver.context.newPage();
    let ok;
    try {
      await probe.goto(`${driver.base}popup/popup.html`, { timeout: TIMEOUT });
      ok = (await probe.evaluate(() => chrome.i18n.getMessage('extName'))) !== '';
    } finally {
      await probe.close().catch(() => {});
    }
    if (ok || attempt === MAX_LAUNCHES) return driver;
    console.log(`chromium: launch ${attempt} has no message catalogue in the extension's pages; launching again`);
    await driver.close();
  }
}

const MAX_LAUNCHES = 4;

async function launchOnce({ proxyPort, requests }) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boilerfold-chromium-'));
  // Extensions need the new headless mode; Playwright passes plain --headless for a custom
  // executable, so headless:false plus an explicit --headless=new is used.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    args: [
      '--headless=new',
      ...quietArgs(proxyPort),
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
      `--lang=${CHROMIUM_UI_LOCALE}`,
      // For diagnosis only, e.g. BOILERFOLD_CHROMIUM_ARGS=--js-flags=--trace-gc
      ...(process.env.BOILERFOLD_CHROMIUM_ARGS || '').split(' ').filter(Boolean),
    ],
    viewport: { width: 1280, height: 900 },
    timeout: TIMEOUT,
  });
  context.setDefaultTimeout(TIMEOUT);
  context.on('request', (r) => requests.push({ url: r.url(), from: 'chromium:context' }));
  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) {
    worker = await context
      .waitForEvent('serviceworker', { timeout: TIMEOUT, predicate: (w) => w.url().startsWith('chrome-extension://') })
      .catch(() => null);
  }
  if (!worker) {
    await context.close();
    throw new Error(
      `the extension's service worker never started: is ${EXT_DIR} a valid unpacked extension (make ext)?`,
    );
  }
  const base = new URL('/', worker.url()).href;
  const welcome = await closeFirstRunPage(context, base);
  const page = context.pages().find((p) => !p.url().startsWith(base)) || (await context.newPage());
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  const driver = makeDriver({ name: 'chromium', context, page, base, dialogs });
  driver.welcome = welcome;
  driver.uiLocale = CHROMIUM_UI_LOCALE;
  driver.close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return driver;
}

/**
 * The extension opens its first-run page once, on install (background.js). Wait for that tab
 * (up to `timeout` ms), close it so that it does not compete with the pages under test, and
 * return its URL (null if none opened).
 */
export async function closeFirstRunPage(context, base, timeout = 15_000) {
  const welcome = `${base}welcome/welcome.html`;
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const tab = context.pages().find((p) => p.url() === welcome);
    if (tab) {
      await tab.close().catch(() => {});
      return welcome;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

function makeDriver({ name, context, page, base, dialogs }) {
  let popup = null; // the tab that shows the extension's pages (popup, options, first-run)
  const driver = {
    name,
    base,
    dialogs,
    page,
    context,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    },
    async eval(fn, arg = null) {
      return page.evaluate(`(${fn.toString()})(${JSON.stringify(arg)})`);
    },
    /** A real mouse click on a button inside bar `index`'s shadow root. */
    async clickBar(index, selector) {
      await page.locator('boilerfold-bar').nth(index).locator(selector).click({ timeout: TIMEOUT });
    },
    /** A key press to whatever has the focus. */
    async pressKey(key) {
      await page.keyboard.press(key);
    },
    async screenshot(file) {
      await page.screenshot({ path: file, timeout: TIMEOUT });
    },
    /** Open the extension's page `file` (e.g. 'options/options.html') in a tab of its own. */
    async extOpen(file) {
      popup ??= await context.newPage();
      await popup.goto(`${base}${file}`, { timeout: TIMEOUT });
    },
    /** `fn(arg)` in that extension page (awaited if it returns a promise). */
    async extEval(fn, arg = null) {
      return popup.evaluate(`(${fn.toString()})(${JSON.stringify(arg)})`);
    },
    /** A real mouse click on `selector` in that extension page. */
    async extClick(selector) {
      await popup.locator(selector).click({ timeout: TIMEOUT });
    },
    /** Click `selector` in that extension page and return the text of the download it starts. */
    async extDownload(selector) {
      const [download] = await Promise.all([popup.waitForEvent('download', { timeout: TIMEOUT }), popup.locator(selector).click({ timeout: TIMEOUT })]);
      return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
    },
    /** Open the popup for the page in the main tab; returns that tab's id. */
    async openPopup() {
      await driver.extOpen('popup/popup.html');
      const tabs = await popup.evaluate(() =>
        chrome.tabs.query({}).then((list) => list.map((t) => ({ id: t.id, url: t.url || null }))),
      );
      const tab = pickTab(tabs, page.url(), base);
      await driver.extOpen(`popup/popup.html?tab=${tab.id}`);
      return tab.id;
    },
    /** Turn the site of the current page on or off through the popup page. */
    async setSiteEnabled(enabled) {
      const tabId = await driver.openPopup();
      const box = popup.locator('#site-enabled');
      await waitFor(`#site-enabled enabled in the popup`, () => box.isEnabled());
      if ((await box.isChecked()) !== enabled) await box.click();
      await waitFor(`#site-enabled ${enabled ? 'checked' : 'unchecked'}`, async () => (await box.isChecked()) === enabled);
      await page.bringToFront();
      return tabId;
    },
    async popupCounts() {
      return popup.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('#counts dd')].map((dd) => [dd.id.replace(/^count-/, ''), dd.textContent]),
        ),
      );
    },
  };
  driver.scriptFor = scriptFor;
  return driver;
}

/** A plain Chromium (no extension) for the adapter-parity check. */
export async function launchPlainChromium({ proxyPort }) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: quietArgs(proxyPort),
    timeout: TIMEOUT,
  });
  return browser;
}
