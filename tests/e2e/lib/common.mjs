/*
 * Constants and small helpers shared by the browser tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO, SHARED, SHARED_SRC } from './pages.mjs';

export { REPO, SHARED, SHARED_SRC };
export const EXT_DIR = path.join(REPO, 'build/extension');
export const WASM_DIR = path.join(REPO, 'build/wasm');
export const ARTIFACTS = path.join(REPO, 'tests/e2e/artifacts');
/** The page-table rules inspectPage applies in the page (plain data: it crosses into the page). */
export const PAGE_RULES = SHARED && { skippedTags: SHARED.skippedTags, childlessTags: SHARED.childlessTags, hiddenStyle: SHARED.hiddenStyle };
/** collect.js with the rules it reads, for checks that evaluate it into a page (inpage.mjs serializedWalkParity). */
export const COLLECT_SRC = `${SHARED_SRC}\n;\n${fs.readFileSync(path.join(REPO, 'extension/content/collect.js'), 'utf8')}`;

/**
 * Generous: CI machines are slow (2 cores, shared). No check depends on how fast anything is;
 * this only bounds how long a broken run hangs.
 */
export const TIMEOUT = Number(process.env.BOILERFOLD_E2E_TIMEOUT_MS || 90_000);

/** The add-on id from the manifest (Firefox needs it to pin the extension's UUID). */
export function addonId() {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXT_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** Fail early, with the command that fixes it, when the build outputs are missing. */
export function requireBuild() {
  const missing = [
    path.join(EXT_DIR, 'manifest.json'),
    path.join(EXT_DIR, 'wasm/boilerfold_bg.wasm'),
    path.join(WASM_DIR, 'boilerfold.js'),
    path.join(WASM_DIR, 'boilerfold_bg.wasm'),
  ].filter((f) => !fs.existsSync(f));
  if (missing.length > 0) {
    throw new Error(`missing build output (run \`make ext\` first): ${missing.map((f) => path.relative(REPO, f)).join(', ')}`);
  }
}

/** Poll `probe` until it returns a truthy value; throw a clear error after TIMEOUT. */
export async function waitFor(what, probe, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${detail})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function ensureArtifacts() {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

/**
 * The tab showing `pageUrl`. Without the "tabs" permission a tab's URL may be hidden from the
 * extension; then it is the one tab that is not an extension page.
 */
export function pickTab(tabs, pageUrl, base) {
  if (!Array.isArray(tabs)) throw new Error(`tabs.query failed in the popup: ${tabs}`);
  const exact = tabs.find((t) => t.url === pageUrl);
  if (exact) return exact;
  const others = tabs.filter((t) => !(t.url || '').startsWith(base));
  if (others.length === 1) return others[0];
  throw new Error(`cannot tell which tab has ${pageUrl}; tabs: ${JSON.stringify(tabs)}`);
}
