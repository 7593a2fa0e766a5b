/*
 * Where the bars go: the core says which elements are clutter; this decides how to show that on
 * the page, in one read-only pass before anything is folded (reading the layout between
 * insertions would make the browser lay the page out again for every bar).
 *
 *   lift ── a fold inside a link, button, label or toolbar, or in a line of text, moves out to
 *           the outermost such element when that element holds nothing else; otherwise it is
 *           left alone (a bar there would take the link's click, or break the line)
 *   size ── a block the reader cannot see, or one no taller than a bar, is not worth a bar of
 *           its own ("crumbs": a comment count, a one-word tag)
 *   merge ─ folds with nothing visible between them become one group behind one bar; a crumb
 *           next to a fold joins that fold's group
 *   look ── the font, size and colour of the text around each group, for its bar
 *
 * Blocks left alone are reported with why (fold.js marks them `data-boilerfold-left`, so the
 * test suites can tell them from misses). A big page (a table too big to keep its elements, see
 * pass.js) is planned without the layout: no sizes and no display reads, only the tag rules.
 * A classic script: it defines `BoilerfoldPlace` on the global object of the content script.
 */
(function (global) {
  'use strict';

  const { BAR_PX } = global.BoilerfoldBar;

  // The numbers of the placement rules, with why.
  const PLACE = Object.freeze({
    // A block (or a group of crumbs) shorter than this is not worth a bar: the bar and its
    // margins take this much.
    crumbPx: BAR_PX + 4,
    // A fold in a row of a flex or grid container is a toolbar item when it is shorter than this
    // (a sidebar in a two-column layout is much taller, and a bar can take its place).
    rowItemPx: 2 * BAR_PX,
    // A lifted host may hold this many more non-space characters than the fold (an icon's
    // label, a separator) and still count as holding nothing else.
    liftSlackChars: 3,
    // How many nodes the walk between two folds looks at before it calls them apart (it stops
    // at the first visible text, so only empty wrappers and hidden subtrees count against it).
    maxGapNodes: 200,
    // The bar's text size: the page's, scaled and kept within these bounds (px), so the bar
    // reads as a note beside the text and stays one slim line.
    fontScale: 0.9,
    minFontPx: 12,
    maxFontPx: 15,
  });

  // Elements a bar must never be put inside: they take clicks or hold one line of controls.
  const INLINE_HOST_TAGS = new Set(['a', 'button', 'label', 'summary', 'select', 'option', 'legend']);
  const INLINE_HOST_ROLES = new Set(['button', 'link', 'toolbar', 'menubar', 'menu', 'menuitem', 'tab', 'tablist', 'switch', 'checkbox']);
  // Content a reader sees even without text.
  const MEDIA = 'img,svg,video,audio,iframe,canvas,picture,embed,object,input,button,select,textarea,hr';
  const OURS = new Set(['boilerfold-bar', 'boilerfold-end']);

  function isInlineHost(el) {
    if (INLINE_HOST_TAGS.has(el.localName)) return true;
    const role = el.getAttribute('role');
    return role !== null && INLINE_HOST_ROLES.has(role.trim().toLowerCase());
  }

  /** Non-space characters of an element's text. */
  function textSize(el) {
    return (el.textContent || '').replace(/\s+/g, '').length;
  }

  /** Whether `host` holds nothing but `inner` (and a little slack). */
  function holdsOnly(host, inner) {
    return textSize(host) <= textSize(inner) + PLACE.liftSlackChars;
  }

  function isRow(style) {
    const d = style.display;
    if (d === 'grid' || d === 'inline-grid') return true;
    return (d === 'flex' || d === 'inline-flex') && style.flexDirection.startsWith('row');
  }

  /** Rendered height of `el` (the contents' box for display: contents). */
  function heightOf(doc, el) {
    const h = el.getBoundingClientRect().height;
    if (h > 0 || el.getClientRects().length > 0) return h;
    const range = doc.createRange();
    range.selectNodeContents(el);
    return range.getBoundingClientRect().height;
  }

  /**
   * Where the fold of `el` goes: {el} (maybe an ancestor), or {why} if it is left alone.
   * `layout`: whether computed styles may be read.
   */
  function lift(doc, el, layout) {
    const body = doc.body;
    let host = null;
    for (let p = el.parentElement; p !== null && p !== body; p = p.parentElement) {
      if (isInlineHost(p)) host = p;
    }
    if (host !== null) {
      if (!holdsOnly(host, el)) return { why: 'inline' };
      el = host;
    }
    if (!layout) return { el };
    // In a line of text, or a small item of a row: out to the parent if it holds nothing else.
    for (;;) {
      const parent = el.parentElement;
      if (parent === null || parent === body || parent === doc.documentElement) return { el };
      const display = global.getComputedStyle(el).display;
      const inline = display.startsWith('inline') || display === 'contents';
      const rowItem = !inline && isRow(global.getComputedStyle(parent)) && heightOf(doc, el) < PLACE.rowItemPx;
      if (!inline && !rowItem) return { el };
      if (inline && display === 'contents') return { el };
      if (!holdsOnly(parent, el)) return { why: 'inline' };
      el = parent;
    }
  }

  /** The node after `node` in document order, outside `node`'s subtree. */
  function nextOutside(node) {
    while (node !== null && node.nextSibling === null) node = node.parentNode;
    return node === null ? null : node.nextSibling;
  }

  /**
   * The next sibling element of `a` when only blank text and comments lie between them (on a big
   * page, where the plan reads no layout and must stay cheap for thousands of folds, only
   * siblings merge).
   */
  function nextElementAfter(a) {
    for (let n = a.nextSibling; n !== null; n = n.nextSibling) {
      if (n.nodeType === 1) return n;
      if (n.nodeType === 3 && /\S/.test(n.data)) return null;
    }
    return null;
  }

  /**
   * Whether nothing visible lies between `a` and the later `b` (not inside `a`): a walk in
   * document order that goes into rendered elements and skips hidden ones, stopping at the first
   * visible text, media element or bar of ours.
   */
  function adjacent(a, b, layout) {
    if (!layout) return nextElementAfter(a) === b;
    let n = nextOutside(a);
    for (let steps = 0; n !== null && steps < PLACE.maxGapNodes; steps++) {
      if (n === b) return true;
      if (n.nodeType === 3) {
        if (/\S/.test(n.data) && (!layout || (n.parentElement && n.parentElement.checkVisibility()))) return false;
        n = nextOutside(n);
      } else if (n.nodeType !== 1) {
        n = nextOutside(n);
      } else if (n.contains(b)) {
        n = n.firstChild;
      } else if (OURS.has(n.localName)) {
        return false; // a bar of an earlier fold
      } else if (layout && !n.checkVisibility()) {
        n = nextOutside(n);
      } else if (n.matches(MEDIA)) {
        return false;
      } else {
        n = n.firstChild || nextOutside(n);
      }
    }
    return false;
  }

  /** The page's look around `el`, for its bar: {font, size, color}. */
  function lookAround(el) {
    const style = global.getComputedStyle(el.parentElement || el);
    const px = parseFloat(style.fontSize) || 16;
    const size = Math.round(Math.min(PLACE.maxFontPx, Math.max(PLACE.minFontPx, px * PLACE.fontScale)));
    return { font: style.fontFamily, size, color: style.color };
  }

  /**
   * Plan the folds of `items` ([{fold, el}], in page order). Returns
   * {groups: [{members: [{fold, el}], look}], left: [{fold, el, why}]}; `why` is 'inline'
   * (inside a link or line), 'unseen' (not rendered), 'crumb' (smaller than a bar) or 'inside'
   * (inside another fold, which hides it with itself).
   */
  function plan(doc, items, { layout = true } = {}) {
    const left = [];
    const placed = [];
    const taken = new Set();
    for (const item of items) {
      const where = lift(doc, item.el, layout);
      if (where.why || taken.has(where.el)) {
        left.push({ ...item, why: where.why || 'inline' });
        continue;
      }
      taken.add(where.el);
      let height = Infinity;
      if (layout) {
        if (!where.el.checkVisibility()) {
          left.push({ ...item, why: 'unseen' });
          continue;
        }
        height = heightOf(doc, where.el);
      }
      placed.push({ fold: item.fold, el: where.el, height });
    }

    // In page order, an element before what it holds: a lifted fold can hold one that came
    // before it in the verdict (a teaser card lifted from its title holds its comment count).
    // (On a big page the verdict's order stands: its elements' positions are already in order,
    // and thousands of comparisons would cost more than the plan may take.)
    if (layout) placed.sort((x, y) => (x.el.compareDocumentPosition(y.el) & 2 /* PRECEDING */ ? 1 : -1));
    const groups = [];
    let run = [];
    const close = () => {
      if (run.length === 0) return;
      const height = run.reduce((h, m) => h + m.height, 0);
      if (height < PLACE.crumbPx) {
        for (const m of run) left.push({ fold: m.fold, el: m.el, why: 'crumb' });
      } else {
        const members = run.map(({ fold, el }) => ({ fold, el }));
        groups.push({ members, look: layout ? lookAround(members[0].el) : null });
      }
      run = [];
    };
    // `end`: the run's last element that is not inside an earlier one (a lifted fold can hold a
    // later fold, e.g. a teaser card and its comment count: that one is folded with it).
    let end = null;
    for (const item of placed) {
      if (end !== null && end.contains(item.el)) {
        left.push({ fold: item.fold, el: item.el, why: 'inside' });
        continue;
      }
      if (end !== null && !adjacent(end, item.el, layout)) close();
      run.push(item);
      end = item.el;
    }
    close();
    return { groups, left };
  }

  global.BoilerfoldPlace = Object.freeze({ plan, PLACE });
})(globalThis);
