/*
 * Folding and unfolding, and the safety rules that decide whether an element may be folded.
 *
 * A fold is two changes to the page and no more: the attribute `data-boilerfold="<label>"` on the
 * fold root (hidden by one injected stylesheet, so find-in-page and screen readers skip it) and a
 * `<boilerfold-bar>` inserted just before it. Adjacent folds form a group (place.js) with one bar
 * before the first of them (its `data-boilerfold-count` says how many). Shown, a group also has a
 * `<boilerfold-end>` line after its last block; an element the placement rules left unfolded
 * carries `data-boilerfold-left="<label> <why>"`. `retire()` and `dismantle()` take all of it
 * back, and the stylesheet with it, so the page is as it was. Nodes are never moved or removed.
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
  const LEFT_ATTR = 'data-boilerfold-left';
  const NOTE_ATTR = 'data-boilerfold-note';
  // Folded blocks are hidden; a shown one gets a thin outline (no layout change) so the reader
  // sees where it starts and ends.
  const HIDE_CSS =
    `[${ATTR}]:not([${OPEN_ATTR}]):not([${PENDING_ATTR}]) { display: none !important; }\n` +
    `[${ATTR}][${OPEN_ATTR}] { outline: 1px dashed color-mix(in srgb, currentColor 35%, transparent) !important; outline-offset: 3px !important; }`;
  // While the folds are taken back: no rule hides a root, and every bar is hidden. Not by
  // `display` here (the bar's own `:host { display: block !important }` would win: for important
  // declarations the shadow tree's do), but by the custom property that display reads (bar.js).
  const RETIRE_CSS = 'boilerfold-bar, boilerfold-end { --boilerfold-bar-display: none !important; }';
  const LABELS = global.BoilerfoldStorage.CATEGORIES;
  const NEVER_FOLD = new Set(['html', 'head', 'body', 'main']);
  const MAX_BAR_REINSERTS = 3;
  // How long the "Not clutter — Undo" note stays once the focus has left it.
  const NOTE_MS = 10_000;

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
     * `hooks.onKeep(items)`: the user pressed "Not clutter" on a bar (`items`: [{root, fold}],
     * its folds, already undone); `hooks.onUnkeep(items)`: the user took that back (Undo; the
     * folds are made again);
     * `hooks.onChange()`: the set of folds or their open state changed;
     * `hooks.onStructure(parent)` (optional): a bar was put into or taken out of `parent`.
     */
    constructor(doc, hooks) {
      this.doc = doc;
      this.hooks = hooks;
      /** root element → its group: {members, folds, bar, end, open, look, reinserted} */
      this.roots = new Map();
      this.groups = new Set();
      this.bars = new Set();
      /** Our other elements in the page: the end lines of shown folds, the "Undo" notes. */
      this.extras = new Set();
      /** Elements left unfolded by the placement rules (place.js), marked LEFT_ATTR. */
      this.left = new Set();
      /** Pending groups (see above), in the order made; those before `revealed` are shown. */
      this.pending = [];
      this.revealed = 0;
      /** Folds being taken back (see above): root (or null) and one of ours (or null), in pairs. */
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

    /** How many blocks are folded (a group of three counts three). */
    get size() {
      return this.roots.size;
    }

    counts() {
      const counts = Object.fromEntries(LABELS.map((label) => [label, 0]));
      for (const group of this.groups) for (const fold of group.folds) counts[fold.label] += 1;
      return counts;
    }

    /** How many folded blocks are shown (opened by the reader). */
    openCount() {
      let n = 0;
      for (const group of this.groups) if (group.open) n += group.members.length;
      return n;
    }

    /** A node Boilerfold itself put into the page (a bar, an end line, a note, the stylesheet). */
    isOurs(node) {
      return this.bars.has(node) || this.extras.has(node) || node === this.style;
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
      if (el.hasAttribute(ATTR) || this.isOurs(el)) return 'already ours';
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

    /** Fold one element (a group of one); returns false if refused. */
    add(el, fold, options = {}) {
      return this.addGroup([{ el, fold }], options) > 0;
    }

    /**
     * Fold a group of adjacent blocks (`members`: [{el, fold}], in page order; fold = the
     * core's {label, chars, reasons}) behind one bar in the page's `look` (place.js); with
     * `pending`, not yet shown (see above). Members the safety rules refuse are left out.
     * Returns how many were folded.
     */
    addGroup(members, { pending = false, look = null } = {}) {
      // While folds are taken back the stylesheet hides every bar (RETIRE_CSS): none is made.
      if (this.leaving.length > 0) return 0;
      const ok = members.filter((m) => LABELS.includes(m.fold.label) && !this.refusal(m.el));
      if (ok.length === 0) return 0;
      // A pending fold needs no stylesheet yet: adding one restyles the whole page, which the
      // reveal's relayout then does once, not twice.
      if (!pending) this.ensureStyle();
      const group = {
        members: ok.map((m) => m.el),
        folds: ok.map((m) => m.fold),
        bar: null,
        end: null,
        open: false,
        look,
        reinserted: 0,
      };
      const first = group.members[0];
      group.bar = global.BoilerfoldBar.create(this.doc, group.folds, group.members, {
        look,
        onToggle: (open) => this.setOpen(first, open),
        onKeep: () => this.keep(group),
      });
      const host = group.bar.host;
      this.bars.add(host);
      if (pending) {
        // Before the fold attribute: a root is never hidden without its bar.
        host.setAttribute(PENDING_ATTR, '');
        for (const el of group.members) el.setAttribute(PENDING_ATTR, '');
        this.pending.push(group);
      }
      this.structure(first.parentNode);
      first.parentNode.insertBefore(host, first);
      group.members.forEach((el, i) => {
        this.left.delete(el);
        el.removeAttribute(LEFT_ATTR);
        el.setAttribute(ATTR, group.folds[i].label);
        this.roots.set(el, group);
      });
      this.groups.add(group);
      return ok.length;
    }

    /**
     * Mark an element the placement rules left unfolded (place.js: why is 'inline', 'unseen' or
     * 'crumb'), so a reader of the page's DOM (and the test suites) can tell it from a miss.
     */
    markLeft(el, label, why) {
      if (!el || el.nodeType !== 1 || !el.isConnected || this.roots.has(el) || this.leaving.length > 0) return;
      el.setAttribute(LEFT_ATTR, `${label} ${why}`);
      this.left.add(el);
    }

    /**
     * Show the pending folds, until the clock (performance.now) passes `deadline`; returns true
     * once none is left.
     */
    reveal(deadline = Infinity) {
      const { pending } = this;
      if (this.revealed < pending.length) this.ensureStyle();
      while (this.revealed < pending.length) {
        const group = pending[this.revealed];
        pending[this.revealed++] = null;
        if (this.groups.has(group)) {
          // none if the fold was undone meanwhile
          group.bar.host.removeAttribute(PENDING_ATTR);
          for (const el of group.members) el.removeAttribute(PENDING_ATTR);
        }
        if ((this.revealed & 63) === 0 && performance.now() >= deadline) break;
      }
      if (this.revealed < pending.length) return false;
      this.pending = [];
      this.revealed = 0;
      return true;
    }

    /**
     * Show (open) or fold again the group of `el`. Shown, its blocks get a thin outline and an
     * end line after the last of them with a Hide of its own.
     */
    setOpen(el, open) {
      const group = this.roots.get(el);
      if (!group || group.open === open) return;
      group.open = open;
      for (const m of group.members) {
        if (open) m.setAttribute(OPEN_ATTR, '');
        else m.removeAttribute(OPEN_ATTR);
      }
      group.bar.setOpen(open);
      if (open) {
        const last = group.members[group.members.length - 1];
        group.end = global.BoilerfoldBar.createEnd(this.doc, group.folds, group.look, () => {
          this.setOpen(el, false);
          group.bar.focus();
        });
        this.extras.add(group.end);
        this.structure(last.parentNode);
        last.parentNode.insertBefore(group.end, last.nextSibling);
      } else {
        this.dropEnd(group);
      }
      this.hooks.onChange();
    }

    dropEnd(group) {
      if (!group.end) return;
      this.extras.delete(group.end);
      this.structure(group.end.parentNode);
      group.end.remove();
      group.end = null;
    }

    openAll() {
      for (const group of [...this.groups]) this.setOpen(group.members[0], true);
    }

    closeAll() {
      for (const group of [...this.groups]) this.setOpen(group.members[0], false);
    }

    /** Undo the fold of `el`'s group (all of it). `keepBar`: the bar stays, as a note. */
    remove(el, { keepBar = false } = {}) {
      const group = this.roots.get(el);
      if (!group) return;
      this.groups.delete(group);
      this.bars.delete(group.bar.host);
      this.dropEnd(group);
      if (!keepBar) {
        this.structure(group.bar.host.parentNode);
        group.bar.host.remove();
      }
      for (const m of group.members) {
        this.roots.delete(m);
        m.removeAttribute(OPEN_ATTR);
        m.removeAttribute(PENDING_ATTR);
        m.removeAttribute(ATTR);
      }
    }

    /**
     * "Not clutter": undo the group, remember its blocks (hooks.onKeep), and turn its bar into
     * a note with Undo, which keeps the focus; the note goes after NOTE_MS without the focus.
     */
    keep(group) {
      const first = group.members[0];
      if (this.roots.get(first) !== group) return;
      this.remove(first, { keepBar: true });
      const note = group.bar.host;
      note.setAttribute(NOTE_ATTR, '');
      this.extras.add(note);
      const members = group.members.map((el, i) => ({ el, fold: group.folds[i] }));
      const items = members.map((m) => ({ root: m.el, fold: m.fold }));
      this.hooks.onKeep(items);
      const dropNote = () => {
        if (!this.extras.has(note)) return;
        this.extras.delete(note);
        this.structure(note.parentNode);
        note.remove();
      };
      const expire = () => {
        if (!this.extras.has(note)) return;
        if (this.doc.activeElement === note) setTimeout(expire, NOTE_MS);
        else dropNote();
      };
      setTimeout(expire, NOTE_MS);
      const site = (global.location && global.location.hostname) || '';
      group.bar.showKept(site, () => {
        dropNote();
        this.hooks.onUnkeep(items);
        this.addGroup(members, { look: group.look });
        const again = this.roots.get(first);
        if (again) again.bar.focus();
        this.hooks.onChange();
      });
      this.hooks.onChange();
    }

    /**
     * Keep the folds consistent after the page changed them: a group whose root the page removed
     * or whose attribute it took away is undone (its other blocks shown too); a bar the page
     * removed is put back (a folded block must always have its Show button). Returns true if
     * anything changed.
     */
    prune() {
      let changed = false;
      for (const group of [...this.groups]) {
        const host = group.bar.host;
        const first = group.members[0];
        const lost = group.members.some((el, i) => !el.isConnected || el.getAttribute(ATTR) !== group.folds[i].label);
        if (lost) {
          this.remove(first);
          changed = true;
        } else if (host.nextSibling !== first && first.parentNode) {
          // A page that keeps taking the bar out (a framework re-rendering its children) would
          // make this a tug of war: after a few rounds, give the block back instead.
          group.reinserted += 1;
          if (group.reinserted > MAX_BAR_REINSERTS) {
            this.remove(first);
            changed = true;
          } else {
            this.structure(first.parentNode);
            first.parentNode.insertBefore(host, first);
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
      for (const group of this.groups) {
        this.leaving.push(null, group.bar.host);
        this.bars.delete(group.bar.host);
        for (const el of group.members) this.leaving.push(el, null);
      }
      for (const host of this.bars) this.leaving.push(null, host);
      for (const host of this.extras) this.leaving.push(null, host);
      for (const el of this.left) this.leaving.push(el, null);
      this.roots.clear();
      this.groups.clear();
      this.bars.clear();
      this.extras.clear();
      this.left.clear();
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
        if (host) {
          this.structure(host.parentNode);
          host.remove();
        }
        if (el) {
          el.removeAttribute(OPEN_ATTR);
          el.removeAttribute(PENDING_ATTR);
          el.removeAttribute(ATTR);
          el.removeAttribute(LEFT_ATTR);
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

  global.BoilerfoldFold = Object.freeze({ FoldSet, ATTR, OPEN_ATTR, PENDING_ATTR, LEFT_ATTR, NOTE_ATTR });
})(globalThis);
