#!/usr/bin/env node
/*
 * `make bench`: measure, then write bench/RESULTS.md (every figure from this one run) and the raw
 * data to bench/out/results.json. Speed is reported, never asserted: a slow machine never fails
 * this command; a part that cannot run is reported as such and the others go on.
 *
 *   node bench/run.mjs [--quick] [--only native,scaling,size,chromium,firefox] [--report-only]
 *
 * --quick: a few corpus pages, fewer passes, smaller scaling pages (to try the harness).
 * --report-only: rewrite RESULTS.md from bench/out/results.json without measuring.
 * Parts: 1 in-browser per page (Chromium, Firefox ESR); 2 the wasm boundary (JS hand-over vs
 * web-sys walk) and the strict-CSP fallback; 3 native throughput (boilerfold, dom_smoothie,
 * trafilatura; the --jsonl batch on all cores vs one); 4 size and memory; 5 scaling with size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { REPO, loadCorpus } from './lib/corpus.mjs';
import { nonArticleFixtures, serveCorpus, WEBSYS_DIR } from './lib/server.mjs';
import * as native from './lib/native.mjs';
import { writeReport } from './lib/report.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const onlyArg = argv.indexOf('--only');
const ALL_PARTS = ['native', 'scaling', 'size', 'chromium', 'firefox'];
const only = onlyArg >= 0 ? argv[onlyArg + 1].split(',') : ALL_PARTS;
const want = (p) => only.includes(p);
const REPS = quick ? 3 : 5;

const started = Date.now();
const log = (msg) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

function machine() {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo);
  return {
    cpu: model ? model[1].trim() : os.cpus()[0]?.model,
    cores: os.cpus().length,
    memGiB: os.totalmem() / 2 ** 30,
    kernel: os.release(),
    os: (() => {
      try {
        return /PRETTY_NAME="([^"]+)"/.exec(fs.readFileSync('/etc/os-release', 'utf8'))[1];
      } catch {
        return os.type();
      }
    })(),
    loadBefore: os.loadavg(),
  };
}

async function part(results, name, fn) {
  const t = Date.now();
  try {
    results[name] = await fn();
  } catch (err) {
    log(`${name}: FAILED: ${err.stack || err}`);
    results.errors[name] = String(err.message || err).split('\n')[0];
  }
  results.durations[name] = (Date.now() - t) / 1000;
}

async function main() {
  fs.mkdirSync(path.join(REPO, 'bench/out'), { recursive: true });
  if (argv.includes('--report-only')) {
    // Rewrite RESULTS.md from the last run's raw data (e.g. after editing bench/NOTES.md).
    const last = JSON.parse(fs.readFileSync(path.join(REPO, 'bench/out/results.json'), 'utf8'));
    log(`rewrote ${path.relative(REPO, writeReport(last))} from bench/out/results.json`);
    return;
  }
  const results = { quick, reps: REPS, machine: machine(), versions: native.versions(), errors: {}, durations: {} };
  log(`machine: ${results.machine.cpu}, ${results.machine.cores} cores, load ${results.machine.loadBefore.map((x) => x.toFixed(2)).join(' ')}`);

  let corpus = loadCorpus();
  if (quick) corpus = corpus.filter((_, i) => i % 10 === 0);
  results.corpusPages = corpus.length;

  if (want('native') || want('scaling')) {
    await part(results, 'build', () => native.buildNative(log));
  }
  if (want('native')) {
    await part(results, 'throughput', () => {
      native.setupTrafilatura(log);
      log('part 3: boilerfold, dom_smoothie and trafilatura over the corpus, single thread');
      return native.throughput({ passes: quick ? 2 : 5, trafPasses: quick ? 1 : 3 });
    });
    await part(results, 'batch', () => {
      log('part 3: boilerfold classify --jsonl on all cores and under taskset -c 0');
      return native.batch({ runs: quick ? 1 : 3 });
    });
  }
  if (want('scaling')) {
    await part(results, 'scaling', () => {
      log('part 5: synthetic pages, 10 KB to 50 MB');
      return native.scaling({ sizes: quick ? [10e3, 100e3, 1e6] : native.SCALE_SIZES, log });
    });
  }
  if (want('size')) {
    await part(results, 'size', () => {
      const wasm = fs.readFileSync(path.join(REPO, 'build/wasm/boilerfold_bg.wasm'));
      const glue = fs.readFileSync(path.join(REPO, 'build/wasm/boilerfold.js'));
      const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
      return { wasmRaw: wasm.length, wasmGz: gz(wasm), glueRaw: glue.length, glueGz: gz(glue) };
    });
  }

  if (want('chromium') || want('firefox')) {
    if (want('chromium')) {
      await part(results, 'websysBuild', () => {
        log('part 2: building the bench-websys wasm (bench/build-websys.sh)');
        execFileSync(path.join(REPO, 'bench/build-websys.sh'), { cwd: REPO, stdio: 'inherit' });
        return { wasmRaw: fs.statSync(path.join(WEBSYS_DIR, 'boilerfold_bg.wasm')).size };
      });
    }
    const server = await serveCorpus(corpus);
    try {
      if (want('chromium')) await chromiumParts(results, corpus, server.url);
      if (want('firefox')) await firefoxParts(results, corpus, server.url);
    } finally {
      await server.close();
    }
  }

  results.machine.loadAfter = os.loadavg();
  results.totalSeconds = (Date.now() - started) / 1000;
  fs.writeFileSync(path.join(REPO, 'bench/out/results.json'), JSON.stringify(results, null, 1));
  const file = writeReport(results);
  log(`wrote ${path.relative(REPO, file)} (raw data: bench/out/results.json) in ${results.totalSeconds.toFixed(0)} s`);
}

async function chromiumParts(results, corpus, base) {
  const chromium = await import('./lib/chromium.mjs');
  await part(results, 'chromiumPages', async () => {
    const ext = await chromium.launchWithExtension();
    results.versions.chromium = ext.version;
    try {
      log(`part 1: Chromium ${ext.version}, ${corpus.length} pages with the extension`);
      const pages = await chromium.pages(ext, base, corpus, { reps: REPS, log: () => {} });
      log('part 1b: the non-article fixtures (the pre-check skips them)');
      results.chromiumNonArticle = await chromium.nonArticle(ext, base, nonArticleFixtures(), { reps: REPS });
      log('part 2: the same pages with a strict CSP (background fallback)');
      results.chromiumCsp = await chromium.cspPages(ext, base, corpus, { log: () => {} });
      return pages;
    } finally {
      await ext.close();
    }
  });
  await part(results, 'boundary', async () => {
    const plain = await chromium.launchPlain();
    try {
      log('part 2: JS collect + wire + classify against the web-sys walk, plain tab');
      return await chromium.boundary(plain, base, corpus, { reps: REPS, log: () => {} });
    } finally {
      await plain.close();
    }
  });
  await part(results, 'memory', async () => {
    const ext = await chromium.launchWithExtension();
    try {
      log('part 4: memory over 100 page loads in one tab, then 100 re-classifications in one page');
      const n = quick ? 10 : 100;
      return await chromium.memory(ext, base, corpus, { loads: n, reclass: n, log });
    } finally {
      await ext.close();
    }
  });
}

async function firefoxParts(results, corpus, base) {
  const firefox = await import('./lib/firefox.mjs');
  results.versions.firefox = firefox.firefoxVersion();
  await part(results, 'firefoxPages', async () => {
    const ff = await firefox.launchFirefox();
    try {
      log(`part 1: ${ff.version}, ${corpus.length} pages with the extension`);
      const pages = await firefox.pages(ff, base, corpus, { reps: REPS, log: () => {} });
      log('part 1b: the non-article fixtures (the pre-check skips them)');
      results.firefoxNonArticle = await firefox.nonArticle(ff, base, nonArticleFixtures(), { reps: REPS });
      return pages;
    } finally {
      await ff.close();
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
