#!/usr/bin/env node
/*
 * Where the shim's start-up goes, in both browsers, quickly (make bench measures the same on
 * every page, among everything else): `pages` corpus pages spread over the corpus, each loaded
 * once with the extension (a fresh content-script world each time), and the non-article
 * fixtures; prints the median of each boilerfold:* measure per browser. For trying a change to
 * start-up; nothing is written.
 *
 *   node bench/startup.mjs [--pages 24] [--only chromium,firefox]
 */
import { loadCorpus } from './lib/corpus.mjs';
import { nonArticleFixtures, serveCorpus } from './lib/server.mjs';
import { median } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const arg = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const n = Number(arg('--pages', 24));
const only = arg('--only', 'chromium,firefox').split(',');

const all = loadCorpus();
const corpus = all.filter((_, i) => i % Math.max(1, Math.floor(all.length / n)) === 0).slice(0, n);
const fixtures = nonArticleFixtures();

function table(title, rows) {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.shim).filter((k) => k.startsWith('boilerfold'))))].sort();
  console.log(`\n${title} (${rows.length} loads; median ms, and loads with the measure)`);
  for (const k of names) {
    const v = rows.map((r) => r.shim[k]).filter(Number.isFinite);
    console.log(`  ${k.padEnd(32)} ${median(v).toFixed(2).padStart(8)}  (${v.length})`);
  }
  const states = {};
  for (const r of rows) states[r.shim.state] = (states[r.shim.state] || 0) + 1;
  const odd = rows.filter((r) => r.shim.precheckWhy && !['prose', 'hinted'].includes(r.shim.precheckWhy));
  if (odd.length) console.log(`  pre-check said: ${odd.map((r) => `${r.name}=${r.shim.precheckWhy}`).join(', ')}`);
  console.log(`  states: ${JSON.stringify(states)}`);
}

const server = await serveCorpus(corpus);
try {
  if (only.includes('chromium')) {
    const chromium = await import('./lib/chromium.mjs');
    const ext = await chromium.launchWithExtension();
    try {
      const pages = await chromium.pages(ext, server.url, corpus, { reps: 1 });
      table(`Chromium ${ext.version}: corpus pages`, pages);
      table('Chromium: non-article fixtures', await chromium.nonArticle(ext, server.url, fixtures, { reps: 2 }));
    } finally {
      await ext.close();
    }
  }
  if (only.includes('firefox')) {
    const firefox = await import('./lib/firefox.mjs');
    const ff = await firefox.launchFirefox();
    try {
      const pages = await firefox.pages(ff, server.url, corpus, { reps: 1 });
      table(`${ff.version}: corpus pages`, pages);
      table('Firefox: non-article fixtures', await firefox.nonArticle(ff, server.url, fixtures, { reps: 2 }));
    } finally {
      await ff.close();
    }
  }
} finally {
  await server.close();
}
