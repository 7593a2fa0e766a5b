#!/usr/bin/env node
/*
 * Diagnosis, not a benchmark: what happens inside Boilerfold's longest tasks in Chromium.
 *
 *   node bench/trace-tasks.mjs [hostile page name]    (default: links; needs `make ext`)
 *   node bench/trace-tasks.mjs file <page.html.gz>    (any saved page)
 *
 * Loads the page in headless Chromium with the extension, records a Chrome trace (V8 GC,
 * Blink GC, User Timing, top-level tasks) until data-boilerfold-state="ready", and prints, for
 * the five longest boilerfold:* measures that are the page's thread working (not start-up, not
 * the wait for the background), the longest trace events inside them; then the garbage
 * collections during the pass and how much of Boilerfold's tasks they took, and the page's
 * other tasks of 50 ms or more from the pass's start to AFTER_MS after it (mostly rendering:
 * style, layout, paint). This is how the isolated world's GC pauses in the walk were found,
 * the relayout of a big page after each fold slice, and the marking inside the walk's slices
 * (extension/README.md, "Measured").
 */
/* global document -- in the page, by waitForFunction */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { startServer } from '../scripts/serve.mjs';
import { hostilePages } from '../tests/fixtures/hostile/pages.mjs';
import { launchChromiumWithExtension } from '../tests/e2e/lib/chromium-driver.mjs';
import { startRecordingProxy } from '../tests/e2e/lib/proxy.mjs';

const CATEGORIES = ['v8', 'disabled-by-default-v8.gc', 'blink.user_timing', 'blink_gc', 'toplevel', 'devtools.timeline'];
const WAITS = new Set(['boilerfold:startup', 'boilerfold:background']);
const GC_EVENTS = new Set(['V8.GCFinalizeMC', 'V8.GCScavenger']);
const AFTER_MS = 3000;

const name = process.argv[2] || 'links';
const { routes } = hostilePages();
if (name === 'file') {
  routes['/hostile/file.html'] = { body: zlib.gunzipSync(fs.readFileSync(process.argv[3])), type: 'text/html; charset=utf-8' };
}
const server = await startServer({ routes });
const proxy = await startRecordingProxy();
const driver = await launchChromiumWithExtension({ proxyPort: proxy.port, requests: [] });
try {
  const cdp = await driver.context.newCDPSession(driver.page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.on('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await driver.page.goto(`${server.url}hostile/${name}.html`, { timeout: 120_000 });
  await driver.page.waitForFunction(() => document.documentElement.getAttribute('data-boilerfold-state') === 'ready', null, {
    timeout: 120_000,
    polling: 200,
  });
  // The rendering the folds cause (style, layout, paint) comes after the pass's last task.
  await new Promise((resolve) => setTimeout(resolve, AFTER_MS));
  await cdp.send('Tracing.end');
  await complete;

  // User Timing measures arrive as async begin/end pairs: pair them per name, in time order.
  const open = {};
  const measures = [];
  const timing = events.filter((e) => e.cat && e.cat.includes('blink.user_timing') && e.name.startsWith('boilerfold'));
  for (const e of timing.sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'b') (open[e.name] ||= []).push(e.ts);
    else if (e.ph === 'e' && open[e.name] && open[e.name].length) measures.push({ name: e.name, ts: open[e.name].shift(), end: e.ts });
  }
  const work = measures.filter((m) => !WAITS.has(m.name));
  if (!work.length) throw new Error('no boilerfold measures in the trace');
  const ms = (us) => (us / 1000).toFixed(1);
  /** The `most` longest kinds of complete event of 5 ms or more that `keep` accepts, as text. */
  const longestInside = (keep, most) => {
    const inside = {};
    for (const e of events) if (e.ph === 'X' && e.dur >= 5000 && keep(e)) inside[e.name] = Math.max(inside[e.name] || 0, e.dur);
    const top = Object.entries(inside).sort((a, b) => b[1] - a[1]).slice(0, most);
    return top.map(([k, v]) => `${k} ${ms(v)}`).join('; ');
  };
  for (const m of [...work].sort((a, b) => b.end - b.ts - (a.end - a.ts)).slice(0, 5)) {
    const inside = longestInside((e) => e.ts < m.end && e.ts + e.dur > m.ts && !e.name.startsWith('boilerfold'), 8);
    console.log(`${m.name} ${ms(m.end - m.ts)} ms: ${inside}`);
  }
  const t0 = Math.min(...work.map((m) => m.ts));
  const t1 = Math.max(...work.map((m) => m.end));
  const gcs = {};
  for (const e of events) if (e.ph === 'X' && GC_EVENTS.has(e.name) && e.ts >= t0 && e.ts <= t1) (gcs[e.name] ||= []).push(e.dur);
  console.log(`${work.length} tasks over ${ms(t1 - t0)} ms`);
  for (const [k, v] of Object.entries(gcs)) console.log(`  ${k} ×${v.length}, longest: ${v.sort((a, b) => b - a).slice(0, 6).map(ms).join(', ')} ms`);
  // How much of Boilerfold's tasks was V8's garbage collection: the page thread's V8.GC* events
  // (that thread is the one the User Timing events come from) merged, inside each measure.
  const mark = timing[0];
  const gcSpans = events.filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.name.startsWith('V8.GC'));
  let gcInside = 0;
  let mostGc = 0;
  for (const m of work) {
    let gc = 0;
    let end = m.ts;
    for (const e of gcSpans.filter((g) => g.ts < m.end && g.ts + g.dur > m.ts).sort((x, y) => x.ts - y.ts)) {
      const from = Math.max(e.ts, end);
      const to = Math.min(e.ts + e.dur, m.end);
      if (to > from) gc += to - from;
      end = Math.max(end, to);
    }
    gcInside += gc;
    mostGc = Math.max(mostGc, gc);
  }
  const total = work.reduce((sum, m) => sum + m.end - m.ts, 0);
  console.log(`  inside Boilerfold's tasks: ${ms(gcInside)} ms of GC in ${ms(total)} ms of tasks, at most ${ms(mostGc)} ms in one`);
  // The page's thread (the User Timing events', as above) from the pass's start on, outside
  // Boilerfold's own tasks: the rendering the folds cause (style, layout, paint) comes after the
  // fold slices. (The first TimerFire event, used before, could be another thread's.)
  const thread = mark.tid;
  const ours = (e) => work.some((m) => e.ts < m.end && m.ts < e.ts + e.dur);
  const others = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.tid === thread && e.ts >= t0 && e.dur >= 50_000 && !ours(e));
  console.log(`other tasks of 50 ms or more on the page's thread, from the pass's start to ${AFTER_MS} ms after it: ${others.length}`);
  for (const task of others.sort((a, b) => a.ts - b.ts).slice(0, 12)) {
    const inside = longestInside((e) => e !== task && e.tid === task.tid && e.ts >= task.ts && e.ts < task.ts + task.dur, 5);
    const before = work.filter((m) => m.end <= task.ts);
    const after = before.length ? `${before.length} tasks after the start, the last ${before.at(-1).name}` : 'before any task';
    console.log(`  at ${ms(task.ts - t0)} ms (pass ends at ${ms(t1 - t0)}; ${after}), ${ms(task.dur)} ms: ${inside}`);
  }
} finally {
  await driver.close();
  await server.close();
  await proxy.close();
}
