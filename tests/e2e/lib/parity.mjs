/*
 * Adapter parity: the browser adapter (extension/content/collect.js on the live DOM, decoded by
 * the wasm core's pageJson) and the native adapter (`boilerfold table`, html5ever) must build the
 * same page table from the same bytes. Runs in a plain Chromium without the extension, with
 * the page's own JavaScript off (so nothing but the parser builds the DOM); the adapter and the
 * wasm glue are evaluated into each page after it has loaded. The shim's sliced walk
 * (`BoilerfoldCollect.Walk`, stopped at every clock check) must give the same table in parts,
 * and find every element again from its recorded position.
 */
/* global BoilerfoldCollect, wasm_bindgen -- defined in the page by the injected scripts */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../../../scripts/serve.mjs';
import { launchPlainChromium } from './chromium-driver.mjs';
import { buildCli, cliTable } from './cli.mjs';
import { REPO, TIMEOUT, WASM_DIR, requireBuild } from './common.mjs';
import { chooseCorpus, routesFor, seedPages } from './pages.mjs';
import { startRecordingProxy } from './proxy.mjs';

const WASM_ROUTE = '/__boilerfold/boilerfold_bg.wasm';

/** The first node where two page tables differ, described for a failure message. */
export function tableDiff(native, browser) {
  const a = native.nodes || [];
  const b = browser.nodes || [];
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = JSON.stringify(a[i]);
    const y = JSON.stringify(b[i]);
    if (x !== y) {
      const context = (t, k) => (k >= 0 && k < t.length ? JSON.stringify(t[k]) : '-');
      return (
        `first differing node: #${i} (of ${a.length} native, ${b.length} browser)\n` +
        `    native  #${i}: ${x}\n    browser #${i}: ${y}\n` +
        `    previous node (same on both sides): ${context(a, i - 1)}\n` +
        `    parent: native ${context(a, a[i].parent)}, browser ${context(b, b[i].parent)}`
      );
    }
  }
  if (a.length !== b.length) {
    const longer = a.length > b.length ? a : b;
    return `node counts differ: ${a.length} native, ${b.length} browser; first extra node #${n}: ${JSON.stringify(longer[n])}`;
  }
  return null;
}

export function defineAdapterParity() {
  const pages = [...seedPages(), ...chooseCorpus()];
  let server;
  let proxy;
  let browser;
  let context;
  let scripts;

  describe('adapter parity: collect.js + pageJson (Chromium) = boilerfold table', { timeout: TIMEOUT * (pages.length + 4) }, () => {
    before(async () => {
      requireBuild();
      buildCli();
      // Classic scripts: evaluated as one script they define wasm_bindgen and BoilerfoldCollect.
      scripts = [path.join(REPO, 'extension/content/collect.js'), path.join(WASM_DIR, 'boilerfold.js')]
        .map((f) => fs.readFileSync(f, 'utf8'))
        .join('\n;\n')
        // The glue declares `let wasm_bindgen`, which an evaluated string keeps to itself.
        .concat('\n;globalThis.wasm_bindgen = wasm_bindgen;\n');
      server = await startServer({
        // The bytes only: no headers (the pages' JavaScript is off in this context anyway).
        routes: routesFor(pages.map((p) => ({ ...p, headers: {} })), {
          [WASM_ROUTE]: { body: fs.readFileSync(path.join(WASM_DIR, 'boilerfold_bg.wasm')), type: 'application/wasm' },
        }),
      });
      proxy = await startRecordingProxy();
      browser = await launchPlainChromium({ proxyPort: proxy.port });
      context = await browser.newContext({ javaScriptEnabled: false });
      context.setDefaultTimeout(TIMEOUT);
    });

    after(async () => {
      if (browser) await browser.close().catch(() => {});
      if (server) await server.close();
      if (proxy) await proxy.close();
    });

    for (const page of pages) {
      it(`${page.kind} ${page.name}`, { timeout: TIMEOUT * 2 }, async () => {
        const tab = await context.newPage();
        try {
          await tab.goto(server.url + page.path.slice(1), { waitUntil: 'load' });
          await tab.evaluate(scripts);
          const json = await tab.evaluate(async (wasmUrl) => {
            const bytes = await (await fetch(wasmUrl)).arrayBuffer();
            wasm_bindgen.initSync({ module: new WebAssembly.Module(bytes) });
            const c = BoilerfoldCollect.collect();
            // The shim's sliced walk: stop at every clock check (each 256 nodes), take a part
            // each time; the parts joined must be the one-go table.
            const walk = new BoilerfoldCollect.Walk();
            const packed = [];
            const parents = [];
            let done = false;
            while (!done) {
              done = walk.step(0);
              const part = walk.take();
              packed.push(part.packed);
              parents.push(...part.parents);
            }
            const sliced = {
              parts: packed.length,
              same: packed.join('\u001e') === c.packed && parents.join() === Array.from(c.parents).join() && walk.count === c.nodes.length,
              // Every element found again by its position, as the shim finds its fold roots.
              found: c.nodes.every((n, i) => walk.element(i) === n),
            };
            return { json: wasm_bindgen.pageJson(c.parents, c.packed), sliced };
          }, server.url + WASM_ROUTE.slice(1));
          const browserTable = JSON.parse(json.json);
          assert.ok(json.sliced.same, `${page.source}: the walk in ${json.sliced.parts} slices differs from collect()`);
          assert.ok(json.sliced.found, `${page.source}: Walk.element(i) is not collect()'s node i for some element`);
          const nativeTable = cliTable(page.body);
          const diff = tableDiff(nativeTable, browserTable);
          assert.equal(diff, null, `${page.source}: the adapters disagree\n${diff}`);
          assert.ok(browserTable.nodes.length > 0, 'empty page table');
        } finally {
          await tab.close();
        }
      });
    }
  });
}
