/*
 * The hostile suite's in-page probes (tests/e2e/hostile.test.mjs): each runs in the page's main
 * world through driver.eval, so each is self-contained and takes one JSON argument.
 */

/** Where each sentence is: in a fold (its label) or not, and whether it is rendered. */
export function sentenceProbe(sentences) {
  const found = sentences.map(() => []);
  for (const p of document.getElementsByTagName('p')) {
    const text = p.textContent.replace(/\s+/g, ' ');
    for (let i = 0; i < sentences.length; i++) {
      if (!text.includes(sentences[i])) continue;
      const fold = p.closest('[data-boilerfold]');
      found[i].push({ fold: fold ? fold.getAttribute('data-boilerfold') : null, rendered: p.checkVisibility() });
    }
  }
  return sentences.map((s, i) => ({ sentence: s, hits: found[i] }));
}

/**
 * Fold bookkeeping: the count on <html>, the folds in the page, the folds the bars stand for
 * (a group's bar stands for `data-boilerfold-count` folds), and stray bars.
 */
export function foldProbe() {
  const root = document.documentElement;
  const folds = document.querySelectorAll('[data-boilerfold]');
  const bars = [...document.querySelectorAll('boilerfold-bar')];
  const labels = {};
  for (const f of folds) labels[f.getAttribute('data-boilerfold')] = (labels[f.getAttribute('data-boilerfold')] || 0) + 1;
  return {
    state: root.getAttribute('data-boilerfold-state'),
    attr: root.getAttribute('data-boilerfold-folds'),
    folds: folds.length,
    labels,
    bars: bars.reduce((n, b) => n + Number(b.getAttribute('data-boilerfold-count') || 1), 0),
    strayBars: bars.filter((b) => !b.nextElementSibling || !b.nextElementSibling.hasAttribute('data-boilerfold')).length,
    renderedFolds: [...folds].filter((f) => !f.hasAttribute('data-boilerfold-open') && f.checkVisibility()).length,
  };
}

/** Boilerfold's User Timing measures, and the long tasks the init script saw (Chromium). */
export function timingProbe() {
  const measures = [];
  for (const e of performance.getEntriesByType('measure')) {
    if (!e.name.startsWith('boilerfold')) continue;
    let detail;
    try {
      detail = e.detail && typeof e.detail === 'object' ? { ...e.detail } : null;
    } catch {
      detail = null; // Firefox: a detail object from the content script's compartment
    }
    measures.push({ name: e.name, start: e.startTime, duration: e.duration, detail });
  }
  const tasks = window.__hostileLongTasks ? Array.from(window.__hostileLongTasks) : null;
  const gaps = typeof window.hostileGaps === 'function' ? window.hostileGaps() : [];
  const heights = typeof window.hostileHeights === 'function' ? window.hostileHeights() : [];
  return { measures, tasks, gaps, heights };
}

/** Runs the page's self-test (common.js) and returns its verdict. */
export function selfTest() {
  return typeof window.hostileSelfTest === 'function' ? window.hostileSelfTest() : 'fail: no self-test (page script did not run)';
}

/** The fold label around the element `selector` (or null), and whether it is rendered. */
export function foldAround(selector) {
  const el = document.querySelector(selector);
  if (!el) return { exists: false };
  const fold = el.closest('[data-boilerfold]');
  return { exists: true, fold: fold ? fold.getAttribute('data-boilerfold') : null, open: fold ? fold.hasAttribute('data-boilerfold-open') : false, rendered: el.checkVisibility() };
}

/** Folds whose element is not of their label's kind (churn page), described. */
export function wrongFolds() {
  const kinds = { donation: '.donate-box', related: '.related-posts, .site-index', comment: '.comments-area, .comment-respond' };
  const out = [];
  for (const f of document.querySelectorAll('[data-boilerfold]')) {
    const label = f.getAttribute('data-boilerfold');
    const sel = kinds[label];
    const ofKind = sel && (f.matches(sel) || f.closest(sel) || f.querySelector(sel));
    const other = Object.entries(kinds).some(([l, k]) => l !== label && (f.matches(k) || f.querySelector(k)));
    if (!ofKind || other || f.closest('article') || f.querySelector('article, .house-ad') || f.matches('.house-ad')) {
      out.push(`${label} on <${f.localName} class="${f.className}">`);
    }
  }
  return out;
}

/** Which labels are folded in the page. */
export function foldedLabels() {
  const labels = {};
  for (const f of document.querySelectorAll('[data-boilerfold]')) labels[f.getAttribute('data-boilerfold')] = true;
  return labels;
}

/**
 * Armed before the site is turned off: at the first removal of a bar (the end of the first
 * boilerfold:off slice: a MutationObserver's callback runs before the next task), how many bars
 * and fold roots are left and how many of them are rendered. The first slice makes one change
 * that hides every bar and shows every root (extension/content/fold.js); what is left must
 * change nothing on screen.
 */
export function armOffProbe() {
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => [...r.removedNodes].some((n) => n.localName === 'boilerfold-bar'))) return;
    observer.disconnect();
    const bars = [...document.getElementsByTagName('boilerfold-bar')];
    const roots = [...document.querySelectorAll('[data-boilerfold]')];
    window.__offProbe = {
      bars: bars.length,
      barsShown: bars.filter((b) => b.checkVisibility()).length,
      roots: roots.length,
      rootsHidden: roots.filter((r) => getComputedStyle(r).display === 'none').length,
    };
  });
  observer.observe(document.body, { childList: true, subtree: true });
  const ours = document.getElementsByTagName('boilerfold-bar').length + [...document.querySelectorAll('style')].filter((st) => st.textContent.includes('boilerfold')).length;
  return { elements: document.getElementsByTagName('*').length, ours };
}

/** After turning off: what of Boilerfold is left in the page, and the off slices' durations. */
export function offProbe() {
  const attrs = ['data-boilerfold', 'data-boilerfold-open', 'data-boilerfold-pending', 'data-boilerfold-left', 'data-boilerfold-folds'];
  return {
    probe: window.__offProbe || null,
    elements: document.getElementsByTagName('*').length,
    bars: document.getElementsByTagName('boilerfold-bar').length,
    attrs: document.querySelectorAll(attrs.map((a) => `[${a}]`).join(',')).length,
    styles: [...document.querySelectorAll('style')].filter((st) => st.textContent.includes('boilerfold')).length,
    slices: performance.getEntriesByName('boilerfold:off').map((e) => e.duration),
  };
}

/** Registered in Chromium before any page or extension script: records long tasks. */
export const LONGTASK_INIT = `(() => {
  const store = [];
  Object.defineProperty(window, '__hostileLongTasks', { value: store });
  try {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      for (let i = 0; i < entries.length; i++) store[store.length] = { start: entries[i].startTime, duration: entries[i].duration };
    }).observe({ type: 'longtask', buffered: true });
  } catch (err) { /* no long task API */ }
})();`;

// ── browser actions the drivers do not have (real input events) ───────────────────────────────

