/*
 * `make bar-sweep`: the fold bars on every labelled page, in both browsers, as issue 18 measures
 * them: no bar taller than 28 px, none inside a link, button, label or toolbar, no two bars with
 * nothing between them, and the first bar's reasons in the browser's interface language. The
 * browser suites check this on the seed pages and 16 corpus pages; this goes through all of
 * them (every set of tests/corpus, scripts stripped), which takes too long for `make test`.
 * Prints one table per browser and the pages with a problem; exits 1 if there is any.
 */
/* global document -- the functions below run in the page */
import { launchChromiumWithExtension } from '../tests/e2e/lib/chromium-driver.mjs';
import { barChecks, reasonPatterns } from '../tests/e2e/lib/checks.mjs';
import { PAGE_RULES } from '../tests/e2e/lib/common.mjs';
import { launchFirefoxWithExtension } from '../tests/e2e/lib/firefox-driver.mjs';
import { inspectPage } from '../tests/e2e/lib/inpage.mjs';
import { chooseCorpus, routesFor, seedPages } from '../tests/e2e/lib/pages.mjs';
import { startRecordingProxy } from '../tests/e2e/lib/proxy.mjs';
import { startServer } from './serve.mjs';

const SETS = ['aeb', 'readability', 'postlight', 'trafilatura'];
const SETTLE_MS = 20_000;

function settled() {
  const s = document.documentElement.getAttribute('data-boilerfold-state');
  return ['ready', 'off', 'error'].includes(s) ? s : null;
}

/** Open the first rendered bar's Why? (a click in its shadow root) and return the reasons. */
function firstReasons() {
  const bar = [...document.querySelectorAll('boilerfold-bar:not([data-boilerfold-note])')].find((b) => b.checkVisibility());
  if (!bar || !bar.shadowRoot) return null;
  const why = bar.shadowRoot.querySelector('button.why');
  if (!why) return null;
  why.click();
  return [...bar.shadowRoot.querySelectorAll('.reasons li')].map((li) => li.textContent);
}

async function sweep(name, launch, server, proxy, pages) {
  const driver = await launch({ proxyPort: proxy.port, requests: [] });
  const row = { browser: name, pages: 0, ready: 0, bars: 0, tallest: 0, problems: 0 };
  const bad = [];
  const patterns = reasonPatterns(driver.uiLocale || 'en');
  try {
    for (const page of pages) {
      row.pages += 1;
      try {
        await driver.goto(server.url + page.path.slice(1));
      } catch (err) {
        bad.push(`${page.name}: did not load (${err.message.split('\n')[0]})`);
        continue;
      }
      let state = null;
      for (const until = Date.now() + SETTLE_MS; !state && Date.now() < until; ) {
        state = await driver.eval(settled);
        if (!state) await new Promise((r) => setTimeout(r, 100));
      }
      if (state !== 'ready') {
        bad.push(`${page.name}: state ${state}`);
        continue;
      }
      row.ready += 1;
      const report = await driver.eval(inspectPage, { labels: {}, rules: PAGE_RULES });
      const fail = [];
      barChecks(report, fail);
      row.bars += report.bars.length;
      row.tallest = Math.max(row.tallest, ...report.bars.filter((b) => b.rendered).map((b) => b.height));
      const reasons = report.bars.length ? await driver.eval(firstReasons) : null;
      for (const r of reasons || []) {
        if (!patterns.some((p) => p.test(r))) fail.push(`reason not in ${driver.uiLocale}: ${JSON.stringify(r)}`);
      }
      if (fail.length) {
        row.problems += fail.length;
        bad.push(`${page.name}: ${fail.join('; ')}`);
      }
    }
  } finally {
    await driver.close();
  }
  return { row, bad };
}

async function main() {
  const pages = [...seedPages(), ...chooseCorpus(Infinity, SETS)];
  const server = await startServer({ routes: routesFor(pages) });
  const proxy = await startRecordingProxy();
  const results = [];
  try {
    const only = process.env.BOILERFOLD_BROWSER;
    if (!only || only === 'chromium') results.push(await sweep('chromium', launchChromiumWithExtension, server, proxy, pages));
    if (!only || only === 'firefox') results.push(await sweep('firefox', launchFirefoxWithExtension, server, proxy, pages));
  } finally {
    await server.close();
    await proxy.close();
  }
  console.log('| browser | pages | classified | bars | tallest bar (px) | problems |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const { row } of results) {
    console.log(`| ${row.browser} | ${row.pages} | ${row.ready} | ${row.bars} | ${row.tallest} | ${row.problems} |`);
  }
  for (const { row, bad } of results) for (const b of bad) console.log(`${row.browser}: ${b}`);
  process.exit(results.some((r) => r.bad.length > 0) ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
