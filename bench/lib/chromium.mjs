/*
 * Headless Chromium with the unpacked extension (build/extension/), driven by playwright-core.
 * The in-page benchmarks (RESULTS.md parts 1, 2 and 4):
 *
 *   pages()     every corpus page, one after the other in one tab: the shim's own User Timing
 *               measures (boilerfold:startup/collect/classify/fold), then in the same loaded page
 *               Readability.js and the floor (one TreeWalker pass), and the shim's collect +
 *               classify again, warm, in the extension's isolated world (CDP Runtime.evaluate).
 *   cspPages()  the same pages served with `Content-Security-Policy: script-src 'self'`: the
 *               content script cannot compile the wasm and asks the background's copy.
 *   boundary()  a plain tab (no extension): collect.js + classifyWire against the core walking
 *               the DOM itself through web-sys (the `bench-websys` build in bench/out/websys/).
 *   memory()    one tab through 100 page loads; then 100 re-classifications in one page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { closeFirstRunPage } from '../../tests/e2e/lib/chromium-driver.mjs';
import { REPO } from './corpus.mjs';

export const CHROMIUM = process.env.BOILERFOLD_CHROMIUM || '/usr/bin/chromium';
const EXT_DIR = path.join(REPO, 'build/extension');
const TIMEOUT = 60_000;

const QUIET = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
  // The corpus pages link to images and styles on hosts that do not exist here: fail them at
  // once instead of waiting for DNS.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export async function launchWithExtension() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boilerfold-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    args: ['--headless=new', ...QUIET, `--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`],
    viewport: { width: 1280, height: 900 },
    timeout: TIMEOUT,
  });
  context.setDefaultTimeout(TIMEOUT);
  // The extension is loaded once its service worker runs.
  if (!context.serviceWorkers().some((w) => w.url().startsWith('chrome-extension://'))) {
    await context.waitForEvent('serviceworker', {
      timeout: TIMEOUT,
      predicate: (w) => w.url().startsWith('chrome-extension://'),
    });
  }
  // The first-run page is not measured: closed before the measured tab is picked.
  const base = new URL('/', context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')).url()).href;
  await closeFirstRunPage(context, base);
  const page = context.pages().find((p) => !p.url().startsWith(base)) || (await context.newPage());
  const cdp = await context.newCDPSession(page);
  // The extension's isolated world in the tab's main frame: the latest one wins.
  const worlds = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (c.origin && c.origin.startsWith('chrome-extension://') && c.auxData && !c.auxData.isDefault) {
      worlds.set(c.id, c);
    }
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  /** Evaluate an expression in the content script's world; returns its (JSON) value. */
  const inShim = async (expression) => {
    const ids = [...worlds.keys()];
    if (!ids.length) throw new Error('no extension isolated world in the tab');
    const r = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: ids[ids.length - 1],
      returnByValue: true,
      awaitPromise: true,
    });
    if (r.exceptionDetails) throw new Error(`in the shim's world: ${r.exceptionDetails.exception?.description || r.exceptionDetails.text}`);
    return r.result.value;
  };
  const version = context.browser()?.version() ?? '';
  return { context, page, cdp, inShim, close, version };
}

export async function launchPlain() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: false,
    args: ['--headless=new', ...QUIET],
    timeout: TIMEOUT,
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  return { browser, page, version: browser.version(), close: () => browser.close().catch(() => {}) };
}

/** In the page: wait for the shim's verdict and return its measures {name: ms} and state. */
async function shimMeasures(page) {
  await page.waitForFunction(
    () => {
      const s = document.documentElement.getAttribute('data-boilerfold-state');
      if (s === 'error' || s === 'off' || s === 'skipped') return true;
      return s === 'ready' && performance.getEntriesByName('boilerfold:fold').length > 0;
    },
    null,
    { timeout: TIMEOUT, polling: 20 },
  );
  return page.evaluate(() => {
    const out = {};
    for (const e of performance.getEntriesByType('measure')) {
      if (!e.name.startsWith('boilerfold')) continue;
      // The first pass may come in slices (one measure each): sum them. Start-up happens once.
      if (e.name === 'boilerfold:startup') out[e.name] ??= e.duration;
      else if (e.name !== 'boilerfold:fragment') out[e.name] = (out[e.name] || 0) + e.duration;
      if (e.detail && e.detail.path) out.path = e.detail.path;
      if (e.detail && typeof e.detail.nodes === 'number' && e.name === 'boilerfold:collect') out.nodes = e.detail.nodes;
      if (e.detail && e.name === 'boilerfold:precheck') out.precheckWhy ??= e.detail.why;
    }
    // Tables classified in the background: the wait stands in the classify column.
    if ('boilerfold:background' in out) out['boilerfold:classify'] = (out['boilerfold:classify'] || 0) + out['boilerfold:background'];
    out.state = document.documentElement.getAttribute('data-boilerfold-state');
    out.folds = Number(document.documentElement.getAttribute('data-boilerfold-folds') || 0);
    return out;
  });
}

/** In the page (main world): Readability and the floor, `reps` times each. */
function inPageBaselines(reps) {
  /* global Readability */
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
  let article = 0;
  for (let i = 0; i < reps; i++) {
    let t = performance.now();
    const parsed = new Readability(document.cloneNode(true)).parse();
    readability.push(performance.now() - t);
    article = parsed && parsed.textContent ? parsed.textContent.length : 0;
    t = performance.now();
    floor();
    floorMs.push(performance.now() - t);
  }
  return { readability, floor: floorMs, article };
}

/** In the shim's isolated world: collect + classifyWire + JSON.parse, warm, `reps` times. */
function shimWarmExpression(reps) {
  return `(() => {
    const out = [];
    const options = JSON.stringify({ include_text: false });
    for (let i = 0; i < ${reps}; i++) {
      const t0 = performance.now();
      const table = BoilerfoldCollect.collect(document.body);
      const t1 = performance.now();
      JSON.parse(wasm_bindgen.classifyWire(table.parents, table.packed, options));
      const t2 = performance.now();
      out.push([t1 - t0, t2 - t1]);
    }
    return out;
  })()`;
}

/** Part 1: every page with the extension; Readability and the floor in the same loaded page. */
export async function pages(ext, base, corpus, { reps = 5, log = () => {} } = {}) {
  const readabilityJs = fs.readFileSync(path.join(REPO, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  const rows = [];
  for (const p of corpus) {
    await ext.page.goto(`${base}page/${p.slug}.html`, { waitUntil: 'load', timeout: TIMEOUT });
    const m = await shimMeasures(ext.page);
    let warm = [];
    try {
      warm = await ext.inShim(shimWarmExpression(reps));
    } catch (err) {
      log(`  ${p.name}: warm runs failed: ${err.message}`);
    }
    await ext.page.addScriptTag({ content: readabilityJs });
    const b = await ext.page.evaluate(inPageBaselines, reps);
    rows.push({ name: p.name, bytes: p.html.length, shim: m, warm, ...b });
    log(`  ${p.name}: ${m.state} ${fmtMs(m['boilerfold:collect'])}+${fmtMs(m['boilerfold:classify'])}+${fmtMs(m['boilerfold:fold'])} ms, Readability ${fmtMs(b.readability[0])} ms`);
  }
  return rows;
}

/**
 * Part 1b: the non-article fixtures, each loaded `reps` times: the pre-check's own measure
 * and every other boilerfold measure the shim left (none, if it skipped the page as it should).
 */
export async function nonArticle(ext, base, fixtures, { reps = 5 } = {}) {
  const rows = [];
  for (const f of fixtures) {
    for (let i = 0; i < reps; i++) {
      await ext.page.goto(`${base}${f.path}`, { waitUntil: 'load', timeout: TIMEOUT });
      rows.push({ name: f.name, shim: await shimMeasures(ext.page) });
    }
  }
  return rows;
}

/** Part 2b: pages served with a strict CSP; the shim falls back to the background's core. */
export async function cspPages(ext, base, corpus, { log = () => {} } = {}) {
  const rows = [];
  for (const p of corpus) {
    await ext.page.goto(`${base}csp/${p.slug}.html`, { waitUntil: 'load', timeout: TIMEOUT });
    const m = await shimMeasures(ext.page);
    rows.push({ name: p.name, shim: m });
    log(`  csp ${p.name}: ${m.state} path=${m.path} classify ${fmtMs(m['boilerfold:classify'])} ms`);
  }
  return rows;
}

/** Part 2a: JS collect + wire + classify against the web-sys walk + classify, plain tab. */
export async function boundary(plain, base, corpus, { reps = 5, log = () => {} } = {}) {
  const rows = [];
  for (const p of corpus) {
    await plain.page.goto(`${base}page/${p.slug}.html`, { waitUntil: 'load', timeout: TIMEOUT });
    await plain.page.addScriptTag({ url: `${base}assets/shared.js` });
    await plain.page.addScriptTag({ url: `${base}assets/collect.js` });
    await plain.page.addScriptTag({ url: `${base}assets/websys/boilerfold.js` });
    const r = await plain.page.evaluate(
      async ({ wasmUrl, reps }) => {
        /* global wasm_bindgen */
        await wasm_bindgen({ module_or_path: wasmUrl });
        const options = JSON.stringify({ include_text: false });
        const out = { js: [], websys: [], same: true, nodesJs: 0, nodesWebsys: 0 };
        // One untimed run of each road first: the core's first call in an instance pays one-off
        // costs (lazily built pattern tables) that belong to start-up, not to either road.
        // Timed, as `first`: what the first call in a fresh instance costs.
        let f0 = performance.now();
        const warm = globalThis.BoilerfoldCollect.collect(document.body);
        let f1 = performance.now();
        wasm_bindgen.classifyWire(warm.parents, warm.packed, options);
        let f2 = performance.now();
        out.first = [f1 - f0, f2 - f1];
        f0 = performance.now();
        wasm_bindgen.websysCollect(document.body);
        f1 = performance.now();
        wasm_bindgen.classifyStored(options);
        f2 = performance.now();
        out.firstWebsys = [f1 - f0, f2 - f1];
        for (let i = 0; i < reps; i++) {
          // JS adapter: collect.js → Int32Array + packed string → classifyWire.
          let t0 = performance.now();
          const table = globalThis.BoilerfoldCollect.collect(document.body);
          let t1 = performance.now();
          const a = wasm_bindgen.classifyWire(table.parents, table.packed, options);
          let t2 = performance.now();
          out.js.push([t1 - t0, t2 - t1]);
          out.nodesJs = table.nodes.length;
          // web-sys adapter: the core walks the DOM, builds the Page, then classifies it.
          t0 = performance.now();
          out.nodesWebsys = wasm_bindgen.websysCollect(document.body);
          t1 = performance.now();
          const b = wasm_bindgen.classifyStored(options);
          t2 = performance.now();
          out.websys.push([t1 - t0, t2 - t1]);
          if (a !== b) out.same = false;
        }
        return out;
      },
      { wasmUrl: `${base}assets/websys/boilerfold_bg.wasm`, reps },
    );
    rows.push({ name: p.name, ...r });
    log(`  wire ${p.name}: nodes ${r.nodesJs}/${r.nodesWebsys} same=${r.same}`);
  }
  return rows;
}

async function memorySample(ext) {
  await ext.cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  const heap = await ext.cdp.send('Runtime.getHeapUsage');
  const wasm = await ext.inShim('wasm_bindgen.initSync().memory.buffer.byteLength');
  return { heapUsed: heap.usedSize, heapTotal: heap.totalSize, wasm };
}

/** Part 4: 100 page loads in one tab; then 100 re-classifications inside one page. */
export async function memory(ext, base, corpus, { loads = 100, reclass = 100, log = () => {} } = {}) {
  const series = [];
  for (let i = 0; i < loads; i++) {
    const p = corpus[i % corpus.length];
    await ext.page.goto(`${base}page/${p.slug}.html`, { waitUntil: 'load', timeout: TIMEOUT });
    await shimMeasures(ext.page);
    series.push({ name: p.name, ...(await memorySample(ext)) });
  }
  log(`  memory: ${loads} loads done`);
  // One page; the same world classifies again and again (what an infinite-scroll page costs).
  const big = [...corpus].sort((a, b) => b.html.length - a.html.length)[Math.floor(corpus.length / 4)];
  await ext.page.goto(`${base}page/${big.slug}.html`, { waitUntil: 'load', timeout: TIMEOUT });
  await shimMeasures(ext.page);
  const repeat = [await memorySample(ext)];
  const options = JSON.stringify({ include_text: false });
  for (let i = 0; i < reclass; i++) {
    await ext.inShim(`(() => {
      const t = BoilerfoldCollect.collect(document.body);
      return JSON.parse(wasm_bindgen.classifyWire(t.parents, t.packed, ${JSON.stringify(options)})).blocks.length;
    })()`);
    if ((i + 1) % 10 === 0) repeat.push(await memorySample(ext));
  }
  log(`  memory: ${reclass} re-classifications done`);
  // Appended content: the shim's own MutationObserver path (debounced), one chunk at a time.
  const appended = [await memorySample(ext)];
  const fragmentCount = () => ext.page.evaluate(() => performance.getEntriesByName('boilerfold:fragment').length);
  let before = await fragmentCount();
  const fragmentMs = [];
  for (let i = 0; i < reclass; i++) {
    await ext.page.evaluate((k) => {
      const section = document.createElement('section');
      section.className = 'comments-area';
      const h = document.createElement('h3');
      h.textContent = `${3 + (k % 5)} comments`;
      section.append(h);
      const list = document.createElement('ol');
      list.className = 'comment-list';
      for (let j = 0; j < 5; j++) {
        const li = document.createElement('li');
        li.className = 'comment';
        const p = document.createElement('p');
        p.textContent = `Reader ${k}.${j} says the council should have published the estimate years ago, and asks who knew.`;
        li.append(p);
        list.append(li);
      }
      section.append(list);
      document.body.append(section);
    }, i);
    const deadline = Date.now() + 10_000;
    let now = before;
    while (now === before && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
      now = await fragmentCount();
    }
    before = now;
    if ((i + 1) % 10 === 0) appended.push(await memorySample(ext));
  }
  const frags = await ext.page.evaluate(() => performance.getEntriesByName('boilerfold:fragment').map((e) => e.duration));
  fragmentMs.push(...frags);
  const folds = await ext.page.evaluate(() => Number(document.documentElement.getAttribute('data-boilerfold-folds') || 0));
  log(`  memory: ${reclass} appended chunks, ${frags.length} fragment classifications, ${folds} folds`);
  return { series, repeat, appended, fragmentMs, repeatPage: big.name, foldsAfterAppend: folds };
}

function fmtMs(x) {
  return typeof x === 'number' ? x.toFixed(1) : '?';
}
