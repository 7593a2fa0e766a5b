/*
 * bench/RESULTS.md from one run's results (bench/run.mjs). Every figure in the generated part comes
 * from that run; bench/NOTES.md (hand-written: profiles and what limits each missed target) is
 * appended as it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './corpus.mjs';
import { fmt, logLogSlope, max, median, p95, summary } from './stats.mjs';

const sum = (xs) => xs.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
const ms = (x) => (Number.isFinite(x) ? `${fmt(x)}` : '–');
const kib = (b) => `${fmt(b / 1024)} KiB`;
const mib = (b) => `${fmt(b / 2 ** 20)} MiB`;
const yes = (ok) => (ok === null ? '–' : ok ? 'met' : '**missed**');

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

function table(head, rows, align = null) {
  const sep = align || head.map((_, i) => (i === 0 ? '---' : '---:'));
  return [row(head), row(sep), ...rows.map(row)].join('\n');
}

function statRow(label, values) {
  const s = summary(values);
  return [label, ms(s.median), ms(s.p95), ms(s.max)];
}

function ratioRow(label, ratios) {
  return [label, fmt(median(ratios)), fmt(p95(ratios)), fmt(max(ratios))];
}

/** Per-page figures of part 1 from a browser's rows. */
function perPage(rows) {
  return rows
    .filter((r) => r.shim && r.shim.state === 'ready')
    .map((r) => {
      const m = r.shim;
      const collect = m['boilerfold:collect'];
      const classify = m['boilerfold:classify'];
      const fold = m['boilerfold:fold'];
      const warm = (r.warm || []).map(([a, b]) => a + b);
      return {
        name: r.name,
        bytes: r.bytes,
        nodes: m.nodes,
        startup: m['boilerfold:startup'],
        precheck: m['boilerfold:precheck'],
        settings: m['boilerfold:settings'],
        fetch: m['boilerfold:wasm-fetch'],
        compile: m['boilerfold:wasm-compile'],
        fetchCompile: m['boilerfold:wasm-fetch-compile'],
        instantiate: m['boilerfold:wasm-instantiate'],
        warmup: m['boilerfold:warm-up'],
        collect,
        classify,
        fold,
        total: collect + classify + fold,
        warm: warm.length ? median(warm) : NaN,
        warmBest: warm.length ? Math.min(...warm) : NaN,
        readBest: Math.min(...r.readability),
        floorBest: Math.min(...r.floor),
        warmCollect: warm.length ? median(r.warm.map((w) => w[0])) : NaN,
        warmClassify: warm.length ? median(r.warm.map((w) => w[1])) : NaN,
        readFirst: r.readability[0],
        readMedian: median(r.readability),
        floor: median(r.floor),
        // The floor's first run in the loaded page: cold as the shim's collect at load is (its
        // code not yet compiled, no DOM wrapper made yet in that world).
        floorFirst: r.floor[0],
        folds: m.folds,
      };
    });
}

function browserSection(title, rows, reps, { warm }) {
  const pp = perPage(rows);
  const failed = rows.length - pp.length;
  const col = (k) => pp.map((p) => p[k]);
  const out = [`### ${title}`, ''];
  out.push(
    `${pp.length} pages classified${failed ? ` (${failed} not: state ${rows.filter((r) => r.shim?.state !== 'ready').map((r) => `${r.name}=${r.shim?.state}`).join(', ')})` : ''}. ` +
      `Boilerfold figures are the shim's own User Timing measures of the page's classification at load ` +
      `(cold: a fresh content-script world per page). Readability.js and the floor ran ${reps} times each in the same loaded page ` +
      `(median per page).${warm ? ` "Warm" is collect + classifyWire + JSON.parse re-run ${reps} times in the content script's isolated world (CDP Runtime.evaluate), median per page.` : ''}`,
    '',
  );
  const stats = [
    statRow('Boilerfold collect + classify + fold (at load)', col('total')),
    statRow('· collect', col('collect')),
    statRow('· classify (the wasm call; for a table sent to the background, the wait)', col('classify')),
    statRow('· fold (verdict JSON.parse + folding)', col('fold')),
    statRow('Boilerfold start-up (wasm fetch + compile + init)', col('startup')),
    statRow('· wasm fetch (not streamed)', col('fetch')),
    statRow('· wasm compile (not streamed)', col('compile')),
    statRow('· wasm fetch + compile, streamed (compileStreaming)', col('fetchCompile')),
    statRow('· instantiate (initSync)', col('instantiate')),
    statRow('first call, in a task of its own (boilerfold:warm-up)', col('warmup')),
    statRow('settings read (storage.sync; a wait, not work)', col('settings')),
    statRow('pre-check (boilerfold:precheck)', col('precheck')),
  ];
  if (warm) {
    stats.push(statRow('Boilerfold warm collect + classify', col('warm')));
    stats.push(statRow('· warm collect', col('warmCollect')));
    stats.push(statRow('· warm classify', col('warmClassify')));
  }
  stats.push(statRow('Readability.js parse(), first run', col('readFirst')));
  stats.push(statRow(`Readability.js parse(), median of ${reps}`, col('readMedian')));
  stats.push(statRow(`floor: one TreeWalker pass (id, class, text), median of ${reps}`, col('floor')));
  stats.push(statRow('floor, first run (cold, as collect at load is)', col('floorFirst')));
  if (warm) stats.push(statRow(`Boilerfold warm collect + classify, best of ${reps}`, col('warmBest')));
  stats.push(statRow(`Readability.js parse(), best of ${reps}`, col('readBest')));
  stats.push(statRow(`floor, best of ${reps}`, col('floorBest')));
  out.push(table(['per page, ms', 'median', 'p95', 'max'], stats), '');
  const ratios = [
    ratioRow('Boilerfold (at load) / Readability (median)', pp.map((p) => p.total / p.readMedian)),
    ratioRow('Boilerfold (at load) / Readability (first run)', pp.map((p) => p.total / p.readFirst)),
  ];
  if (warm) ratios.push(ratioRow('Boilerfold warm / Readability (median)', pp.map((p) => p.warm / p.readMedian)));
  if (warm) ratios.push(ratioRow(`Boilerfold warm / Readability, best of ${reps} each`, pp.map((p) => p.warmBest / p.readBest)));
  ratios.push(ratioRow('Boilerfold (at load) / floor', pp.map((p) => p.total / p.floor)));
  if (warm) ratios.push(ratioRow('Boilerfold warm / floor', pp.map((p) => p.warm / p.floor)));
  if (warm) ratios.push(ratioRow(`Boilerfold warm / floor, best of ${reps} each`, pp.map((p) => p.warmBest / p.floorBest)));
  ratios.push(ratioRow('collect (at load) / floor', pp.map((p) => p.collect / p.floor)));
  ratios.push(ratioRow('collect (at load) / floor (first run)', pp.map((p) => p.collect / p.floorFirst)));
  if (warm) ratios.push(ratioRow('warm collect / floor', pp.map((p) => p.warmCollect / p.floor)));
  out.push(table(['per-page ratio', 'median', 'p95', 'max'], ratios), '');
  const targets = [
    ['Boilerfold ≤ 0.25 × Readability (median of per-page ratios, at load)', fmt(median(pp.map((p) => p.total / p.readMedian))), yes(median(pp.map((p) => p.total / p.readMedian)) <= 0.25)],
    ['Boilerfold ≤ 3 × floor (median of per-page ratios, at load)', fmt(median(pp.map((p) => p.total / p.floor))), yes(median(pp.map((p) => p.total / p.floor)) <= 3)],
    ['p95 ≤ 10 ms (collect + classify + fold, at load)', `${ms(p95(col('total')))} ms`, yes(p95(col('total')) <= 10)],
    ['start-up ≤ 5 ms (median)', `${ms(median(col('startup')))} ms`, yes(median(col('startup')) <= 5)],
    ['collect ≤ 3 × floor (median of per-page ratios, at load)', fmt(median(pp.map((p) => p.collect / p.floor))), yes(median(pp.map((p) => p.collect / p.floor)) <= 3)],
    ['… against the floor\'s first run', fmt(median(pp.map((p) => p.collect / p.floorFirst))), yes(median(pp.map((p) => p.collect / p.floorFirst)) <= 3)],
  ];
  if (warm) targets.push(['… warm (against the floor\'s median)', fmt(median(pp.map((p) => p.warmCollect / p.floor))), yes(median(pp.map((p) => p.warmCollect / p.floor)) <= 3)]);
  if (warm) {
    targets.splice(1, 0, ['… warm', fmt(median(pp.map((p) => p.warm / p.readMedian))), yes(median(pp.map((p) => p.warm / p.readMedian)) <= 0.25)]);
    targets.splice(3, 0, ['… warm', fmt(median(pp.map((p) => p.warm / p.floor))), yes(median(pp.map((p) => p.warm / p.floor)) <= 3)]);
    targets.splice(5, 0, ['… warm (collect + classify)', `${ms(p95(col('warm')))} ms`, yes(p95(col('warm')) <= 10)]);
  }
  out.push(table(['target (reported, not asserted)', 'measured', ''], targets, ['---', '---:', '---']), '');
  out.push('<details><summary>Per page (ms)</summary>', '');
  const head = ['page', 'KiB', 'nodes', 'folds', 'collect', 'classify', 'fold', 'total', ...(warm ? ['warm'] : []), 'Readability', 'floor', 'start-up'];
  out.push(
    table(
      head,
      pp.map((p) => [
        p.name,
        fmt(p.bytes / 1024),
        p.nodes ?? '–',
        p.folds,
        ms(p.collect),
        ms(p.classify),
        ms(p.fold),
        ms(p.total),
        ...(warm ? [ms(p.warm)] : []),
        ms(p.readMedian),
        ms(p.floor),
        ms(p.startup),
      ]),
    ),
    '',
    '</details>',
    '',
  );
  return { text: out.join('\n'), pp };
}

/** Part 1b: the shim on the non-article fixtures (rows: one per load). */
function nonArticleSection(title, rows) {
  if (!rows) return '';
  const out = [`#### ${title}: pages that are not articles`, ''];
  const names = [...new Set(rows.map((r) => r.name))];
  const skipped = rows.filter((r) => r.shim.state === 'skipped').length;
  // Every boilerfold measure of the load: on a skipped page the pre-check alone, as the shim
  // fetches no wasm; the settings read is a wait for storage, not work, and is left out.
  const work = (m) => sum(Object.entries(m).filter(([k]) => k.startsWith('boilerfold:') && k !== 'boilerfold:settings').map(([, v]) => v));
  out.push(
    `tests/fixtures/nonarticle/ (${names.join(', ')}), each loaded ${rows.length / Math.max(1, names.length)} times: ${skipped} of ${rows.length} loads skipped. ` +
      "The pre-check is its User Timing measure; the shim's work is the sum of every boilerfold measure of the load (the settings read left out: a wait for storage, not work).",
    '',
    table(['per load, ms', 'median', 'p95', 'max'], [
      statRow('pre-check (boilerfold:precheck)', rows.map((r) => r.shim['boilerfold:precheck'])),
      statRow("the shim's work on the page", rows.map((r) => work(r.shim))),
      statRow('wasm start-up (should be absent: –)', rows.map((r) => r.shim['boilerfold:startup'])),
    ]),
    '',
    '<details><summary>Per page (median of its loads, ms)</summary>',
    '',
    table(['page', 'state', 'pre-check', 'shim work'], names.map((n) => {
      const rs = rows.filter((r) => r.name === n);
      return [n, rs[0].shim.state, ms(median(rs.map((r) => r.shim['boilerfold:precheck']))), ms(median(rs.map((r) => work(r.shim))))];
    })),
    '',
    '</details>',
    '',
  );
  return out.join('\n');
}

function boundarySection(r) {
  const out = ['## 2. The wasm boundary', ''];
  if (r.boundary) {
    const rows = r.boundary;
    const med = (xs, i) => median(xs.map((x) => x[i]));
    const pp = rows.map((b) => ({
      name: b.name,
      jsCollect: med(b.js, 0),
      jsClassify: med(b.js, 1),
      js: median(b.js.map((x) => x[0] + x[1])),
      wsWalk: med(b.websys, 0),
      wsClassify: med(b.websys, 1),
      ws: median(b.websys.map((x) => x[0] + x[1])),
      same: b.same && b.nodesJs === b.nodesWebsys,
      firstCollect: b.first ? b.first[0] : NaN,
      firstClassify: b.first ? b.first[1] : NaN,
      firstWalk: b.firstWebsys ? b.firstWebsys[0] : NaN,
    }));
    const same = pp.filter((p) => p.same).length;
    const col = (k) => pp.map((p) => p[k]);
    out.push(
      `Plain Chromium tab (no extension), every corpus page, a first call of each road in the fresh page (shown apart), then ${r.reps} alternating repetitions of each, median per page. ` +
        'JS road: `BoilerfoldCollect.collect(body)` → `Int32Array` + one packed string → `classifyWire` (decode, classify, verdict JSON). ' +
        'web-sys road (`--features bench-websys`, src/bench_websys.rs, built into bench/out/websys/): `websysCollect(body)` walks the DOM through web-sys ' +
        'and builds the `Page` in Rust, then `classifyStored` classifies it and returns the same verdict JSON. ' +
        `Both roads gave the same node count and byte-identical verdicts on ${same} of ${pp.length} pages.`,
      '',
    );
    out.push(
      table(
        ['per page, ms', 'median', 'p95', 'max'],
        [
          statRow('JS road: collect + wire + classify', col('js')),
          statRow('· collect.js', col('jsCollect')),
          statRow('· classifyWire (crossing + decode + classify + JSON)', col('jsClassify')),
          statRow('web-sys road: walk + classify', col('ws')),
          statRow('· web-sys walk → Page', col('wsWalk')),
          statRow('· classify alone (classifyStored)', col('wsClassify')),
          statRow('wire crossing + decode (classifyWire − classifyStored)', pp.map((p) => p.jsClassify - p.wsClassify)),
          statRow('first call in a fresh page: collect.js', col('firstCollect')),
          statRow('first call in a fresh page: classifyWire (one-off costs included)', col('firstClassify')),
          statRow('first call in a fresh page: web-sys walk', col('firstWalk')),
        ],
      ),
      '',
      table(['per-page ratio', 'median', 'p95', 'max'], [
        ratioRow('web-sys road / JS road', pp.map((p) => p.ws / p.js)),
        ratioRow('web-sys walk / collect.js', pp.map((p) => p.wsWalk / p.jsCollect)),
      ]),
      '',
    );
  } else {
    out.push(`Not measured: ${r.errors.boundary || 'skipped'}.`, '');
  }
  out.push('### Strict-CSP fallback (Chromium)', '');
  if (r.chromiumCsp && r.chromiumPages) {
    const normal = new Map(perPage(r.chromiumPages).map((p) => [p.name, p]));
    const csp = r.chromiumCsp.filter((c) => c.shim && c.shim.state === 'ready');
    const bg = csp.filter((c) => c.shim.path === 'background');
    const col = (k) => csp.map((c) => c.shim[k]);
    const totals = csp.map((c) => c.shim['boilerfold:collect'] + c.shim['boilerfold:classify'] + c.shim['boilerfold:fold']);
    const ratio = csp.filter((c) => normal.has(c.name)).map((c) => c.shim['boilerfold:classify'] / normal.get(c.name).classify);
    out.push(
      `The same ${r.chromiumCsp.length} pages served with \`Content-Security-Policy: script-src 'self'\`: ${csp.length} classified, ` +
        `${bg.length} of them through the background's copy of the core (the content script cannot compile wasm under that CSP in Chromium; ` +
        'the table goes to the service worker by `runtime.sendMessage`). From the shim\'s own measures:',
      '',
      table(
        ['per page, ms', 'median', 'p95', 'max'],
        [
          statRow('collect + classify + fold', totals),
          statRow('· collect', col('boilerfold:collect')),
          statRow('· classify (message round trip + background classify)', col('boilerfold:classify')),
          statRow('· fold', col('boilerfold:fold')),
          statRow('start-up (background core ready)', col('boilerfold:startup')),
        ],
      ),
      '',
      table(['per-page ratio', 'median', 'p95', 'max'], [ratioRow('classify via background / classify in the content script (part 1)', ratio)]),
      '',
    );
  } else {
    out.push(`Not measured: ${r.errors.chromiumPages || 'skipped'}.`, '');
  }
  return out.join('\n');
}

function throughputSection(r) {
  const out = ['## 3. Native throughput', ''];
  if (r.throughput) {
    const { rust, traf } = r.throughput;
    const trafCpu = median(traf.cpu_ms);
    const trafWall = median(traf.wall_ms);
    const mb = rust.bytes / 1e6;
    const rows = rust.engines.map((e) => [
      e.engine,
      fmt(e.pages_per_s),
      fmt(e.mb_per_s),
      fmt(e.cpu_ms),
      fmt(e.wall_ms),
    ]);
    rows.push([`trafilatura ${traf.version} extract()`, fmt(traf.pages / (trafCpu / 1e3)), fmt(traf.bytes / 1e6 / (trafCpu / 1e3)), fmt(trafCpu), fmt(trafWall)]);
    const bf = rust.engines.find((e) => e.engine === 'boilerfold parse+classify');
    const ratio = trafCpu / bf.cpu_ms;
    out.push(
      `${rust.pages} corpus pages, ${fmt(mb)} MB of HTML decompressed in memory, one thread. Rust: median of ${rust.engines[0].passes} passes after a warm-up pass ` +
        `(bench/native/, release, LTO); trafilatura: median of ${traf.cpu_ms.length} passes after a warm-up pass, \`trafilatura.extract(page_bytes)\` in-process. ` +
        'Rates are from the thread\'s CPU time (`CLOCK_THREAD_CPUTIME_ID`, Python `time.thread_time`), so other work on the machine does not count; wall time is shown too. ' +
        'dom_smoothie gets the page already decoded to a `String`; boilerfold and trafilatura decode the bytes themselves.',
      '',
      table(['engine', 'pages/s', 'MB/s', 'CPU ms per pass', 'wall ms per pass'], rows),
      '',
      table(['target (reported, not asserted)', 'measured', ''], [
        ['boilerfold (parse + classify) ≥ 10 × trafilatura', `${fmt(ratio)} ×`, yes(ratio >= 10)],
      ], ['---', '---:', '---']),
      '',
      `dom_smoothie / boilerfold (parse + classify), CPU: ${fmt(rust.engines.find((e) => e.engine.startsWith('dom_smoothie')).cpu_ms / bf.cpu_ms)} ×. ` +
        `Per page (median over passes, wall): boilerfold parse + classify median ${ms(median(bf.per_page_ms))} ms, p95 ${ms(p95(bf.per_page_ms))} ms, max ${ms(max(bf.per_page_ms))} ms.`,
      '',
    );
  } else {
    out.push(`Not measured: ${r.errors.throughput || 'skipped'}.`, '');
  }
  if (r.batch) {
    const b = r.batch;
    out.push(
      `### Batch: \`boilerfold classify --jsonl --compact DIR\` (${b.pages} pages: the corpus ${b.copies || 1} times; best of ${b.runs})`,
      '',
      table(['', 'wall ms', 'CPU ms (user + sys)', 'pages/s (wall)', 'peak RSS'], [
        [`all cores (${r.machine.cores})`, fmt(b.all.wall), fmt(b.all.cpu), fmt(b.pages / (b.all.wall / 1e3)), mib(b.all.rssKb * 1024)],
        ['one core (`taskset -c 0`)', fmt(b.one.wall), fmt(b.one.cpu), fmt(b.pages / (b.one.wall / 1e3)), mib(b.one.rssKb * 1024)],
      ]),
      '',
      `Speed-up on ${r.machine.cores} cores: ${fmt(b.one.wall / b.all.wall)} × (wall).`,
      '',
    );
  }
  return out.join('\n');
}

function memorySection(r) {
  const out = ['## 4. Size and memory', ''];
  if (r.size) {
    const s = r.size;
    out.push(
      table(['artefact', 'raw', 'gzip -9'], [
        ['build/wasm/boilerfold_bg.wasm', kib(s.wasmRaw), kib(s.wasmGz)],
        ['build/wasm/boilerfold.js (glue)', kib(s.glueRaw), kib(s.glueGz)],
        ...(r.websysBuild ? [['bench/out/websys/boilerfold_bg.wasm (bench-websys, not shipped)', kib(r.websysBuild.wasmRaw), '–']] : []),
      ]),
      '',
    );
  }
  if (!r.memory) {
    out.push(`Memory not measured: ${r.errors.memory || 'skipped'}.`, '');
    return out.join('\n');
  }
  const m = r.memory;
  const pick = (series, step) => series.filter((_, i) => i === 0 || (i + 1) % step === 0 || i === series.length - 1);
  out.push(
    `Chromium, one tab. After each step a forced GC (CDP \`HeapProfiler.collectGarbage\`), then the tab's V8 heap in use (\`Runtime.getHeapUsage\`: the renderer's isolate, page and content-script worlds together) ` +
      "and the core's wasm linear memory (`wasm_bindgen.initSync().memory.buffer.byteLength`, evaluated in the content script's isolated world through CDP).",
    '',
    `**${m.series.length} page loads** (corpus pages in turn; each load gets a fresh content-script world and a fresh wasm instance):`,
    '',
    table(
      ['load', 'page', 'JS heap used', 'wasm memory'],
      pick(m.series, 10).map((s) => [String(m.series.indexOf(s) + 1), s.name, mib(s.heapUsed), mib(s.wasm)]),
    ),
    '',
    `Over all ${m.series.length} loads: JS heap used ${mib(Math.min(...m.series.map((s) => s.heapUsed)))}–${mib(Math.max(...m.series.map((s) => s.heapUsed)))}, ` +
      `wasm memory ${mib(Math.min(...m.series.map((s) => s.wasm)))}–${mib(Math.max(...m.series.map((s) => s.wasm)))}; ` +
      `last 10 loads vs first 10 (max heap): ${mib(Math.max(...m.series.slice(-10).map((s) => s.heapUsed)))} vs ${mib(Math.max(...m.series.slice(0, 10).map((s) => s.heapUsed)))}.`,
    '',
    `**Same world, ${(m.repeat.length - 1) * 10} re-classifications of the whole page** (${m.repeatPage}: collect + classifyWire in the isolated world; sample every 10):`,
    '',
    table(['after', 'JS heap used', 'wasm memory'], m.repeat.map((s, i) => [String(i * 10), mib(s.heapUsed), mib(s.wasm)])),
    '',
    `**Same world, ${(m.appended.length - 1) * 10} appended chunks** (a 5-comment section appended to the body each time; the shim's MutationObserver classifies each as a fragment, ` +
      `${m.fragmentMs.length} \`boilerfold:fragment\` measures, median ${ms(median(m.fragmentMs))} ms, p95 ${ms(p95(m.fragmentMs))} ms; ${m.foldsAfterAppend} folds at the end):`,
    '',
    table(['after', 'JS heap used', 'wasm memory'], m.appended.map((s, i) => [String(i * 10), mib(s.heapUsed), mib(s.wasm)])),
    '',
  );
  return out.join('\n');
}

function scalingSection(r) {
  const out = ['## 5. Scaling with page size', ''];
  if (!r.scaling) {
    out.push(`Not measured: ${r.errors.scaling || 'skipped'}.`, '');
    return out.join('\n');
  }
  const rows = r.scaling;
  const big = rows.filter((x) => x.bytes >= 100e3);
  const slopeCpu = logLogSlope(big.map((x) => x.bytes), big.map((x) => x.inprocCpuMs));
  const slopeCli = logLogSlope(big.map((x) => x.bytes), big.map((x) => x.cli.wall));
  out.push(
    'Synthetic news pages (bench/lib/synth.mjs: article paragraphs with links, then repeated related-stories lists, donation boxes and comment sections with a reply form) ' +
      '`boilerfold classify --compact PAGE > /dev/null` (parse + classify + JSON out; best of the runs shown, `/usr/bin/time`), and parse + classify in-process (bench binary, thread CPU time).',
    '',
    table(
      ['page size', 'runs', 'CLI wall ms', 'CLI CPU ms', 'CLI peak RSS', 'in-process CPU ms', 'MB/s (in-process)'],
      rows.map((x) => [
        x.bytes >= 1e6 ? `${fmt(x.bytes / 1e6)} MB` : `${fmt(x.bytes / 1e3)} KB`,
        String(x.runs),
        fmt(x.cli.wall),
        fmt(x.cli.cpu),
        mib(x.cli.rssKb * 1024),
        fmt(x.inprocCpuMs),
        fmt(x.bytes / 1e6 / (x.inprocCpuMs / 1e3)),
      ]),
    ),
    '',
    `Fitted exponent (least-squares slope of log time against log size, pages ≥ 100 KB; 1.0 = linear): in-process CPU **${fmt(slopeCpu)}**, CLI wall ${fmt(slopeCli)}.`,
    '',
  );
  return out.join('\n');
}

export function writeReport(r) {
  const v = r.versions;
  const mach = r.machine;
  const out = [];
  out.push(
    '# Boilerfold benchmarks',
    '',
    `Written by \`make bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC in ${fmt(r.totalSeconds)} s${r.quick ? ' — **quick mode (a subset; not the reference figures)**' : ''}. ` +
      'Every figure below comes from that one run; raw data in bench/out/results.json. Speed is reported, never asserted.',
    '',
    table(['machine', ''], [
      ['CPU', mach.cpu],
      ['cores', String(mach.cores)],
      ['memory', `${fmt(mach.memGiB)} GiB`],
      ['OS', `${mach.os}, Linux ${mach.kernel}`],
      ['load average (1, 5, 15 min) before / after', `${mach.loadBefore.map((x) => x.toFixed(2)).join(', ')} / ${(mach.loadAfter || []).map((x) => x.toFixed(2)).join(', ')}`],
    ], ['---', '---']),
    '',
    table(['version', ''], [
      ['boilerfold crate', v.crate],
      ['rustc', v.rustc],
      ['wasm-bindgen (CLI / crate)', `${v.wasmBindgenCli} / ${v.wasmBindgenCrate}`],
      ['node', v.node],
      ['Chromium (playwright-core ' + v.playwrightCore + ')', v.chromium || '–'],
      ['Firefox ESR (selenium-webdriver ' + v.seleniumWebdriver + ', ' + (v.geckodriver || 'no geckodriver') + ')', v.firefox || '–'],
      ['@mozilla/readability', v.readabilityJs],
      ['dom_smoothie', v.domSmoothie || '–'],
      ['trafilatura', r.throughput ? r.throughput.traf.version : '–'],
      ['Python', v.python || '–'],
    ], ['---', '---']),
    '',
    `Corpus: ${r.corpusPages} pages (tests/corpus/aeb and tests/corpus/readability), scripts stripped, served from 127.0.0.1; requests to any other host fail at once. ` +
      'On a shared machine wall-clock figures include waiting for a core: see the load average above.',
    '',
  );
  out.push('## 1. In the browser, page by page', '');
  if (r.chromiumPages) out.push(browserSection(`Chromium ${v.chromium} (headless=new, extension unpacked)`, r.chromiumPages, r.reps, { warm: true }).text);
  else out.push(`Chromium not measured: ${r.errors.chromiumPages || 'skipped'}.`, '');
  out.push(nonArticleSection('Chromium', r.chromiumNonArticle));
  if (r.firefoxPages) {
    out.push(
      browserSection(`${v.firefox} (headless, temporary add-on, selenium + geckodriver; privacy.reduceTimerPrecision off)`, r.firefoxPages, r.reps, { warm: false }).text,
      'No warm re-runs and no memory series in Firefox: WebDriver cannot evaluate inside the content script\'s sandbox.',
      '',
      nonArticleSection('Firefox', r.firefoxNonArticle),
    );
  } else out.push(`Firefox ESR not measured: ${r.errors.firefoxPages || 'skipped'}.`, '');
  out.push(boundarySection(r), throughputSection(r), memorySection(r), scalingSection(r));
  const failed = Object.entries(r.errors);
  if (failed.length) out.push('## Parts that failed in this run', '', ...failed.map(([k, e]) => `- ${k}: ${e}`), '');
  out.push(
    '## Durations of this run',
    '',
    Object.entries(r.durations).map(([k, s]) => `${k} ${fmt(s)} s`).join(' · '),
    '',
  );
  const notes = path.join(REPO, 'bench/NOTES.md');
  if (fs.existsSync(notes)) out.push(fs.readFileSync(notes, 'utf8'));
  const file = path.join(REPO, 'bench/RESULTS.md');
  fs.writeFileSync(file, out.join('\n').replace(/\n{3,}/g, '\n\n'));
  return file;
}

export { sum };
