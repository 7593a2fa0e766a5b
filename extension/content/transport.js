/*
 * The parts protocol to the background: a big page table (or any table, when the core is the
 * background's) is sent in parts (cs-bg-part) while the walk is still making it, a slice per
 * task, then classified there (cs-bg-classify), off the page's thread.
 * A classic script (content scripts cannot be modules): it defines `BoilerfoldTransport` on the
 * global object of the content script's world.
 */
(function (global) {
  'use strict';

  const { CS_BG_CLASSIFY, CS_BG_PART } = global.BoilerfoldMessages;
  const { BIG_SLICE_MS, OVERRUN_MS, REST_MS, measure, restToPage } = global.BoilerfoldSchedule;

  // A table of fewer characters than this is classified here, in one wasm call short enough
  // for a task of its own; a bigger one goes to the background, in parts.
  const PART_CHARS = 1 << 19;
  // Streamed, a walk sends a part at this size (or when its slice is up), so that walking and
  // sending fit in one slice; what it made before it streamed (up to PART_CHARS) goes in parts
  // of this size too, a part per task, since sending it in one message makes a long task.
  const SEND_CHARS = 1 << 17;

  /** The parts protocol for one shim; `api` is the WebExtension API. */
  function create(api) {
    let tableCount = 0; // names the page tables sent to the background in parts

    /**
     * Send the records a walk made since the last part to the background (CS_BG_PART), if it
     * made any (a step can end on a run of skipped nodes; an empty part would join in as an
     * empty record).
     */
    function sendPart(walk, stream) {
      if (walk.left() === 0) return;
      const part = walk.take(SEND_CHARS);
      const sent = api.runtime.sendMessage({
        type: CS_BG_PART,
        table: stream.table,
        seq: stream.parts++,
        // A string, not an array: Chromium converts a message's arrays element by element,
        // which takes tens of milliseconds for a part's parents; one string is one copy.
        parents: part.parents.join(','),
        packed: part.packed,
      });
      stream.sent.push(Promise.resolve(sent).catch((err) => ({ ok: false, error: String(err && err.message) })));
    }

    /**
     * The rest of a big table's walk, a slice per task (each measured as `name`), each slice's
     * records sent to the background as they are made (first those the walk made before it
     * was streamed); then the background classifies the joined table with `options`. Returns
     * the verdict JSON, or null if `stale()` says the work was cancelled meanwhile.
     */
    async function classifyStreamed(walk, done, stale, options, name) {
      const stream = { table: `${performance.timeOrigin}:${++tableCount}`, parts: 0, sent: [] };
      let t;
      let slice = 0;
      let owed = false; // the last slice ran late and left its part to this one
      for (;;) {
        await restToPage(REST_MS);
        if (stale()) return null;
        t = performance.now();
        // Records already over a part's size (the walk before it streamed: up to PART_CHARS),
        // a finished walk's rest and a part owed go a part per task; otherwise walk on, then
        // send, unless the walk ran late (see OVERRUN_MS).
        let send = owed || done || walk.chars >= SEND_CHARS;
        if (!send) {
          done = walk.step(t + BIG_SLICE_MS, SEND_CHARS);
          send = performance.now() < t + BIG_SLICE_MS + OVERRUN_MS;
        }
        owed = !send;
        const sending = performance.now();
        if (send) sendPart(walk, stream);
        measure(name, t, { slice: ++slice, nodes: walk.count, sendMs: send ? performance.now() - sending : null });
        if (done && walk.left() === 0) break;
      }
      t = performance.now();
      for (const answer of await Promise.all(stream.sent)) {
        if (!answer || !answer.ok) throw new Error(answer ? answer.error : 'no answer from background');
      }
      const answer = await api.runtime.sendMessage({
        type: CS_BG_CLASSIFY,
        table: stream.table,
        parts: stream.parts,
        options,
      });
      if (!answer || !answer.ok) throw new Error(answer ? answer.error : 'no answer from background');
      // Not the page's time: the page's thread was free while the background worked.
      measure('boilerfold:background', t, { parts: stream.parts });
      return stale() ? null : answer.verdict;
    }

    return { classifyStreamed };
  }

  global.BoilerfoldTransport = Object.freeze({ create, PART_CHARS, SEND_CHARS });
})(globalThis);
