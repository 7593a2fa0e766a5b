/*
 * The hostile suite's report: main-thread time from the shim's User Timing measures and the
 * browser's long tasks, summarized per page, and the table the suite prints.
 */
const fmt = (x) => (x === null || x === undefined ? '-' : typeof x === 'number' ? x.toFixed(1) : String(x));

/**
 * Measures that are not the page's thread at work but waits for something asynchronous: loading
 * the core (start-up, the fetch and WebAssembly.compile, which the browser does off the page's
 * thread), the settings read from storage, and the background's classification.
 */
export const WAITS = new Set([
  'boilerfold:startup',
  'boilerfold:background',
  'boilerfold:settings',
  'boilerfold:wasm-fetch',
  'boilerfold:wasm-compile',
  'boilerfold:wasm-fetch-compile',
]);

export function summarizeTimings({ measures, tasks, gaps, heights }) {
  const work = measures.filter((m) => !WAITS.has(m.name));
  const first = work.filter((m) => m.name !== 'boilerfold:fragment');
  const fragments = work.filter((m) => m.name === 'boilerfold:fragment');
  const startup = measures.find((m) => m.name === 'boilerfold:startup');
  // Where the first pass was classified: here (one boilerfold:classify) or in the background.
  const corePath = measures.some((m) => m.name === 'boilerfold:background') ? 'background' : measures.some((m) => m.name === 'boilerfold:classify') ? 'content' : '?';
  const longest = (list) => list.reduce((m, f) => Math.max(m, f.duration), 0);
  const percentile = (list, q) => {
    const sorted = list.map((f) => f.duration).sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  };
  const dist = (list) => {
    const sorted = list.map((f) => f.duration).sort((a, b) => a - b);
    const pct = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return sorted.length ? `p50 ${pct(0.5).toFixed(1)} / p95 ${pct(0.95).toFixed(1)} / max ${sorted[sorted.length - 1].toFixed(1)} ms` : '';
  };
  const slices = {};
  for (const m of first) slices[m.name.slice('boilerfold:'.length)] = (slices[m.name.slice('boilerfold:'.length)] || 0) + 1;
  const wall = first.length ? Math.max(...first.map((m) => m.start + m.duration)) - Math.min(...first.map((m) => m.start)) : null;
  // The longest stretch (a long task, or a late heartbeat tick) that overlaps a Boilerfold task.
  const longestOverlapping = (spans) => {
    let most = 0;
    for (const t of spans) {
      if (work.some((m) => m.start < t.start + t.duration && t.start < m.start + m.duration)) most = Math.max(most, t.duration);
    }
    return most;
  };
  // The three longest tasks, named: which step of the pass is the slow one.
  const worst = [...work].sort((a, b) => b.duration - a.duration).slice(0, 3);
  const named = worst
    .map((m) => {
      const d = m.detail || {};
      const send = typeof d.sendMs === 'number' ? ` (send ${d.sendMs.toFixed(0)})` : '';
      return `${m.name.slice('boilerfold:'.length)}${d.slice !== undefined ? '#' + d.slice : ''} ${m.duration.toFixed(0)}${send}`;
    })
    .join(', ');
  // How often the page's height changed while the first pass folded, before it showed its
  // folds (made pending, they change nothing on screen: see extension/content/fold.js).
  const foldSlices = first.filter((m) => m.name === 'boilerfold:fold');
  const revealSlices = foldSlices.filter((m) => m.detail && m.detail.revealing);
  let relayouts = null;
  if (revealSlices.length) {
    const from = foldSlices[0].start;
    const to = revealSlices[0].start;
    relayouts = 0;
    for (let i = 1; i < heights.length; i++) {
      if (heights[i].time >= from && heights[i].time < to && heights[i].height !== heights[i - 1].height) relayouts += 1;
    }
  }
  return {
    corePath,
    foldSlices: foldSlices.length,
    revealSlices: revealSlices.length,
    relayouts,
    worst: named,
    firstMax: first.length ? longest(first) : null,
    firstP95: first.length ? percentile(first, 0.95) : null,
    firstWall: wall,
    firstSlices: Object.entries(slices).map(([k, v]) => `${v} ${k}`).join(' + '),
    firstDist: dist(first),
    fragments: fragments.length,
    fragMax: longest(fragments),
    fragDist: dist(fragments),
    longTask: tasks ? longestOverlapping(tasks) : null,
    gap: longestOverlapping(gaps),
    startup: startup ? startup.duration : null,
  };
}

export function table(rows) {
  const head = ['page', 'browser', 'folds', 'classified', 'first pass wall ms', 'longest first-pass task ms', 'fragments', 'longest fragment ms', 'longtask API ms', 'heartbeat gap ms', 'sentences hidden', 'self-test', 'notes'];
  const body = rows.map((r) => [r.page, r.browser, r.folds, r.corePath, fmt(r.firstWall), fmt(r.firstMax), r.fragments, fmt(r.fragMax), fmt(r.longTask), fmt(r.gap), r.hidden, r.selftest, r.notes].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
