/*
 * The pre-check (extension/content/precheck.js), in Chromium and Firefox:
 *
 *   every labelled page with article sentences (the four corpus sets, the challenge set, the
 *   labelled fixtures; lib/precheck.mjs)   → judged an article, in a plain browser (the rules
 *                                             alone: no time budget, so no machine is too slow)
 *   tests/fixtures/nonarticle/*.html        → judged no article there; and with the extension:
 *                                             state "skipped", no wasm fetched or compiled (no
 *                                             boilerfold:startup measure, no request for it), no
 *                                             fold, and still so after the one re-check
 *   tests/fixtures/e2e/late-article.html    → an app shell skipped, then, once the page draws
 *                                             its article, folded at the re-check
 *
 * Run: node --test tests/e2e/precheck.test.mjs   (after make ext). Judging ~500 pages in two
 * browsers is the long part: about twenty minutes on a loaded two-core machine.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { launchChromiumWithExtension, launchPlainChromium } from './lib/chromium-driver.mjs';
import { TIMEOUT, requireBuild, waitFor } from './lib/common.mjs';
import { launchFirefoxWithExtension } from './lib/firefox-driver.mjs';
import { fixturePage, routesFor } from './lib/pages.mjs';
import { PRECHECK_SRC, articlePages, nonArticlePages, runPrecheck } from './lib/precheck.mjs';
import { startRecordingProxy } from './lib/proxy.mjs';

const articles = articlePages();
const nonArticles = nonArticlePages();
const late = fixturePage('late-article');
const { RECHECK_MS, RECHECK_IDLE_MS } = (() => {
  const scope = {};
  new Function('globalThis', PRECHECK_SRC)(scope);
  return scope.BoilerfoldPrecheck.PRECHECK;
})();

/** In the page: the shim's state, its pre-checks and whether it loaded the core. */
function shimReport() {
  const names = (n) => performance.getEntriesByName(n);
  return {
    state: document.documentElement.getAttribute('data-boilerfold-state'),
    folds: document.querySelectorAll('[data-boilerfold]').length,
    bars: document.querySelectorAll('boilerfold-bar').length,
    prechecks: names('boilerfold:precheck').length,
    // Why each pre-check decided as it did ('budget': its time ran out, and it said yes).
    why: names('boilerfold:precheck').map((e) => (e.detail ? e.detail.why : null)),
    startup: names('boilerfold:startup').length + names('boilerfold:warm-up').length,
    wasmResources: performance.getEntriesByType('resource').filter((e) => /boilerfold_bg\.wasm/.test(e.name)).length,
  };
}

/** Plain browsers: {name, judge(url) → precheck verdict, close()}. */
async function plainBrowsers(proxyPort) {
  const chromium = await launchPlainChromium({ proxyPort });
  const tab = await chromium.newPage();
  const firefox = await launchFirefoxWithExtension({ proxyPort, extension: false });
  const arg = { src: PRECHECK_SRC };
  return [
    {
      name: 'chromium',
      async judge(url) {
        await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
        return tab.evaluate(`(${runPrecheck})(${JSON.stringify(arg)})`);
      },
      close: () => chromium.close(),
    },
    {
      name: 'firefox',
      async judge(url) {
        await firefox.goto(url);
        return firefox.eval(runPrecheck, arg);
      },
      close: () => firefox.close(),
    },
  ];
}

describe('pre-check', { timeout: TIMEOUT * 40 }, () => {
  let server;
  let proxy;
  before(async () => {
    requireBuild();
    server = await startServer({ routes: routesFor([...articles, ...nonArticles, late]) });
    proxy = await startRecordingProxy();
  });
  after(async () => {
    if (server) await server.close();
    if (proxy) await proxy.close();
  });

  it('has the pages to judge', () => {
    assert.ok(articles.length >= 400, `only ${articles.length} labelled article pages found`);
    assert.ok(nonArticles.length >= 6, `only ${nonArticles.length} pages in tests/fixtures/nonarticle/`);
  });

  it('judges every labelled article page an article and every non-article fixture not, in both browsers', async () => {
    const browsers = await plainBrowsers(proxy.port);
    const fail = [];
    try {
      for (const b of browsers) {
        for (const page of articles) {
          const v = await b.judge(server.url + page.path.slice(1));
          if (!v.article) fail.push(`${b.name}: ${page.source} skipped (${JSON.stringify(v)})`);
        }
        for (const page of nonArticles) {
          const v = await b.judge(server.url + page.path.slice(1));
          if (v.article) fail.push(`${b.name}: ${page.source} judged an article (${JSON.stringify(v)})`);
        }
      }
    } finally {
      for (const b of browsers) await b.close();
    }
    assert.deepEqual(fail, []);
  });

  for (const [name, launch] of [
    ['chromium', launchChromiumWithExtension],
    ['firefox', launchFirefoxWithExtension],
  ]) {
    describe(`${name} with the extension`, () => {
      let driver;
      const requests = [];
      before(async () => {
        driver = await launch({ proxyPort: proxy.port, requests });
      });
      after(async () => {
        if (driver) await driver.close();
      });

      it('loads the core on an article page (what the checks below look for is there)', async () => {
        const seed = articles.find((p) => p.kind === 'seed');
        await driver.goto(server.url + seed.path.slice(1));
        const r = await waitFor(`${seed.name} ready`, async () => {
          const s = await driver.eval(shimReport);
          return s.state === 'ready' ? s : false;
        });
        assert.ok(r.startup > 0, 'no boilerfold:startup measure on an article page');
        assert.equal(r.prechecks, 1);
      });

      for (const page of nonArticles) {
        it(`skips ${page.source}: no wasm, no fold, also after the re-check`, async (t) => {
          const before = requests.length;
          await driver.goto(server.url + page.path.slice(1));
          const first = await waitFor(`${page.name} judged`, async () => {
            const s = await driver.eval(shimReport);
            return s.prechecks > 0 && ['skipped', 'ready', 'error'].includes(s.state) ? s : false;
          });
          // A machine too slow for the pre-check's time budget makes it say yes (the rules
          // themselves are judged above, without the budget): no failure for slowness.
          if (first.why[0] === 'budget') return t.skip(`the pre-check ran out of time on this machine (${first.state})`);
          assert.equal(first.state, 'skipped', `state ${first.state}, pre-check ${JSON.stringify(first.why)}`);
          // The one re-check comes RECHECK_MS later, when the browser is idle.
          const r = await waitFor(
            `${page.name} re-checked`,
            async () => {
              const s = await driver.eval(shimReport);
              return s.prechecks >= 2 ? s : false;
            },
            TIMEOUT + RECHECK_MS + RECHECK_IDLE_MS,
          );
          assert.equal(r.state, 'skipped', `after the re-check: ${JSON.stringify(r)}`);
          assert.equal(r.prechecks, 2, 'more than one re-check');
          assert.equal(r.startup, 0, 'the core was loaded on a skipped page');
          assert.equal(r.wasmResources, 0, 'the page fetched the wasm');
          assert.equal(r.folds + r.bars, 0, 'something was folded on a skipped page');
          const wasm = requests.slice(before).filter((q) => /boilerfold_bg\.wasm/.test(q.url));
          assert.deepEqual(wasm, [], 'a request for the wasm on a skipped page');
        });
      }

      it('folds a single-page app once it has drawn its article (the re-check)', async () => {
        await driver.goto(server.url + late.path.slice(1));
        const first = await waitFor('the app shell judged', async () => {
          const s = await driver.eval(shimReport);
          return s.prechecks > 0 && ['skipped', 'ready', 'error'].includes(s.state) ? s : false;
        });
        assert.equal(first.state, 'skipped', `the app shell: ${JSON.stringify(first)}`);
        await driver.eval(() => window.postMessage('draw', '*'));
        const r = await waitFor(
          'the drawn article folded',
          async () => {
            const s = await driver.eval(shimReport);
            return s.state === 'ready' ? s : false;
          },
          TIMEOUT + RECHECK_MS + RECHECK_IDLE_MS,
        );
        assert.equal(r.prechecks, 2);
        assert.ok(r.startup > 0, 'no core loaded after the re-check');
        assert.ok(r.folds >= 1, 'the related-stories list was not folded');
      });
    });
  }
});
