#!/usr/bin/env node
/*
 * collect.js against the floor, in Chromium, quickly (make bench measures the same at load and
 * warm, among everything else): for trying a change to the browser adapter. Each corpus page is
 * loaded in a plain tab (no extension); the adapter runs in an isolated world of its own, as
 * a content script does (Page.createIsolatedWorld: DOM wrappers per world, like the shim's),
 * once cold (the first call in a fresh world, as at load) and `reps` times warm; the floor (one
 * TreeWalker pass reading id, class and text: bench/lib/chromium.mjs) runs in the page's main
 * world, as make bench runs it, and in the isolated world too. With `--candidate FILE`, a second
 * collect.js runs beside the first, each in fresh worlds, and its table must be the same
 * (parents and packed string); `--profile` prints where the warm runs spend their time (CPU
 * profile, self time by function and line). Nothing is written.
 *
 *   node bench/collect.mjs [--pages 20] [--reps 7] [--rounds 3] [--candidate FILE] [--profile]
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchPlain } from './lib/chromium.mjs';
import { floor } from './lib/floor.mjs';
import { REPO, loadCorpus } from './lib/corpus.mjs';
import { serveCorpus } from './lib/server.mjs';
import { fmt, median } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const arg = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const n = Number(arg('--pages', 20));
const reps = Number(arg('--reps', 7));
const rounds = Number(arg('--rounds', 3));
const candidate = arg('--candidate', null);
const profile = argv.includes('--profile');

const all = loadCorpus();
const corpus = all.filter((_, i) => i % Math.max(1, Math.floor(all.length / n)) === 0).slice(0, n);
const shared = fs.readFileSync(path.join(REPO, 'build/wasm/shared.js'), 'utf8');
const adapters = [{ name: 'collect.js', src: fs.readFileSync(path.join(REPO, 'extension/content/collect.js'), 'utf8') }];
if (candidate) adapters.push({ name: path.basename(candidate), src: fs.readFileSync(candidate, 'utf8') });

/** The floor (bench/lib/floor.mjs), as an expression returning [ms...] for `k` runs. */
const FLOOR = (k) => `(() => {
  ${BATCHES}
  const floor = ${String(floor)};
  return batches(floor, ${k});
})()`;

const COLLECT = (k) => `(() => {
  ${BATCHES}
  let table;
  const ms = batches(() => { table = BoilerfoldCollect.collect(document.body); }, ${k});
  return { ms, parents: Array.from(table.parents).join(','), packed: table.packed };
})()`;

/**
 * Timed in batches: performance.now() is coarse here (0.1 ms), so one run of a small page reads
 * 0 or 0.1 ms. `k` 1 is one run (cold); otherwise three batches of `k` runs, each batch's mean.
 */
const BATCHES = `function batches(f, k) {
  if (k === 1) { const t = performance.now(); f(); return [performance.now() - t]; }
  const out = [];
  for (let b = 0; b < 3; b++) {
    const t = performance.now();
    for (let i = 0; i < k; i++) f();
    out.push((performance.now() - t) / k);
  }
  return out;
}`;

const plain = await launchPlain();
const cdp = await plain.page.context().newCDPSession(plain.page);
await cdp.send('Runtime.enable');
await cdp.send('Page.enable');

async function evaluate(expression, contextId) {
  const r = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description || r.exceptionDetails.text);
  return r.result.value;
}

async function freshWorld(src) {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `bench-${Math.random()}` });
  // Apart, so that the profile's line numbers are the adapter's own.
  await evaluate(`${shared}\n;0`, executionContextId);
  await evaluate(`${src}\n;0`, executionContextId);
  return executionContextId;
}

const selfTime = new Map();
function addProfile(p) {
  const dt = new Map();
  for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) || 0) + (p.timeDeltas[i] || 0));
  for (const node of p.nodes) {
    const f = node.callFrame;
    const where = `${f.functionName || '(anonymous)'}${f.url ? '' : ''}:${f.lineNumber + 1}`;
    const us = dt.get(node.id) || 0;
    if (node.positionTicks && f.lineNumber >= 0) {
      const total = node.positionTicks.reduce((s, t) => s + t.ticks, 0);
      for (const t of node.positionTicks) {
        const k = `${f.functionName || '(anonymous)'} line ${t.line}`;
        selfTime.set(k, (selfTime.get(k) || 0) + (us * t.ticks) / total);
      }
    } else {
      selfTime.set(where, (selfTime.get(where) || 0) + us);
    }
  }
}

const server = await serveCorpus(corpus);
const rows = [];
const least = (a, b) => (a === undefined ? b : Math.min(a, b));
try {
  for (const p of corpus) {
    const row = { name: p.name };
    let reference = null;
    // Each round loads the page afresh and runs the adapters in turn (the order alternating):
    // the least of the rounds is kept, the figure least disturbed by the machine's other work.
    for (let round = 0; round < rounds; round++) {
      await plain.page.goto(`${server.url}page/${p.slug}.html`, { waitUntil: 'load' });
      row.floorMain = least(row.floorMain, median(await evaluate(FLOOR(reps))));
      const order = round % 2 ? [...adapters].reverse() : adapters;
      for (const a of order) {
        const world = await freshWorld(a.src);
        const cold = await evaluate(COLLECT(1), world);
        row[`${a.name} cold`] = least(row[`${a.name} cold`], cold.ms[0]);
        const profiled = profile && a === adapters[adapters.length - 1];
        if (profiled) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
          await cdp.send('Profiler.start');
        }
        const warm = await evaluate(COLLECT(reps), world);
        if (profiled) addProfile((await cdp.send('Profiler.stop')).profile);
        row[`${a.name} warm`] = least(row[`${a.name} warm`], median(warm.ms));
        row.floorIsolated = least(row.floorIsolated, median(await evaluate(FLOOR(reps), world)));
        row.nodes = warm.parents.split(',').length;
        if (reference === null) reference = warm;
        else if (warm.packed !== reference.packed || warm.parents !== reference.parents) {
          let i = 0;
          while (i < warm.packed.length && warm.packed[i] === reference.packed[i]) i++;
          row.differs = `packed from char ${i}: ${JSON.stringify(reference.packed.slice(i - 40, i + 40))} vs ${JSON.stringify(warm.packed.slice(i - 40, i + 40))}`;
        }
      }
    }
    rows.push(row);
    const cols = Object.entries(row).filter(([k]) => k !== 'name' && k !== 'differs' && k !== 'nodes').map(([k, v]) => `${k} ${fmt(v)}`);
    console.log(`${p.name.padEnd(24)} ${String(row.nodes).padStart(5)} nodes  ${cols.join('  ')}${row.differs ? `  DIFFERS ${row.differs}` : ''}`);
  }
} finally {
  await server.close();
  await plain.close();
}

console.log(`\nChromium ${plain.version}, ${rows.length} pages, medians of per-page figures (each the least of ${rounds} loads; warm: a batch of ${reps} runs)`);
for (const a of adapters) {
  for (const kind of ['cold', 'warm']) {
    const k = `${a.name} ${kind}`;
    const ms = median(rows.map((r) => r[k]));
    const main = median(rows.map((r) => r[k] / r.floorMain));
    const iso = median(rows.map((r) => r[k] / r.floorIsolated));
    console.log(`  ${k.padEnd(30)} ${fmt(ms).padStart(6)} ms   / floor (main world) ${fmt(main).padStart(5)}   / floor (isolated) ${fmt(iso).padStart(5)}`);
  }
}
console.log(`  floor, main world ${fmt(median(rows.map((r) => r.floorMain)))} ms, isolated ${fmt(median(rows.map((r) => r.floorIsolated)))} ms`);
const bad = rows.filter((r) => r.differs);
if (candidate) console.log(bad.length ? `  TABLES DIFFER on ${bad.length} pages` : '  tables identical on every page');
if (profile) {
  for (const k of ['(program):0', '(idle):0']) selfTime.delete(k);
  const total = [...selfTime.values()].reduce((s, v) => s + v, 0);
  console.log(`\nself time of the warm runs, by function and line of the adapter (${(total / 1000).toFixed(0)} ms sampled)`);
  for (const [k, v] of [...selfTime].sort((x, y) => y[1] - x[1]).slice(0, 40)) console.log(`  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
}
