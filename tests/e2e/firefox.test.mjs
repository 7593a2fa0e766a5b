/*
 * Firefox ESR (headless, through geckodriver) with build/extension/ installed as a temporary
 * add-on: the same checks as Chromium (lib/suite.mjs).
 *
 * Run: make e2e   (or, after make ext: node --test --test-concurrency=1 tests/e2e/)
 */
import { launchFirefoxWithExtension } from './lib/firefox-driver.mjs';
import { defineBrowserSuite } from './lib/suite.mjs';

defineBrowserSuite('firefox', launchFirefoxWithExtension);
