/*
 * Headless Firefox ESR with build/extension/ as a temporary add-on, through selenium-webdriver
 * and geckodriver (RESULTS.md part 1, Firefox rows). Only the shim's own User Timing measures and
 * the in-page baselines: WebDriver cannot evaluate in the content script's sandbox, so there is
 * no warm re-run and no memory series here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Builder } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { closeFirstRunTab } from '../../tests/e2e/lib/firefox-driver.mjs';
import { REPO } from './corpus.mjs';

const EXT_DIR = path.join(REPO, 'build/extension');
const TIMEOUT = 60_000;

function which(name) {
  for (const d of [path.join(os.homedir(), '.cargo/bin'), ...(process.env.PATH || '').split(':')]) {
    const f = path.join(d, name);
    if (d && fs.existsSync(f)) return f;
  }
  return null;
}

export function firefoxVersion() {
  const bin = which('firefox-esr') || which('firefox');
  if (!bin) return null;
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

export async function launchFirefox() {
  const binary = which('firefox-esr') || which('firefox');
  const gecko = which('geckodriver');
  if (!binary) throw new Error('firefox-esr is not installed');
  if (!gecko) throw new Error('geckodriver is not in ~/.cargo/bin or PATH');
  const options = new firefox.Options().setBinary(binary).addArguments('-headless').windowSize({ width: 1280, height: 900 });
  const prefs = {
    // Full-resolution performance.now() for the measurements (a benchmark profile only).
    'privacy.reduceTimerPrecision': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'app.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // The corpus pages' images and styles live on hosts that do not exist here: refuse them at once.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.allow_hijacking_localhost': false,
  };
  for (const [k, v] of Object.entries(prefs)) options.setPreference(k, v);
  const service = new firefox.ServiceBuilder(gecko);
  const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
  await driver.manage().setTimeouts({ script: TIMEOUT, pageLoad: TIMEOUT, implicit: 0 });
  const mainHandle = await driver.getWindowHandle();
  const before = await driver.getAllWindowHandles();
  await driver.installAddon(EXT_DIR, true);
  // The first-run page would take the selection from the measured tab (and throttle its timers).
  await closeFirstRunTab(driver, mainHandle, before);
  const caps = await driver.getCapabilities();
  return { driver, version: `${caps.get('browserName')} ${caps.get('browserVersion')}`, close: () => driver.quit().catch(() => {}) };
}

const WAIT_AND_READ = `
  const done = arguments[arguments.length - 1];
  const end = Date.now() + ${TIMEOUT};
  (function poll() {
    const s = document.documentElement.getAttribute('data-boilerfold-state');
    const ready = s === 'error' || s === 'off' || s === 'skipped' ||
      (s === 'ready' && performance.getEntriesByName('boilerfold:fold').length > 0);
    if (!ready && Date.now() < end) { setTimeout(poll, 20); return; }
    const out = {};
    for (const e of performance.getEntriesByType('measure')) {
      if (!e.name.startsWith('boilerfold')) continue;
      if (e.name === 'boilerfold:startup') { if (!(e.name in out)) out[e.name] = e.duration; }
      else if (e.name !== 'boilerfold:fragment') out[e.name] = (out[e.name] || 0) + e.duration;
      if (e.detail && e.name === 'boilerfold:precheck' && !out.precheckWhy) out.precheckWhy = e.detail.why;
    }
    if ('boilerfold:background' in out) out['boilerfold:classify'] = (out['boilerfold:classify'] || 0) + out['boilerfold:background'];
    out.state = s;
    out.folds = Number(document.documentElement.getAttribute('data-boilerfold-folds') || 0);
    done(out);
  })();`;

function baselinesScript(readabilityJs, reps) {
  return `${readabilityJs}
  const reps = ${reps};
  const floor = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let sum = 0;
    for (let n = walker.currentNode; n !== null; n = walker.nextNode()) {
      if (n.nodeType === 1) {
        const id = n.getAttribute('id');
        const cls = n.getAttribute('class');
        sum += (id === null ? 0 : id.length) + (cls === null ? 0 : cls.length);
      } else {
        sum += n.data.length;
      }
    }
    return sum;
  };
  const readability = [];
  const floorMs = [];
  for (let i = 0; i < reps; i++) {
    let t = performance.now();
    new Readability(document.cloneNode(true)).parse();
    readability.push(performance.now() - t);
    t = performance.now();
    floor();
    floorMs.push(performance.now() - t);
  }
  return { readability, floor: floorMs };`;
}

/** Part 1b in Firefox: the non-article fixtures, `reps` loads each (see chromium.mjs). */
export async function nonArticle(ff, base, fixtures, { reps = 5 } = {}) {
  const rows = [];
  for (const f of fixtures) {
    for (let i = 0; i < reps; i++) {
      await ff.driver.get(`${base}${f.path}`);
      rows.push({ name: f.name, shim: await ff.driver.executeAsyncScript(WAIT_AND_READ) });
    }
  }
  return rows;
}

/** Part 1 in Firefox: every page, the shim's measures, Readability and the floor. */
export async function pages(ff, base, corpus, { reps = 5, log = () => {} } = {}) {
  const readabilityJs = fs.readFileSync(path.join(REPO, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  const script = baselinesScript(readabilityJs, reps);
  const rows = [];
  for (const p of corpus) {
    await ff.driver.get(`${base}page/${p.slug}.html`);
    const m = await ff.driver.executeAsyncScript(WAIT_AND_READ);
    const b = await ff.driver.executeScript(script);
    rows.push({ name: p.name, bytes: p.html.length, shim: m, ...b });
    const f = (x) => (typeof x === 'number' ? x.toFixed(1) : '?');
    log(`  firefox ${p.name}: ${m.state} ${f(m['boilerfold:collect'])}+${f(m['boilerfold:classify'])}+${f(m['boilerfold:fold'])} ms, Readability ${f(b.readability[0])} ms`);
  }
  return rows;
}
