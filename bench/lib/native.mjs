/*
 * Native benchmarks (RESULTS.md parts 3 and 5): the bench binary (bench/native/), trafilatura in a
 * venv under bench/out/, the CLI's --jsonl batch mode on all cores and on one, and the CLI on
 * synthetic pages from 10 KB to 50 MB.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { REPO, CORPUS_DIRS } from './corpus.mjs';
import { syntheticPage } from './synth.mjs';

const OUT = path.join(REPO, 'bench/out');
export const CLI = path.join(REPO, 'target/release/boilerfold');
const BENCH_TARGET = path.join(OUT, 'native-target');
export const BENCH_BIN = path.join(BENCH_TARGET, 'release/boilerfold-bench-native');
const VENV = path.join(OUT, 'venv');
const PY = path.join(VENV, 'bin/python');

function sh(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
}

export function corpusFiles() {
  return CORPUS_DIRS.flatMap((d) =>
    fs.readdirSync(d).filter((n) => n.endsWith('.html.gz')).sort().map((n) => path.join(d, n)),
  );
}

export function buildNative(log) {
  log('building the CLI (cargo build --release) and the bench binary (bench/native/)');
  sh('cargo', ['build', '--release', '--quiet', '--bin', 'boilerfold'], { stdio: 'inherit' });
  sh('cargo', ['build', '--release', '--quiet', '--manifest-path', 'bench/native/Cargo.toml'], {
    stdio: 'inherit',
    env: { ...process.env, CARGO_TARGET_DIR: BENCH_TARGET },
  });
}

export function setupTrafilatura(log) {
  if (!fs.existsSync(PY)) {
    log('creating the trafilatura venv in bench/out/venv (pip install trafilatura)');
    sh('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  }
  const ok = spawnSync(PY, ['-c', 'import trafilatura'], { stdio: 'ignore' }).status === 0;
  if (!ok) {
    // lxml ≥ 5.2 moved lxml.html.clean (which justext, a trafilatura dependency, imports) out.
    sh(path.join(VENV, 'bin/pip'), ['install', '--quiet', 'trafilatura', 'lxml_html_clean'], { stdio: 'inherit' });
  }
}

/** Part 3: boilerfold and dom_smoothie in the bench binary; trafilatura in Python. */
export function throughput({ passes = 5, trafPasses = 3 } = {}) {
  const files = corpusFiles();
  const rust = JSON.parse(sh(BENCH_BIN, ['--passes', String(passes), ...files]));
  const traf = JSON.parse(sh(PY, [path.join(REPO, 'bench/trafilatura_bench.py'), String(trafPasses), ...files]));
  return { rust, traf };
}

function timed(cmd, args, { cpu = null } = {}) {
  const full = cpu === null ? [cmd, ...args] : ['taskset', '-c', String(cpu), cmd, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...full], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6; // /usr/bin/time's %e has 10 ms steps
  if (r.status !== 0) throw new Error(`${full.join(' ')} failed: ${r.stderr.slice(-500)}`);
  const last = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: (last[1] + last[2]) * 1e3, rssKb: last[3] };
}

/** Part 3, batch: `boilerfold classify --jsonl DIR` on all cores and under taskset -c 0. */
export function batch({ runs = 3, copies = 8 } = {}) {
  const dir = path.join(OUT, 'batch');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // The corpus alone is a quarter of a second of work: repeat it so thread start-up and the
  // last straggler page do not decide the speed-up.
  const files = corpusFiles();
  for (let k = 0; k < copies; k++) {
    for (const f of files) fs.symlinkSync(f, path.join(dir, `${k}-${path.basename(path.dirname(f))}-${path.basename(f)}`));
  }
  const args = ['classify', '--jsonl', '--compact', dir];
  const all = [];
  const one = [];
  for (let i = 0; i < runs; i++) {
    all.push(timed(CLI, args));
    one.push(timed(CLI, args, { cpu: 0 }));
  }
  const best = (xs) => xs.reduce((a, b) => (b.wall < a.wall ? b : a));
  return { pages: files.length * copies, copies, all: best(all), one: best(one), runs };
}

export const SCALE_SIZES = [10e3, 30e3, 100e3, 300e3, 1e6, 3e6, 10e6, 30e6, 50e6];

/** Part 5: synthetic pages, CLI parse+classify (wall, CPU, peak RSS) and in-process CPU. */
export function scaling({ sizes = SCALE_SIZES, log = () => {} } = {}) {
  const dir = path.join(OUT, 'scale');
  fs.mkdirSync(dir, { recursive: true });
  const files = sizes.map((n) => {
    const f = path.join(dir, `synthetic-${n}.html`);
    if (!fs.existsSync(f)) fs.writeFileSync(f, syntheticPage(n));
    return f;
  });
  const rows = [];
  for (const [i, f] of files.entries()) {
    const bytes = fs.statSync(f).size;
    const runs = bytes <= 1e6 ? 5 : bytes <= 10e6 ? 2 : 1;
    const r = [];
    for (let k = 0; k < runs; k++) r.push(timed(CLI, ['classify', '--compact', f]));
    const best = r.reduce((a, b) => (b.wall < a.wall ? b : a));
    const inproc = JSON.parse(sh(BENCH_BIN, ['--boilerfold-only', '--passes', String(Math.max(1, runs - 1)), f]));
    const e = inproc.engines[0];
    rows.push({ size: sizes[i], bytes, runs, cli: best, inprocCpuMs: e.cpu_ms, inprocWallMs: e.wall_ms });
    log(`  ${bytes} bytes: CLI ${best.wall.toFixed(0)} ms wall, ${best.cpu.toFixed(0)} ms CPU, ${(best.rssKb / 1024).toFixed(0)} MiB; in-process ${e.cpu_ms.toFixed(1)} ms CPU`);
  }
  return rows;
}

export function versions() {
  const v = (cmd, args) => {
    try {
      return sh(cmd, args).trim().split('\n')[0];
    } catch {
      return null;
    }
  };
  const lock = fs.readFileSync(path.join(REPO, 'bench/native/Cargo.lock'), 'utf8');
  const smoothie = /name = "dom_smoothie"\nversion = "([^"]+)"/.exec(lock);
  const cargoToml = fs.readFileSync(path.join(REPO, 'Cargo.toml'), 'utf8');
  const wb = /wasm-bindgen = "=?([^"]+)"/.exec(cargoToml);
  return {
    rustc: v('rustc', ['--version']),
    node: process.version,
    crate: /^version = "([^"]+)"/m.exec(cargoToml)[1],
    wasmBindgenCli: v(path.join(process.env.HOME, '.cargo/bin/wasm-bindgen'), ['--version']),
    wasmBindgenCrate: wb ? wb[1] : null,
    domSmoothie: smoothie ? smoothie[1] : null,
    python: v('python3', ['--version']),
    readabilityJs: JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/@mozilla/readability/package.json'), 'utf8')).version,
    playwrightCore: JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/playwright-core/package.json'), 'utf8')).version,
    seleniumWebdriver: JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/selenium-webdriver/package.json'), 'utf8')).version,
    geckodriver: v(path.join(process.env.HOME, '.cargo/bin/geckodriver'), ['--version']),
  };
}
