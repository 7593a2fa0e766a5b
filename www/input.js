/*
 * Reading what the user gives the demo: file bytes to page text (BOM, declared charset, UTF-8),
 * binary files and pastes refused with a message that says what they are, and the size limit.
 * No DOM here: every check throws an InputError whose message is shown as it is.
 */
import { formatMB } from './ui.js';

const LIMIT_BYTES = 8 * 1024 * 1024;
const LIMIT_TEXT = '8 MB';

export class InputError extends Error {}

function tooLarge(bytes) {
  return new InputError(
    `This page is too large for the demo (${formatMB(bytes)}, limit ${LIMIT_TEXT}) — use the boilerfold CLI: boilerfold classify PAGE.html`,
  );
}

// The CLI's rules for binary input (src/input.rs), from the generated shared.js.
const INPUT = globalThis.BoilerfoldShared.input;

/** What the start of the bytes looks like when it is a binary format, else ''. */
function binaryKind(b) {
  for (const [magic, what] of INPUT.magic) {
    if (b.length >= magic.length && magic.every((v, i) => b[i] === v)) return what;
  }
  return '';
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), else ''. */
function declaredCharset(bytes) {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m ? m[1] : '';
}

/** Bytes of a file → page text, or an InputError saying why not. */
function decodeFileBytes(bytes) {
  if (bytes.length === 0) throw new InputError('That file is empty: nothing to classify.');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(`That file is ${kind}, not an HTML page${kind.includes('compressed') ? ' (unpack it first)' : ''}.`);
  if (bytes.indexOf(0) !== -1) {
    throw new InputError('That file looks binary (it contains NUL bytes), not an HTML page.');
  }
  let decoder;
  try {
    decoder = new TextDecoder(declaredCharset(bytes) || 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(bytes);
  checkLooksLikeText(text);
  return text;
}

/**
 * Reject text whose start is mostly control characters or undecodable bytes: the CLI's rule
 * (more than one in INPUT.controlOneIn of the first INPUT.sniffBytes), counted in characters.
 */
function checkLooksLikeText(text) {
  const sample = text.slice(0, INPUT.sniffBytes);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f || c === 0xfffd) bad++;
  }
  if (bad * INPUT.controlOneIn > sample.length) {
    throw new InputError("That doesn't look like text (too many control characters or undecodable bytes), so it can't be an HTML page.");
  }
}

export function checkPastedText(text) {
  if (text.trim() === '') throw new InputError('Nothing to classify: the paste box is empty. Paste the HTML source of a page first.');
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMIT_BYTES) throw tooLarge(bytes);
  if (text.includes('\u0000')) throw new InputError('That paste looks binary (it contains NUL characters), not HTML.');
  checkLooksLikeText(text);
  return text;
}

/** A File (picked or dropped) → page text, or an InputError. */
export async function readFileChecked(file) {
  if (file.size > LIMIT_BYTES) throw tooLarge(file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = decodeFileBytes(bytes);
  if (text.trim() === '') throw new InputError('That file holds only whitespace: nothing to classify.');
  return text;
}
