// Packages build/extension/ (made by scripts/build-ext.mjs) after `web-ext lint`:
//   dist/boilerfold-chrome.zip    for the Chrome Web Store / "Load unpacked" after unzipping
//   dist/boilerfold-firefox.xpi   for addons.mozilla.org / about:addons "Install from file"
// Both are `web-ext build` zips of the same directory: one manifest serves both browsers (each
// ignores the other's background key). Lint errors fail the build; warnings are printed (the
// ones that remain are explained in extension/README.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(repo, 'build', 'extension');
const dist = join(repo, 'dist');
const webExt = join(repo, 'node_modules', '.bin', 'web-ext');
const PACKAGES = ['boilerfold-chrome.zip', 'boilerfold-firefox.xpi'];

function die(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

function run(args) {
  const result = spawnSync(webExt, args, { cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.error) die(`cannot run web-ext: ${result.error.message}`);
  return result;
}

if (!existsSync(join(source, 'manifest.json'))) die('build/extension is missing: run `make ext` first');
if (!existsSync(webExt)) die('node_modules/.bin/web-ext is missing: run `scripts/setup.sh wasm`');

// web-ext lint exits non-zero on errors; its JSON report gives the details either way.
const lint = run(['lint', '--source-dir', source, '--output', 'json', '--boring']);
let report;
try {
  report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
} catch {
  die(`web-ext lint gave no report (exit ${lint.status}):\n${lint.stdout}${lint.stderr}`);
}
const line = (m) => `  ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}\n    ${String(m.description).replace(/\s+/g, ' ')}`;
const { errors = [], warnings = [], notices = [] } = report;
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
for (const m of warnings) console.log(`warning\n${line(m)}`);
for (const m of notices) console.log(`notice\n${line(m)}`);
if (errors.length || lint.status !== 0) {
  for (const m of errors) console.error(`error\n${line(m)}`);
  die('web-ext lint found errors');
}

mkdirSync(dist, { recursive: true });
for (const filename of PACKAGES) {
  const build = run([
    'build', '--source-dir', source, '--artifacts-dir', dist, '--filename', filename, '--overwrite-dest',
  ]);
  if (build.status !== 0) die(`web-ext build ${filename} failed:\n${build.stdout}${build.stderr}`);
  console.log(`package: dist/${filename} (${statSync(join(dist, filename)).size} bytes)`);
}
