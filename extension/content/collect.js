/*
 * Boilerfold browser adapter: the live DOM → the page table, in the wire format of src/page.rs.
 *
 * One iterative pre-order pass over the DOM (no recursion: pages nest very deep). The rules
 * (what is skipped, which attributes, when a node is hidden) are the ones src/page.rs documents;
 * src/html.rs follows the same rules for saved HTML, and a test checks the two agree.
 *
 * A classic script (content scripts cannot be modules): it defines `BoilerfoldCollect` on the
 * global object of the world it runs in (the extension's isolated world, the demo page, or a test).
 */
(function (global) {
  'use strict';

  const RECORD_SEP = '\u001e';
  const FIELD_SEP = '\u001f';
  const SEPARATORS = /[\u001e\u001f]/g;
  const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

  // Subtrees never visible as text (src/page.rs SKIPPED_TAGS).
  const SKIPPED = new Set([
    'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'svg', 'math',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'video', 'audio', 'picture',
    'source', 'track', 'map', 'param', 'dialog',
  ]);
  // Kept, but their children are a control's value, not page text (CHILDLESS_TAGS).
  const CHILDLESS = new Set(['textarea', 'select']);

  function clean(v) {
    return v.indexOf('\u001e') < 0 && v.indexOf('\u001f') < 0 ? v : v.replace(SEPARATORS, ' ');
  }

  // The fields of an element without attributes: tag, then ten empty fields and no text.
  const EMPTY_TAIL = FIELD_SEP.repeat(11);

  /**
   * One element's record. Elements without attributes (most of a page) take a fast path; for
   * the others the attribute names are read once and only the wanted values fetched.
   * Not `el.attributes`: each Attr it hands out is one more DOM wrapper, and in a content
   * script's isolated world every wrapper is a weak handle the garbage collector has to visit.
   * On a page of 100 000 links such handles made single GC pauses of 50-120 ms (Chromium trace).
   */
  function elementRecord(el, tag) {
    if (!el.hasAttributes()) return tag + EMPTY_TAIL;
    let id = '', cls = '', role = '', itemprop = '', itemtype = '', type = '', name = '';
    let href = '', action = '', hidden = false;
    const names = el.getAttributeNames();
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      switch (n) {
        case 'id': id = clean(el.getAttribute(n)); break;
        case 'class': cls = clean(el.getAttribute(n)); break;
        case 'role': role = clean(el.getAttribute(n)); break;
        case 'itemprop': itemprop = clean(el.getAttribute(n)); break;
        case 'itemtype': itemtype = clean(el.getAttribute(n)); break;
        case 'type': type = clean(el.getAttribute(n)); break;
        case 'name': name = clean(el.getAttribute(n)); break;
        case 'href': if (tag === 'a') href = clean(el.getAttribute(n)); break;
        case 'action': if (tag === 'form') action = clean(el.getAttribute(n)); break;
        case 'hidden': hidden = true; break;
        case 'aria-hidden': if (el.getAttribute(n).trim().toLowerCase() === 'true') hidden = true; break;
        case 'style': if (HIDDEN_STYLE.test(el.getAttribute(n))) hidden = true; break;
        default: break;
      }
    }
    if (tag === 'input' && type.trim().toLowerCase() === 'hidden') hidden = true;
    return tag + FIELD_SEP + id + FIELD_SEP + cls + FIELD_SEP + role + FIELD_SEP + itemprop +
      FIELD_SEP + itemtype + FIELD_SEP + type + FIELD_SEP + name + FIELD_SEP + href +
      FIELD_SEP + action + FIELD_SEP + (hidden ? '1' : '') + FIELD_SEP;
  }

  const TEXT_HEAD = '#text' + FIELD_SEP.repeat(11);

  function textRecord(data) {
    return TEXT_HEAD + clean(data);
  }

  /** How many records are made between two looks at the clock. */
  const CLOCK_EVERY = 256;

  /**
   * A resumable walk over the page table under `root` (default: the document's body), for pages
   * too big to collect in one task. `step(deadline, maxChars)` collects records until the clock
   * (performance.now) passes `deadline` or the records not yet taken hold `maxChars` characters,
   * and returns true once the walk is complete. `take()` hands over the records made since the
   * last take as {parents: Int32Array, packed}; joined with U+001E in order, the parts are the
   * one packed string of `collect`. `count` is the number of records so far.
   *
   * `element(i, changed)` finds the element of record i again, from the root down by element
   * positions (the walk keeps each record's parent, tag and place among its parent's element
   * children, not the DOM node): every DOM node a content script keeps is a weak handle that
   * each garbage collection visits, and on a page of 100 000 links keeping them all made GC
   * pauses of 50-120 ms inside the walk (Chromium trace). The way down is refused (null) where
   * the tags do not match or it passes an element in `changed`, the elements whose children
   * the page changed since the walk (the shim's MutationObserver keeps that set).
   * With `{keep: true}` the walk also keeps the elements (`nodes`) and element() returns them,
   * which no change of the page can mislead, until `forget()` drops them (for a big table).
   *
   * The page may change between two steps. The table stays well formed whatever it does (every
   * record's parent comes before it); a subtree removed meanwhile is cut short, one added behind
   * the walk is not in the table (the shim's MutationObserver sees it instead).
   */
  class Walk {
    constructor(root, { keep = false } = {}) {
      const doc = root && root.ownerDocument ? root.ownerDocument : global.document;
      root = root || doc.body || doc.documentElement;
      this.root = root;
      this.nodes = keep ? [] : null;
      this.up = []; // record → parent record (-1 for the root)
      this.slot = []; // record → index among its parent element's element children (-1: text)
      this.tags = []; // record → tag ('' for text)
      this.records = [];
      this.taken = 0; // records handed over by take()
      this.count = 0;
      this.chars = 0;
      this.done = !root;
      if (!root) return;
      const rootTag = root.localName;
      this.push(root, rootTag, -1, -1);
      this.records.push(elementRecord(root, rootTag));
      this.stackNode = [root];
      this.stackIndex = [0];
      this.stackCount = [0]; // element children seen so far, per level
      this.child = CHILDLESS.has(rootTag) ? null : root.firstChild;
    }

    push(node, tag, parent, slot) {
      this.count += 1;
      if (this.nodes) this.nodes.push(node);
      this.up.push(parent);
      this.slot.push(slot);
      this.tags.push(tag);
    }

    step(deadline = Infinity, maxChars = Infinity) {
      if (this.done) return true;
      const { records, stackNode, stackIndex, stackCount } = this;
      const timed = deadline !== Infinity;
      let chars = this.chars;
      let child = this.child;
      let untilClock = CLOCK_EVERY;
      for (;;) {
        if (child !== null) {
          const type = child.nodeType;
          if (type === 1) {
            const top = stackCount.length - 1;
            const slot = stackCount[top]++;
            const tag = child.localName;
            if (!SKIPPED.has(tag)) {
              const index = this.count;
              this.push(child, tag, stackIndex[top], slot);
              const record = elementRecord(child, tag);
              records.push(record);
              chars += record.length + 1;
              if (!CHILDLESS.has(tag) && child.firstChild !== null) {
                stackNode.push(child);
                stackIndex.push(index);
                stackCount.push(0);
                child = child.firstChild;
                if (--untilClock === 0) {
                  untilClock = CLOCK_EVERY;
                  if (chars >= maxChars || (timed && performance.now() >= deadline)) break;
                }
                continue;
              }
            }
          } else if (type === 3 || type === 4) {
            const data = child.data;
            if (data.length > 0) {
              this.push(null, '', stackIndex[stackIndex.length - 1], -1);
              records.push(textRecord(data));
              chars += TEXT_HEAD.length + data.length + 1;
            }
          }
          child = child.nextSibling;
          if (--untilClock === 0) {
            untilClock = CLOCK_EVERY;
            if (chars >= maxChars || (timed && performance.now() >= deadline)) break;
          }
          continue;
        }
        if (stackNode.length === 1) {
          this.done = true;
          break;
        }
        const done = stackNode.pop();
        stackIndex.pop();
        stackCount.pop();
        child = done.nextSibling;
      }
      this.child = child;
      this.chars = chars;
      return this.done;
    }

    /** Stop keeping the elements: from here on element() finds them by position. */
    forget() {
      this.nodes = null;
    }

    /** The records made since the last take. */
    take() {
      const from = this.taken;
      const parents = new Int32Array(this.count - from);
      for (let i = 0; i < parents.length; i++) parents[i] = this.up[from + i];
      const packed = this.records.join(RECORD_SEP);
      this.taken = this.count;
      this.records = [];
      this.chars = 0;
      return { parents, packed };
    }

    /** The element of record `i` (see above), or null. */
    element(i, changed) {
      if (!Number.isInteger(i) || i < 0 || i >= this.count || this.tags[i] === '') return null;
      if (this.nodes) return this.nodes[i];
      const way = [];
      for (let j = i; j > 0; j = this.up[j]) way.push(j);
      let el = this.root;
      for (let k = way.length - 1; k >= 0; k--) {
        if (changed && changed.has(el)) return null;
        const j = way[k];
        el = el.children[this.slot[j]];
        if (!el || el.localName !== this.tags[j]) return null;
      }
      return el;
    }
  }

  /**
   * Collect the page table under `root` (default: the document's body) in one go.
   * Returns { nodes, parents, packed }: `nodes[i]` is the DOM node of record i (null for text:
   * verdicts name elements only), so a verdict's node indices map straight back to elements.
   */
  function collect(root) {
    const walk = new Walk(root, { keep: true });
    walk.step();
    const { parents, packed } = walk.take();
    return { nodes: walk.nodes, parents, packed };
  }

  global.BoilerfoldCollect = Object.freeze({ collect, Walk });
})(globalThis);
