/*
 * Folding and unfolding, and the safety rules that decide whether an element may be folded.
 *
 * A fold is two changes to the page and no more: the attribute `data-boilerfold="<label>"` on the
 * fold root (hidden by one injected stylesheet, so find-in-page and screen readers skip it) and a
 * `<boilerfold-bar>` inserted just before it. `retire()` and `dismantle()` take both back, and
 * the stylesheet with them, so the page is as it was. Nodes are never moved or removed.
 *
 * Folds can be made pending (`add(el, fold, {pending: true})`): root and bar also carry
 * `data-boilerfold-pending`, which keeps the root shown and the bar hidden, until `reveal()`
 * takes it away (bar first, so a root is never hidden without its bar). Any change to the layout
 * of a big page costs a relayout of the whole page (in Chromium 0.6-0.9 s on the 50 MB test
 * page, whatever the change); folds made in many slices were rendered after each of them (about
 * a hundred relayouts on that page), so a big page's folds are made pending in slices and
 * revealed together. (Not by a sibling rule, `bar:not([pending]) + [data-boilerfold]`, which
 * would take one attribute per fold: with it, Firefox restyled the later siblings on every bar
 * inserted, 0.5-1.8 s after each fold slice of the 50 MB page.)
 *
 * Taking the folds back is the same story in reverse. At once, the 50 MB page's 8 249 folds took
 * one task of 198 ms in Chromium and 663 ms in Firefox; in slices as they were, each slice would
 * change the layout again. So `retire()` first makes one change that shows the page as it was
 * (the stylesheet's rule replaced by RETIRE_CSS: every root shown, every bar hidden), and
 * `dismantle()` then takes bars and attributes away in slices, which changes nothing on screen.
 */
(function (global) {
  'use strict';

  const ATTR = 'data-boilerfold';
  const OPEN_ATTR = 'data-boilerfold-open';
  const PENDING_ATTR = 'data-boilerfold-pending';
  const HIDE_CSS = `[${ATTR}]:not([${OPEN_ATTR}]):not([${PENDING_ATTR}]) { display: none !important; }`;
  // While the folds are taken back: no rule hides a root, and every bar is hidden. Not by
  // `display` here (the bar's own `:host { display: block !important }` would win: for important
  // declarations the shadow tree's do), but by the custom property that display reads (bar.js).
  const RETIRE_CSS = 'boilerfold-bar { --boilerfold-bar-display: none !important; }';
  const LABELS = global.BoilerfoldStorage.CATEGORIES;
  const NEVER_FOLD = new Set(['html', 'head', 'body', 'main']);
  const MAX_BAR_REINSERTS = 3;

  /** Controls whose value the user may have changed. */
  function isEdited(control) {
    const tag = control.localName;
    if (tag === 'textarea') return control.value !== control.defaultValue;
    if (tag === 'select') {
      for (const option of control.options) if (option.selected !== option.defaultSelected) return true;
      return false;
    }
    if (tag === 'input') {
      const type = control.type;
      if (type === 'checkbox' || type === 'radio') return control.checked !== control.defaultChecked;
      if (type === 'hidden' || type === 'submit' || type === 'button' || type === 'reset') return false;
      return control.value !== control.defaultValue;
    }
    return false;
  }

  class FoldSet {
    /**
     * `hooks.onKeep(root, fold)`: the user pressed "Not clutter" (the fold is already undone);
     * `hooks.onChange()`: the set of folds or their open state changed;
     * `hooks.onStructure(parent)` (optional): a bar was put into or taken out of `parent`.
     */
    constructor(doc, hooks) {
      this.doc = doc;
      this.hooks = hooks;
      /** root element → {label, bar, open} */
      this.roots = new Map();
      this.bars = new Set();
      /** Pending folds' roots, in the order made (see above); those before `revealed` are shown. */
      this.pending = [];
      this.revealed = 0;
      /** Folds being taken back (see above): root (or null) and bar, in pairs; `gone` done. */
      this.leaving = [];
      this.gone = 0;
      this.style = null;
      this.styleCss = '';
      /** Elements the user typed into (the `input` listener below), kept for the page's life. */
      this.typed = new Set();
      const remember = (event) => {
        const target = typeof event.composedPath === 'function' ? event.composedPath()[0] : event.target;
        if (target && target.nodeType === 1) this.typed.add(target);
      };
      doc.addEventListener('input', remember, true);
      doc.addEventListener('change', remember, true);
    }

    get size() {
      return this.roots.size;
    }

    counts() {
      const counts = Object.fromEntries(LABELS.map((label) => [label, 0]));
      for (const { label } of this.roots.values()) counts[label] += 1;
      return counts;
    }

    /** A node Boilerfold itself put into the page (a bar or the stylesheet). */
    isOurs(node) {
      return this.bars.has(node) || node === this.style;
    }

    /** Whether `node` is inside (or is) a folded root. Walks up: O(depth), not O(folds). */
    isInsideFold(node) {
      for (let p = node; p; p = p.parentNode) if (this.roots.has(p)) return true;
      return false;
    }

    /** Whether a fold root lies inside `el` (found by its attribute, confirmed in the map). */
    holdsFold(el) {
      for (const d of el.querySelectorAll(`[${ATTR}]`)) if (this.roots.has(d)) return true;
      return false;
    }

    structure(parent) {
      if (parent && this.hooks.onStructure) this.hooks.onStructure(parent);
    }

    /** Why `el` must not be folded, or '' if it may be. */
    refusal(el) {
      const doc = this.doc;
      if (!el || el.nodeType !== 1 || !el.isConnected || !el.parentNode) return 'detached';
      if (NEVER_FOLD.has(el.localName) || el === doc.documentElement) return 'page-level element';
      if (el.hasAttribute(ATTR) || this.bars.has(el)) return 'already ours';
      // Ancestors and descendants, not every fold: a page with tens of thousands of folds made
      // the all-pairs check quadratic (minutes on a 50 MB page).
      if (this.isInsideFold(el) || this.holdsFold(el)) return 'overlaps another fold';
      const active = doc.activeElement;
      if (active && active !== doc.body && el.contains(active)) return 'holds the focus';
      if (doc.fullscreenElement && el.contains(doc.fullscreenElement)) return 'fullscreen';
      for (const typed of this.typed) if (el.contains(typed)) return 'user typed here';
      for (const control of el.querySelectorAll('textarea, input, select')) {
        if (isEdited(control)) return 'user typed here';
      }
      const target = this.hashTarget();
      if (target && el.contains(target)) return 'target of the address';
      return '';
    }

    hashTarget() {
      const hash = global.location ? global.location.hash : '';
      if (hash.length < 2) return null;
      let id = hash.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // keep the raw fragment
      }
      return this.doc.getElementById(id);
    }

    /** Our stylesheet in the page, holding `css` (HIDE_CSS, or RETIRE_CSS while taking back). */
    ensureStyle(css = HIDE_CSS) {
      if (!this.style || !this.style.isConnected) {
        this.style = this.doc.createElement('style');
        this.style.textContent = css;
        (this.doc.head || this.doc.documentElement).append(this.style);
      } else if (this.styleCss !== css) {
        this.style.textContent = css;
      }
      this.styleCss = css;
    }

    /**
     * Fold `el` as the core's `fold` ({label, chars, reasons}); with `pending`, not yet shown
     * (see above). Returns false if refused.
     */
    add(el, fold, { pending = false } = {}) {
      // While folds are taken back the stylesheet hides every bar (RETIRE_CSS): none is made.
      if (!LABELS.includes(fold.label) || this.leaving.length > 0 || this.refusal(el)) return false;
      // A pending fold needs no stylesheet yet: adding one restyles the whole page, which the
      // reveal's relayout then does once, not twice.
      if (!pending) this.ensureStyle();
      const entry = { label: fold.label, bar: null, open: false, fold, reinserted: 0 };
      entry.bar = global.BoilerfoldBar.create(this.doc, fold, {
        onToggle: (open) => this.setOpen(el, open),
        onKeep: () => {
          this.remove(el);
          this.hooks.onKeep(el, fold);
          this.hooks.onChange();
        },
      });
      this.bars.add(entry.bar.host);
      if (pending) {
        // Before the fold attribute: the root is never hidden without its bar.
        el.setAttribute(PENDING_ATTR, '');
        entry.bar.host.setAttribute(PENDING_ATTR, '');
        this.pending.push(el);
      }
      this.structure(el.parentNode);
      el.parentNode.insertBefore(entry.bar.host, el);
      el.setAttribute(ATTR, fold.label);
      this.roots.set(el, entry);
      return true;
    }

    /**
     * Show the pending folds, until the clock (performance.now) passes `deadline`; returns true
     * once none is left.
     */
    reveal(deadline = Infinity) {
      const { pending } = this;
      if (this.revealed < pending.length) this.ensureStyle();
      while (this.revealed < pending.length) {
        const el = pending[this.revealed];
        pending[this.revealed++] = null;
        const entry = this.roots.get(el); // none if the fold was undone meanwhile
        if (entry) {
          entry.bar.host.removeAttribute(PENDING_ATTR);
          el.removeAttribute(PENDING_ATTR);
        }
        if ((this.revealed & 63) === 0 && performance.now() >= deadline) break;
      }
      if (this.revealed < pending.length) return false;
      this.pending = [];
      this.revealed = 0;
      return true;
    }

    setOpen(el, open) {
      const entry = this.roots.get(el);
      if (!entry || entry.open === open) return;
      entry.open = open;
      if (open) el.setAttribute(OPEN_ATTR, '');
      else el.removeAttribute(OPEN_ATTR);
      entry.bar.setOpen(open);
      this.hooks.onChange();
    }

    openAll() {
      for (const el of this.roots.keys()) this.setOpen(el, true);
    }

    /** Fold again every fold the reader opened (the popup's "Fold again" after "Show all"). */
    closeAll() {
      for (const el of this.roots.keys()) this.setOpen(el, false);
    }

    /** Undo one fold. */
    remove(el) {
      const entry = this.roots.get(el);
      if (!entry) return;
      this.roots.delete(el);
      this.bars.delete(entry.bar.host);
      this.structure(entry.bar.host.parentNode);
      entry.bar.host.remove();
      el.removeAttribute(OPEN_ATTR);
      el.removeAttribute(PENDING_ATTR);
      el.removeAttribute(ATTR);
    }

    /**
     * Keep the folds consistent after the page changed them: forget a root the page removed (and
     * its bar), put back a bar the page removed (a folded block must always have its Show
     * button), and drop a fold whose attribute the page took away. Returns true if anything
     * changed.
     */
    prune() {
      let changed = false;
      for (const [el, entry] of [...this.roots]) {
        const host = entry.bar.host;
        if (!el.isConnected || el.getAttribute(ATTR) !== entry.label) {
          this.remove(el);
          changed = true;
        } else if (host.nextSibling !== el && el.parentNode) {
          // A page that keeps taking the bar out (a framework re-rendering its children) would
          // make this a tug of war: after a few rounds, give the block back instead.
          entry.reinserted += 1;
          if (entry.reinserted > MAX_BAR_REINSERTS) {
            this.remove(el);
            changed = true;
          } else {
            this.structure(el.parentNode);
            el.parentNode.insertBefore(host, el);
          }
        }
      }
      return changed;
    }

    /**
     * Start taking every fold back (see above): forget them all, and make the one change that
     * shows the page as it was. `dismantle()` does the rest. Returns how many folds are to go.
     */
    retire() {
      for (const [el, entry] of this.roots) {
        this.leaving.push(el, entry.bar.host);
        this.bars.delete(entry.bar.host);
      }
      for (const host of this.bars) this.leaving.push(null, host);
      this.roots.clear();
      this.bars.clear();
      this.pending = [];
      this.revealed = 0;
      if (this.leaving.length > 0) this.ensureStyle(RETIRE_CSS);
      return (this.leaving.length - this.gone) / 2;
    }

    /**
     * Take the retired folds' bars and attributes away until the clock (performance.now)
     * passes `deadline`, then the stylesheet; returns true once nothing of them is left.
     */
    dismantle(deadline = Infinity) {
      const { leaving } = this;
      while (this.gone < leaving.length) {
        const el = leaving[this.gone];
        const host = leaving[this.gone + 1];
        leaving[this.gone] = leaving[this.gone + 1] = null;
        this.gone += 2;
        this.structure(host.parentNode);
        host.remove();
        if (el) {
          el.removeAttribute(OPEN_ATTR);
          el.removeAttribute(PENDING_ATTR);
          el.removeAttribute(ATTR);
        }
        if ((this.gone & 127) === 0 && performance.now() >= deadline) return false;
      }
      this.leaving = [];
      this.gone = 0;
      if (this.style) this.style.remove();
      this.style = null;
      return true;
    }
  }

  global.BoilerfoldFold = Object.freeze({ FoldSet, ATTR, OPEN_ATTR, PENDING_ATTR });
})(globalThis);
