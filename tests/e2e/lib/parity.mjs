/*
 * Adapter parity: the browser adapter (extension/content/collect.js on the live DOM, decoded by
 * the wasm core's pageJson) and the native adapter (`boilerfold table`, html5ever) must build the
 * same page table from the same bytes. Runs in a plain Chromium without the extension, with
 * the page's own JavaScript off (so nothing but the parser builds the DOM); the adapter and the
 * wasm glue are evaluated into each page after it has loaded. The shim's sliced walk
 * (`BoilerfoldCollect.Walk`, stopped at every clock check) must give the same table in parts,
 * and find every element again from its recorded position, whether it reads DOM nodes or
 * small subtrees' serialized markup.
 */
/* global BoilerfoldCollect, wasm_bindgen -- defined in the page by the injected scripts */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../../../scripts/serve.mjs';
import { launchPlainChromium } from './chromium-driver.mjs';
import { buildCli, cliTable } from './cli.mjs';
import { COLLECT_SRC, REPO, TIMEOUT, WASM_DIR, requireBuild } from './common.mjs';
import { serializedWalkParity } from './inpage.mjs';
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
      scripts = [path.join(WASM_DIR, 'shared.js'), path.join(REPO, 'extension/content/collect.js'), path.join(WASM_DIR, 'boilerfold.js')]
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

    // What a parser never builds but a script can: the serialized-mode walk must still give
    // collect()'s table (and find every element again), or, for the two cases collect.js
    // documents (adjacent texts, end markup inside a comment or raw text), differ in texts only.
    it('serialized mode on script-built markup', { timeout: TIMEOUT }, async () => {
      const tab = await context.newPage();
      try {
        await tab.goto(server.url + pages[0].path.slice(1), { waitUntil: 'load' });
        await tab.evaluate(scripts);
        const results = await tab.evaluate(() => {
          const body = document.body;
          const add = (parent, tag, attrs = {}, text) => {
            const el = document.createElement(tag);
            for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
            if (text !== undefined) el.textContent = text;
            parent.appendChild(el);
            return el;
          };
          const build = (root, odd) => {
            const box = add(root, 'div', { id: 'q"uote', class: 'a&b <c> \u00a0d\u001ee', 'data-x': "it's", 'xml:lang': 'en' });
            add(box, 'p', {}, 'Text with < and > and & and \u00a0 and \u001f inside.');
            box.append('before', document.createComment('a comment'), 'after');
            const svg = box.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
            svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'img'));
            svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'br'));
            svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'style')).textContent = '</svg><p>';
            const template = add(box, 'template');
            template.content.appendChild(document.createElement('p')).textContent = 'template text';
            add(box, 'textarea', { name: 'comment' }, '</textarea><div>typed</div>');
            const select = add(box, 'select', { name: 's' });
            add(select, 'option', { value: '1' }, 'One');
            add(box, 'xmp', {}, 'a < b & c </p>');
            add(box, 'pre', {}, '\nleading newline');
            add(box, 'script', {}, 'var x = "</div><p>not text</p>";');
            add(box, 'style', {}, 'p > a { color: red }');
            add(box, 'my-widget', { role: 'complementary' }, 'custom element');
            // Component names: kept in the table's order, empty and over-long values left out
            // (the bound counts UTF-16 units: 32 astral characters are 64 and kept).
            add(box, 'div', { 'data-type': 't', 'aria-label': 'Share this', 'data-testid': 'Share Tools', 'data-module': '', 'data-component': 'newsletterSignUp', 'data-x': 'x' }, 'components');
            add(box, 'div', { 'data-widget': 'w'.repeat(65), 'aria-label': '\u{1f600}'.repeat(32), 'data-test-id': 'a\u001fb' }, 'long names');
            add(box, 'input', { type: 'hidden', name: 'h', value: '"><b>' });
            add(box, 'img', { alt: 'x', src: 'data:,' });
            add(box, 'br');
            add(box, 'span', { hidden: '' }, 'hidden');
            add(box, 'span', { 'aria-hidden': ' TRUE ' }, 'aria');
            add(box, 'span', { style: 'color:red; DISPLAY : none' }, 'styled');
            add(box, 'a', { href: '/x?a=1&b=2', class: 'more' }, 'A link');
            add(box, 'form', { action: '/post?x=1&y=2' }).appendChild(document.createElement('button')).textContent = 'Send';
            let deep = box;
            for (let i = 0; i < 60; i++) deep = add(deep, i % 2 ? 'section' : 'div', i % 7 ? {} : { class: `level-${i}` });
            deep.append('the bottom');
            add(box, 'p', {}, '');
            add(box, 'p').appendChild(document.createTextNode(''));
            if (odd) {
              const p = add(box, 'p', {}, 'one');
              p.append('two', 'three');
              box.appendChild(document.createComment('a --> b'));
              add(box, 'xmp', {}, 'x</xmp>y');
              add(box, 'p', {}, 'after the odd ones');
            }
          };
          body.replaceChildren();
          const runs = {};
          for (const odd of [false, true]) {
            body.replaceChildren();
            build(add(body, 'main'), odd);
            const c = BoilerfoldCollect.collect();
            runs[odd ? 'odd' : 'plain'] = [0, 3, 40, 2000].map((serialized) => {
              const walk = new BoilerfoldCollect.Walk(undefined, { serialized });
              let done = false;
              const packed = [];
              while (!done) {
                done = walk.step(0);
                if (walk.left() > 0) packed.push(walk.take().packed);
              }
              const elements = (p) => p.split('\u001e').filter((r) => !r.startsWith('#text')).join('\u001e');
              const joined = packed.join('\u001e');
              const a = joined.split('\u001e');
              const b = c.packed.split('\u001e');
              const k = a.findIndex((r, i) => r !== b[i]);
              const show = (r) => JSON.stringify(r === undefined ? null : r.split('\u001f').join('|'));
              return {
                diff: k < 0 ? null : `record ${k}: ${show(a[k])}, collect() has ${show(b[k])}`,
                serialized,
                same: joined === c.packed,
                sameElements: elements(joined) === elements(c.packed),
                // Element by element (the odd markup's texts may number fewer).
                found: (() => {
                  const at = (p) => p.split('\u001e').flatMap((r, i) => (r.startsWith('#text') ? [] : [i]));
                  const mine = at(joined);
                  const theirs = at(c.packed);
                  return mine.length === theirs.length && mine.every((i, k) => walk.element(i) === c.nodes[theirs[k]]);
                })(),
              };
            });
          }
          return runs;
        });
        for (const walk of results.plain) {
          assert.ok(walk.same, `script-built markup, serialized up to ${walk.serialized}: the table differs from collect(): ${walk.diff}`);
          assert.ok(walk.found, `script-built markup, serialized up to ${walk.serialized}: an element not found again`);
        }
        for (const walk of results.odd) {
          assert.ok(walk.found, `odd markup, serialized up to ${walk.serialized}: an element not found again`);
          assert.ok(walk.sameElements, `odd markup, serialized up to ${walk.serialized}: element records differ`);
        }
      } finally {
        await tab.close();
      }
    });

    // A property test of the same: random trees (seeded), with random attributes and texts
    // drawn from the characters the serializer escapes or the wire format reserves, built by
    // script, normalized (no adjacent texts), and kept clear of the documented cases (a comment
    // holding "-->", raw text holding "</"). Every one must give collect()'s table.
    it('serialized mode on 300 random script-built trees', { timeout: TIMEOUT }, async () => {
      const tab = await context.newPage();
      try {
        await tab.goto(server.url + pages[0].path.slice(1), { waitUntil: 'load' });
        await tab.evaluate(scripts);
        await tab.evaluate(() => {
          let seed = 0x2545f491;
          const rnd = (n) => {
            seed ^= seed << 13;
            seed ^= seed >>> 17;
            seed ^= seed << 5;
            return (seed >>> 0) % n;
          };
          const pick = (list) => list[rnd(list.length)];
          const TAGS = ['div', 'p', 'span', 'a', 'li', 'ul', 'section', 'form', 'b', 'em', 'br', 'img', 'input', 'hr', 'textarea', 'select', 'option',
            'pre', 'xmp', 'script', 'style', 'template', 'noscript', 'iframe', 'button', 'h2', 'table', 'td', 'my-box', 'plaintext', 'listing', 'svg'];
          const RAW = new Set(['xmp', 'script', 'style', 'noscript', 'iframe', 'plaintext']);
          const ATTRS = ['id', 'class', 'role', 'href', 'name', 'type', 'style', 'hidden', 'aria-hidden', 'data-x', 'title', 'action', 'itemprop', 'itemtype', 'value',
            'aria-label', 'data-component', 'data-testid', 'data-type', 'data-module'];
          const CHARS = ['a', 'b', ' ', '\n', '<', '>', '&', '"', "'", '=', '/', '!', '-', '\u00a0', '\u001e', '\u001f', 'é', '€', '😀', 'amp;', 'nbsp;', '#39;', 'display:none', 'true'];
          const text = (max) => {
            let t = '';
            for (let i = rnd(max); i >= 0; i--) t += pick(CHARS);
            return t;
          };
          const grow = (parent, depth) => {
            for (let i = rnd(depth > 5 ? 2 : 5); i >= 0; i--) {
              const kind = rnd(10);
              if (kind < 3) parent.appendChild(document.createTextNode(text(12)));
              else if (kind === 3) parent.appendChild(document.createComment(text(8).split('-->').join('')));
              else {
                const tag = pick(TAGS);
                const el = tag === 'svg' ? document.createElementNS('http://www.w3.org/2000/svg', 'svg') : document.createElement(tag);
                for (let k = rnd(4); k > 0; k--) el.setAttribute(pick(ATTRS), text(6));
                if (RAW.has(tag)) el.textContent = text(10).split('</').join('');
                else if (tag === 'template') el.content.appendChild(document.createTextNode(text(5)));
                else if (depth < 9) grow(el, depth + 1);
                parent.appendChild(el);
              }
            }
          };
          globalThis.randomTree = () => {
            const main = document.createElement('main');
            document.body.replaceChildren(main);
            grow(main, 0);
            document.body.normalize();
          };
        });
        const bad = [];
        for (let round = 0; round < 300 && bad.length < 3; round++) {
          await tab.evaluate(() => globalThis.randomTree());
          for (const walk of await tab.evaluate(serializedWalkParity, { src: COLLECT_SRC, sizes: [1, 7, 2000] })) {
            if (!walk.same || !walk.found) bad.push({ round, ...walk, markup: await tab.evaluate(() => document.body.innerHTML.slice(0, 600)) });
          }
        }
        assert.deepEqual(bad, [], `serialized mode differs from the DOM walk on random trees:\n${JSON.stringify(bad, null, 1)}`);
      } finally {
        await tab.close();
      }
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
            return wasm_bindgen.pageJson(c.parents, c.packed);
          }, server.url + WASM_ROUTE.slice(1));
          const browserTable = JSON.parse(json);
          // The shim's sliced walk, three ways: DOM nodes only, and serialized mode (subtrees of
          // at most 40 elements, and of at most 2 000, which takes a corpus page in a few calls).
          for (const walk of await tab.evaluate(serializedWalkParity, { src: COLLECT_SRC, sizes: [0, 40, 2000] })) {
            const how = `the walk (serialized subtrees up to ${walk.serialized} elements) in ${walk.parts} slices`;
            assert.ok(walk.same, `${page.source}: ${how} differs from collect(): ${walk.diff}`);
            assert.ok(walk.found, `${page.source}: ${how}: Walk.element(i) is not collect()'s node i for some element`);
          }
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
