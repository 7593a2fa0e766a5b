/*
 * `make screenshots`: the fold bars as a reader sees them, in docs/screenshots/, for the README.
 * The German seed page (tests/fixtures/seed/de-wordpress.html) in headless Chromium and Firefox
 * with the built extension, at 1280 and 390 px wide, as published (light) and with a dark page
 * style added (a page that is dark by its own CSS, whatever the browser's theme), scrolled to
 * the first bar. Chromium's interface is German (the bars speak the reader's language), Firefox's
 * English. Pictures are made by this command, never edited by hand.
 */
/* global document, window -- the functions below run in the page */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromiumWithExtension } from '../tests/e2e/lib/chromium-driver.mjs';
import { launchFirefoxWithExtension } from '../tests/e2e/lib/firefox-driver.mjs';
import { REPO } from '../tests/e2e/lib/pages.mjs';
import { startRecordingProxy } from '../tests/e2e/lib/proxy.mjs';
import { startServer } from './serve.mjs';

const OUT = path.join(REPO, 'docs/screenshots');
const PAGE = path.join(REPO, 'tests/fixtures/seed/de-wordpress.html');
const WIDTHS = [1280, 390];
const HEIGHT = 760;
// A dark page: its own background and text colours, as a site's dark theme sets them.
const DARK_STYLE =
  '<meta name="color-scheme" content="dark"><style>html, body { background: #15171c !important; color: #d9dee7 !important; }' +
  ' a { color: #8ab4f8 !important; } input, button { background: #2a2e36; color: inherit; }</style>';
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;

function pageBytes(dark) {
  let html = fs.readFileSync(PAGE, 'utf8').replace(SCRIPT, '');
  if (dark) html = html.replace(/<\/head>/i, `${DARK_STYLE}</head>`);
  return Buffer.from(html);
}

/** Scroll so the first bar sits a little below the top of the window. */
function scrollToFirstBar() {
  const bar = document.querySelector('boilerfold-bar');
  if (!bar) return false;
  bar.scrollIntoView({ block: 'start' });
  window.scrollBy(0, -160);
  return true;
}

function ready() {
  return document.documentElement.getAttribute('data-boilerfold-state') === 'ready';
}

async function waitReady(evalFn) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (await evalFn(ready)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the page never reached data-boilerfold-state="ready"');
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const routes = {
    '/light.html': { body: pageBytes(false), type: 'text/html; charset=utf-8', headers: {} },
    '/dark.html': { body: pageBytes(true), type: 'text/html; charset=utf-8', headers: {} },
  };
  const server = await startServer({ routes });
  const proxy = await startRecordingProxy();
  const written = [];
  try {
    for (const name of ['chromium', 'firefox']) {
      const launch = name === 'chromium' ? launchChromiumWithExtension : launchFirefoxWithExtension;
      const driver = await launch({ proxyPort: proxy.port, requests: [] });
      try {
        for (const width of WIDTHS) {
          if (name === 'chromium') await driver.page.setViewportSize({ width, height: HEIGHT });
          else await driver.webdriver.manage().window().setRect({ width, height: HEIGHT });
          for (const theme of ['light', 'dark']) {
            await driver.goto(`${server.url}${theme}.html`);
            await waitReady((fn) => driver.eval(fn));
            await driver.eval(scrollToFirstBar);
            const file = path.join(OUT, `${name}-${width}-${theme}.png`);
            await driver.screenshot(file);
            written.push(path.relative(REPO, file));
          }
        }
      } finally {
        await driver.close();
      }
    }
  } finally {
    await server.close();
    await proxy.close();
  }
  console.log(`screenshots: ${written.join(', ')}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
