// Assembles the unpacked extension in build/extension/: the sources in extension/ plus the wasm
// core (build/wasm/boilerfold.js + boilerfold_bg.wasm, made by `make wasm`) in wasm/.
// One manifest serves both browsers, so there is one build. Checks on the way that the manifest
// version equals the crate's and that every file the manifest names exists.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(repo, 'extension');
const wasmDir = join(repo, 'build', 'wasm');
const out = join(repo, 'build', 'extension');
// shared.js: the rules generated from the core's tables (examples/shared_js.rs).
const WASM_FILES = ['boilerfold.js', 'boilerfold_bg.wasm', 'shared.js'];

function die(message) {
  console.error(`build-ext: ${message}`);
  process.exit(1);
}

for (const file of WASM_FILES) {
  if (!existsSync(join(wasmDir, file))) die(`${join('build/wasm', file)} is missing: run \`make wasm\` first`);
}

const manifest = JSON.parse(readFileSync(join(src, 'manifest.json'), 'utf8'));
const crateVersion = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(repo, 'Cargo.toml'), 'utf8'))?.[1];
if (crateVersion && crateVersion !== manifest.version) {
  die(`extension/manifest.json version ${manifest.version} differs from Cargo.toml ${crateVersion}`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(dirname(out), { recursive: true });
// extension/wasm/ is ignored by git; a stale copy there must not shadow the fresh build. The
// README is for developers, not for the package.
const SKIP = new Set([join(src, 'wasm'), join(src, 'README.md')]);
cpSync(src, out, { recursive: true, filter: (path) => !SKIP.has(path) });
mkdirSync(join(out, 'wasm'), { recursive: true });
for (const file of WASM_FILES) cpSync(join(wasmDir, file), join(out, 'wasm', file));

// Every file the manifest refers to must be in the build.
const named = [
  ...Object.values(manifest.icons ?? {}),
  ...Object.values(manifest.action?.default_icon ?? {}),
  manifest.action?.default_popup,
  manifest.options_ui?.page,
  manifest.background?.service_worker,
  ...(manifest.background?.scripts ?? []),
  ...(manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]),
  ...(manifest.web_accessible_resources ?? []).flatMap((war) => war.resources),
].filter(Boolean);
const missing = named.filter((file) => !existsSync(join(out, file)));
if (missing.length) die(`files named in the manifest are missing: ${missing.join(', ')}`);

const wasmBytes = statSync(join(out, 'wasm', 'boilerfold_bg.wasm')).size;
console.log(`build-ext: build/extension (manifest ${manifest.version}, wasm ${wasmBytes} bytes)`);
