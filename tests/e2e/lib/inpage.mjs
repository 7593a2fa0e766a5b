/*
 * Functions that run inside the tested page (in its main world), shared by both browser drivers.
 * Each is self-contained (no closure over this module), takes one JSON argument and returns
 * JSON, so Playwright's page.evaluate and WebDriver's executeScript can both run it from its
 * source text. They only read the page.
 */

/** The page's Boilerfold state attributes. */
export function pageState() {
  const root = document.documentElement;
  return {
    state: root.getAttribute('data-boilerfold-state'),
    folds: root.getAttribute('data-boilerfold-folds'),
    readyState: document.readyState,
  };
}

/**
 * Everything the checks need from a classified page:
 * - folds: each `[data-boilerfold]` element with its label, whether it is open and rendered, and
 *   its text by the page-table rules (skipped tags, hidden subtrees and control values left out)
 *   with all whitespace removed;
 * - bars: each `<boilerfold-bar>` (not the notes), whether it has an open shadow root and sits
 *   right before a fold root, how many folds it stands for, its height, and the link, button or
 *   toolbar it is inside (if any); adjacentBars: the indices of bars with nothing the reader sees
 *   between them and the next bar;
 * - left: each element the shim left unfolded on purpose (`data-boilerfold-left`: inside a link
 *   or line, not rendered, or smaller than a bar), with its label, why and text;
 * - for every labelled snippet, each place it occurs: inside which fold (label or null) and
 *   whether it is rendered.
 * Snippets are matched with all whitespace removed on both sides, over the concatenated text
 * nodes, so markup inside a sentence and block boundaries do not matter.
 * `rules` are the page-table rules of the generated shared.js (common.mjs PAGE_RULES).
 */
export function inspectPage({ labels, rules }) {
  const SKIPPED = new Set([...rules.skippedTags, 'boilerfold-bar']);
  const CHILDLESS = new Set(rules.childlessTags);
  const WS = /\s+/g;
  const hiddenStyle = new RegExp(rules.hiddenStyle, 'i');
  const isHidden = (el) => {
    if (el.hasAttribute('hidden')) return true;
    const aria = el.getAttribute('aria-hidden');
    if (aria !== null && aria.trim().toLowerCase() === 'true') return true;
    const style = el.getAttribute('style');
    if (style !== null && hiddenStyle.test(style)) return true;
    if (el.localName === 'input' && (el.getAttribute('type') || '').trim().toLowerCase() === 'hidden') return true;
    return false;
  };
  // Text of a subtree by the page-table rules; whitespace removed.
  const ruleText = (root) => {
    let out = '';
    const walk = [root];
    while (walk.length > 0) {
      const node = walk.pop();
      if (node.nodeType === 3 || node.nodeType === 4) {
        out += node.data;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const tag = node.localName;
      if (node !== root && (SKIPPED.has(tag) || isHidden(node))) continue;
      if (CHILDLESS.has(tag)) continue;
      for (let c = node.lastChild; c !== null; c = c.previousSibling) walk.push(c);
    }
    return out.replace(WS, '');
  };

  const folds = [...document.querySelectorAll('[data-boilerfold]')].map((el) => ({
    label: el.getAttribute('data-boilerfold'),
    open: el.hasAttribute('data-boilerfold-open'),
    rendered: el.checkVisibility(),
    key: ruleText(el),
    preview: (el.textContent || '').replace(WS, ' ').trim().slice(0, 120),
    tag: el.localName,
  }));
  // Bars, not the "Not clutter — Undo" notes; each stands for `count` folds (a group).
  const barEls = [...document.querySelectorAll('boilerfold-bar:not([data-boilerfold-note])')];
  const bars = barEls.map((bar) => {
    const next = bar.nextElementSibling;
    const sr = bar.shadowRoot;
    const toggle = sr ? sr.querySelector('button.toggle') : null;
    return {
      shadow: sr !== null,
      beforeFold: next !== null && next.hasAttribute('data-boilerfold'),
      label: next ? next.getAttribute('data-boilerfold') : null,
      count: Number(bar.getAttribute('data-boilerfold-count') || 1),
      rendered: bar.checkVisibility(),
      height: bar.getBoundingClientRect().height,
      inside: bar.parentElement && bar.parentElement.closest('a, button, label, summary, [role=button], [role=link], [role=toolbar]')
        ? bar.parentElement.closest('a, button, label, summary, [role=button], [role=link], [role=toolbar]').localName
        : null,
      expanded: toggle ? toggle.getAttribute('aria-expanded') : null,
      hasKeep: sr ? sr.querySelector('button.keep') !== null : false,
      text: sr ? (sr.querySelector('.bar') || sr).textContent.replace(WS, ' ').trim().slice(0, 200) : '',
    };
  });
  // Consecutive bars with nothing the reader sees between them (text or media outside folds).
  const MEDIA = 'img,svg,video,audio,iframe,canvas,picture,embed,object,input,button,select,textarea,hr';
  const adjacentBars = [];
  for (let i = 0; i + 1 < barEls.length; i++) {
    const a = barEls[i];
    const b = barEls[i + 1];
    if (!a.checkVisibility() || !b.checkVisibility()) continue;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    walker.currentNode = a;
    let seen = false;
    for (let n = walker.nextSibling() || walker.nextNode(); n !== null && n !== b; n = walker.nextNode()) {
      if (n.nodeType === 1 && n.contains(b)) continue;
      if (n.nodeType === 3) {
        if (/\S/.test(n.data) && n.parentElement && n.parentElement.checkVisibility()) seen = true;
      } else if ((n.matches(MEDIA) || n.localName === 'boilerfold-end') && n.checkVisibility()) {
        seen = true;
      }
      if (seen) break;
    }
    if (!seen) adjacentBars.push(i);
  }
  const left = [...document.querySelectorAll('[data-boilerfold-left]')].map((el) => {
    const [label, why] = el.getAttribute('data-boilerfold-left').split(' ');
    return { label, why, key: ruleText(el), preview: (el.textContent || '').replace(WS, ' ').trim().slice(0, 120) };
  });

  // One flat string of all text under <body> (whitespace removed), with the owning text node
  // of every character, for locating snippets.
  const textNodes = [];
  const owner = [];
  let flat = '';
  const body = document.body || document.documentElement;
  const walk = [body];
  while (walk.length > 0) {
    const node = walk.pop();
    if (node.nodeType === 3 || node.nodeType === 4) {
      const t = node.data.replace(WS, '');
      if (t.length > 0) {
        const k = textNodes.length;
        textNodes.push(node);
        flat += t;
        for (let j = 0; j < t.length; j++) owner.push(k);
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.localName;
    if (node !== body && (SKIPPED.has(tag) || CHILDLESS.has(tag))) continue;
    for (let c = node.lastChild; c !== null; c = c.previousSibling) walk.push(c);
  }
  const foldOf = (textNode) => {
    const el = textNode.parentElement;
    return el ? el.closest('[data-boilerfold]') : null;
  };
  const leftOf = (textNode) => {
    const el = textNode.parentElement ? textNode.parentElement.closest('[data-boilerfold-left]') : null;
    return el ? el.getAttribute('data-boilerfold-left').split(' ')[0] : null;
  };
  const shown = (textNode) => (textNode.parentElement ? textNode.parentElement.checkVisibility() : false);
  const locate = (snippet) => {
    const key = snippet.replace(WS, '');
    const hits = [];
    if (key.length === 0) return hits;
    for (let at = flat.indexOf(key); at !== -1 && hits.length < 50; at = flat.indexOf(key, at + 1)) {
      const a = textNodes[owner[at]];
      const b = textNodes[owner[at + key.length - 1]];
      const fa = foldOf(a);
      const fb = foldOf(b);
      hits.push({
        fold: fa !== null && fa === fb ? fa.getAttribute('data-boilerfold') : fa || fb ? 'partly' : null,
        left: leftOf(a) !== null && leftOf(a) === leftOf(b) ? leftOf(a) : null,
        rendered: shown(a) && shown(b),
      });
    }
    return hits;
  };
  const snippets = {};
  for (const [kind, list] of Object.entries(labels)) {
    snippets[kind] = list.map((s) => ({ snippet: s, hits: locate(s) }));
  }
  const root = document.documentElement;
  return {
    state: root.getAttribute('data-boilerfold-state'),
    foldsAttr: root.getAttribute('data-boilerfold-folds'),
    folds,
    bars,
    adjacentBars,
    left,
    snippets,
  };
}

/**
 * The state of bar `index` and of the fold root after it: its toggle, the reasons listed under
 * Why?, whether an end line follows the fold, and whether the bar is now a "Not clutter" note
 * (and holds the focus).
 */
export function barState(index) {
  const bar = document.querySelectorAll('boilerfold-bar')[index];
  if (!bar) return null;
  const fold = bar.nextElementSibling;
  const sr = bar.shadowRoot;
  const toggle = sr ? sr.querySelector('button.toggle') : null;
  return {
    expanded: toggle ? toggle.getAttribute('aria-expanded') : null,
    open: fold ? fold.hasAttribute('data-boilerfold-open') : false,
    rendered: fold ? fold.checkVisibility() : false,
    folded: fold ? fold.hasAttribute('data-boilerfold') : false,
    label: fold ? fold.getAttribute('data-boilerfold') : null,
    menuOpen: sr !== null && sr.querySelector('.menu') !== null && !sr.querySelector('.menu').hidden,
    reasons: sr ? [...sr.querySelectorAll('.reasons li')].map((li) => li.textContent) : [],
    endAfter: document.querySelector('boilerfold-end') !== null,
    note: bar.hasAttribute('data-boilerfold-note'),
    noteFocused: document.activeElement === bar && sr !== null && sr.activeElement !== null && sr.activeElement.classList.contains('undo'),
  };
}

/** The index of the first rendered bar whose fold root has text, or -1. */
export function firstUsableBar() {
  const bars = [...document.querySelectorAll('boilerfold-bar')];
  return bars.findIndex((bar) => {
    const fold = bar.nextElementSibling;
    return (
      bar.checkVisibility() &&
      bar.shadowRoot !== null &&
      bar.shadowRoot.querySelector('button.toggle') !== null &&
      fold !== null &&
      fold.hasAttribute('data-boilerfold') &&
      (fold.textContent || '').trim() !== ''
    );
  });
}

/** The page's serialization. */
export function outerHtml() {
  return document.documentElement.outerHTML;
}

/**
 * Signs of injected markup anywhere, open shadow roots included: `img[src=x]`, elements with an
 * `onerror` attribute, `<script>` elements inside shadow roots, and whether the XSS probe ran.
 */
export function xssProbe() {
  const found = { imgX: 0, onerror: 0, shadowScripts: 0, shadowRoots: 0 };
  const roots = [document];
  while (roots.length > 0) {
    const r = roots.pop();
    for (const el of r.querySelectorAll('*')) {
      if (el.localName === 'img' && el.getAttribute('src') === 'x') found.imgX++;
      if (el.hasAttribute('onerror')) found.onerror++;
      if (r !== document && el.localName === 'script') found.shadowScripts++;
      if (el.shadowRoot) {
        found.shadowRoots++;
        roots.push(el.shadowRoot);
      }
    }
  }
  return found;
}

/** Source text for executing `fn(arg)` through WebDriver's executeScript. */
export function scriptFor(fn) {
  return `return (${fn.toString()})(arguments[0]);`;
}

/**
 * Scroll so the element holding `text` (whitespace-insensitive) is near the top of the window;
 * for screenshots that show the same place with and without folding. Returns whether found.
 */
export function scrollToText(text) {
  const key = text.replace(/\s+/g, '');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  let best = null;
  for (let el = walker.nextNode(); el !== null; el = walker.nextNode()) {
    if ((el.textContent || '').replace(/\s+/g, '').includes(key)) best = el;
  }
  if (best === null) return false;
  best.scrollIntoView({ block: 'start' });
  window.scrollBy(0, -16);
  return true;
}

/** Scroll bar `index` to the middle of the window. */
export function scrollToBar(index) {
  const bar = document.querySelectorAll('boilerfold-bar')[index];
  if (!bar) return false;
  bar.scrollIntoView({ block: 'start' });
  window.scrollBy(0, -120);
  return true;
}

/** How the shim loaded the core on this page ("content" or "background"), from its User Timing. */
export function startupPath() {
  const entries = performance.getEntriesByName('boilerfold:startup');
  const last = entries[entries.length - 1];
  return last && last.detail && typeof last.detail.path === 'string' ? last.detail.path : null;
}

/**
 * In the page: collect.js (its source `src`, evaluated into a scope of its own) walks the body
 * the way the shim does, stopping at every clock check and taking a part of at most 4 096
 * characters each time (the rest at the next), once per size in `sizes` (the most elements of
 * a subtree read in serialized mode; 0: DOM nodes only). Each walk's parts joined must be
 * collect()'s table (the DOM walk's, in one go), and each walk must find every element again
 * by its position. Used by the browser suite (both browsers, pages the extension folded) and
 * the parity test (Chromium, pages no script touched, and script-built trees).
 */
export function serializedWalkParity({ src, sizes = [40, 2000] }) {
  const PART = 4096;
  const scope = {};
  new Function('globalThis', src)(scope);
  const { collect, Walk } = scope.BoilerfoldCollect;
  const body = document.body;
  const c = collect(body);
  const out = [];
  for (const serialized of sizes) {
    const walk = new Walk(body, { serialized });
    const packed = [];
    const parents = [];
    let done = false;
    // Parts of at most PART characters (a longer record alone), as the shim sends them.
    while (!done || walk.left() > 0) {
      if (!done) done = walk.step(0);
      if (walk.left() === 0) continue; // a step that made no record (the shim sends nothing)
      const part = walk.take(PART);
      packed.push(part.packed);
      parents.push(...part.parents);
    }
    const joined = packed.join('\u001e');
    const same = joined === c.packed && parents.join() === Array.from(c.parents).join();
    let diff = null;
    if (!same) {
      const a = joined.split('\u001e');
      const b = c.packed.split('\u001e');
      const k = a.findIndex((r, i) => r !== b[i] || parents[i] !== c.parents[i]);
      diff = `record ${k}: ${JSON.stringify(a[k])} (parent ${parents[k]}), collect() has ${JSON.stringify(b[k])} (parent ${c.parents[k]})`;
    }
    const found = c.nodes.every((n, i) => n === null || walk.element(i) === n);
    out.push({ serialized, parts: packed.length, same, found, diff, records: c.nodes.length });
  }
  return out;
}
