/*
 * The native side of the parity checks: the `boilerfold` CLI run on the exact bytes the test
 * server sends to the browser.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO } from './pages.mjs';

// BOILERFOLD_CLI names a ready binary (then nothing is built). Cargo builds into
// CARGO_TARGET_DIR when that is set, else target/.
const TARGET_DIR = path.resolve(REPO, process.env.CARGO_TARGET_DIR || 'target');
const BIN = process.env.BOILERFOLD_CLI || path.join(TARGET_DIR, 'release/boilerfold');
let built = Boolean(process.env.BOILERFOLD_CLI);

/**
 * Build the release CLI once per process (a no-op when it is up to date). CI runs the Rust
 * tests before this, so it is normally already built.
 */
export function buildCli() {
  if (built) return BIN;
  execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'boilerfold'], {
    cwd: REPO,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PATH: `${os.homedir()}/.cargo/bin:${process.env.PATH}` },
    timeout: 20 * 60 * 1000,
  });
  if (!fs.existsSync(BIN)) throw new Error(`cargo build did not produce ${BIN}`);
  built = true;
  return BIN;
}

let tmpDir = null;
function tmpFile(bytes) {
  tmpDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'boilerfold-e2e-'));
  const file = path.join(tmpDir, `page-${process.pid}-${Math.random().toString(36).slice(2)}.html`);
  fs.writeFileSync(file, bytes);
  return file;
}

function run(sub, bytes) {
  const bin = buildCli();
  const file = tmpFile(bytes);
  try {
    const out = execFileSync(bin, [sub, file], { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
    return JSON.parse(out);
  } catch (err) {
    const stderr = err.stderr ? String(err.stderr).slice(0, 2000) : '';
    throw new Error(`boilerfold ${sub} failed on the served bytes: ${err.message}\n${stderr}`, { cause: err });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** `boilerfold classify` → the verdict. */
export function cliClassify(bytes) {
  return run('classify', bytes);
}

/** `boilerfold table` → the page table. */
export function cliTable(bytes) {
  return run('table', bytes);
}

/**
 * The CLI's folds as {label, text}: a fold's text is its blocks' texts (verdict `blocks[].text`,
 * already whitespace-collapsed) joined by a space.
 */
export function cliFolds(verdict) {
  const byId = new Map(verdict.blocks.map((b) => [b.id, b]));
  return verdict.folds.map((f) => ({
    label: f.label,
    node: f.node,
    text: f.block_ids.map((id) => (byId.get(id) ? byId.get(id).text : '')).join(' '),
  }));
}
