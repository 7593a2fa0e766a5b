/*
 * Chromium (Debian's /usr/bin/chromium, new headless) with the unpacked extension from
 * build/extension/: the shared browser checks (lib/suite.mjs), plus the adapter-parity check,
 * which needs no extension: collect.js and the wasm core in a plain page must build the same page
 * table as `boilerfold table` on the same bytes.
 *
 * Run: make e2e   (or, after make ext: node --test --test-concurrency=1 tests/e2e/)
 */
import { launchChromiumWithExtension } from './lib/chromium-driver.mjs';
import { defineAdapterParity } from './lib/parity.mjs';
import { defineBrowserSuite } from './lib/suite.mjs';

defineBrowserSuite('chromium', launchChromiumWithExtension);
defineAdapterParity();
