// ESLint flat config for every JavaScript file of the project. Other parts append their globs.
import js from '@eslint/js';
import globals from 'globals';

// Globals the extension's classic scripts define for each other (see the manifest's script lists).
const extensionGlobals = {
  ...globals.browser,
  ...globals.webextensions,
  wasm_bindgen: 'readonly',
  BoilerfoldCollect: 'readonly',
  BoilerfoldMessages: 'readonly',
  BoilerfoldStorage: 'readonly',
  BoilerfoldBar: 'readonly',
  BoilerfoldFold: 'readonly',
  BoilerfoldI18n: 'readonly',
  BoilerfoldWasm: 'readonly',
  BoilerfoldSchedule: 'readonly',
  BoilerfoldCore: 'readonly',
  BoilerfoldTransport: 'readonly',
  BoilerfoldSettings: 'readonly',
  BoilerfoldPass: 'readonly',
  BoilerfoldLate: 'readonly',
  BoilerfoldToggle: 'readonly',
};

export default [
  {
    ignores: ['build/**', 'dist/**', 'target/**', 'node_modules/**', 'extension/wasm/**', 'www/pkg/**',
      'tests/e2e/artifacts/**', 'bench/out/**'],
  },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { ecmaVersion: 2022 },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  {
    // Extension scripts: classic scripts (content scripts cannot be modules), browser + WebExtension APIs.
    files: ['extension/**/*.js'],
    languageOptions: { sourceType: 'script', globals: extensionGlobals },
  },
  {
    // The wire format's separators are the control characters U+001E/U+001F, on purpose.
    files: ['extension/content/collect.js', 'www/collect.js'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // The background also runs as a service worker (importScripts).
    files: ['extension/background/**/*.js'],
    languageOptions: { globals: { ...extensionGlobals, ...globals.serviceworker } },
  },
  {
    // Node tooling: build scripts, packaging, benchmarks, browser tests.
    files: ['scripts/**/*.mjs', 'scripts/**/*.js', 'bench/**/*.mjs', 'tests/**/*.mjs', 'tests/**/*.js',
      'eslint.config.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // Browser tests: Node modules whose page.evaluate callbacks run in the page.
    files: ['tests/e2e/**/*.mjs', 'tests/e2e/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },
  {
    // Benchmark drivers: Node modules whose page.evaluate callbacks run in the page.
    files: ['bench/lib/chromium.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The demo page runs in the browser as modules.
    files: ['www/**/*.js', 'www/**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    // Hostile-page fixtures: classic scripts run by the test pages (tests/e2e/hostile.test.mjs).
    files: ['tests/fixtures/hostile/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, hostileCheck: 'readonly', hostileFromTemplate: 'readonly' },
    },
  },
];
