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
   * One element's record. Elements without attributes (most of a page) take a fast path;
   * the others are read in one pass over their attribute list rather than one lookup per field.
   */
  function elementRecord(el, tag) {
    if (!el.hasAttributes()) return tag + EMPTY_TAIL;
    let id = '', cls = '', role = '', itemprop = '', itemtype = '', type = '', name = '';
    let href = '', action = '', hidden = false;
    const attrs = el.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i];
      switch (a.name) {
        case 'id': id = clean(a.value); break;
        case 'class': cls = clean(a.value); break;
        case 'role': role = clean(a.value); break;
        case 'itemprop': itemprop = clean(a.value); break;
        case 'itemtype': itemtype = clean(a.value); break;
        case 'type': type = clean(a.value); break;
        case 'name': name = clean(a.value); break;
        case 'href': if (tag === 'a') href = clean(a.value); break;
        case 'action': if (tag === 'form') action = clean(a.value); break;
        case 'hidden': hidden = true; break;
        case 'aria-hidden': if (a.value.trim().toLowerCase() === 'true') hidden = true; break;
        case 'style': if (HIDDEN_STYLE.test(a.value)) hidden = true; break;
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
   * one packed string of `collect`. `nodes[i]` is the DOM node of record i.
   *
   * The page may change between two steps. The table stays well formed whatever it does (every
   * record's parent comes before it); a subtree removed meanwhile is cut short, one added behind
   * the walk is not in the table (the shim's MutationObserver sees it instead).
   */
  class Walk {
    constructor(root) {
      const doc = root && root.ownerDocument ? root.ownerDocument : global.document;
      root = root || doc.body || doc.documentElement;
      this.nodes = [];
      this.parents = [];
      this.records = [];
      this.chars = 0;
      this.done = !root;
      if (!root) return;
      this.nodes.push(root);
      this.parents.push(-1);
      const rootTag = root.localName;
      this.records.push(elementRecord(root, rootTag));
      this.stackNode = [root];
      this.stackIndex = [0];
      this.child = CHILDLESS.has(rootTag) ? null : root.firstChild;
    }

    step(deadline = Infinity, maxChars = Infinity) {
      if (this.done) return true;
      const { nodes, parents, records, stackNode, stackIndex } = this;
      const timed = deadline !== Infinity;
      let chars = this.chars;
      let child = this.child;
      let untilClock = CLOCK_EVERY;
      for (;;) {
        if (child !== null) {
          const type = child.nodeType;
          if (type === 1) {
            const tag = child.localName;
            if (!SKIPPED.has(tag)) {
              const index = nodes.length;
              nodes.push(child);
              parents.push(stackIndex[stackIndex.length - 1]);
              const record = elementRecord(child, tag);
              records.push(record);
              chars += record.length + 1;
              if (!CHILDLESS.has(tag) && child.firstChild !== null) {
                stackNode.push(child);
                stackIndex.push(index);
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
              nodes.push(child);
              parents.push(stackIndex[stackIndex.length - 1]);
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
        child = done.nextSibling;
      }
      this.child = child;
      this.chars = chars;
      return this.done;
    }

    /** The records made since the last take. */
    take() {
      const parents = Int32Array.from(this.parents);
      const packed = this.records.join(RECORD_SEP);
      this.parents = [];
      this.records = [];
      this.chars = 0;
      return { parents, packed };
    }
  }

  /**
   * Collect the page table under `root` (default: the document's body) in one go.
   * Returns { nodes, parents, packed }: `nodes[i]` is the DOM node of record i, so a verdict's
   * node indices map straight back to elements.
   */
  function collect(root) {
    const walk = new Walk(root);
    walk.step();
    const { parents, packed } = walk.take();
    return { nodes: walk.nodes, parents, packed };
  }

  global.BoilerfoldCollect = Object.freeze({ collect, Walk });
})(globalThis);
