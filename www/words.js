/*
 * The demo's words for reasons: the extension's English catalogue (_locales/en/messages.json,
 * copied to messages-en.json by the build) rendered by the extension's own reasons.js, so the
 * demo and the fold bar say the same thing.
 */
let catalogue = {};

/** Load the catalogue once; without it reasons show as their codes. */
export async function loadWords() {
  try {
    const response = await fetch('messages-en.json');
    if (response.ok) catalogue = await response.json();
  } catch {
    catalogue = {};
  }
}

/** i18n.getMessage's rules: `$NAME$` is the placeholder whose content `$n` is substitution n. */
function t(key, subs = []) {
  const entry = catalogue[key];
  if (!entry || typeof entry.message !== 'string') return '';
  const placeholders = entry.placeholders || {};
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name) => {
    const ph = placeholders[name.toLowerCase()];
    const n = ph && /^\$(\d)$/.exec(ph.content);
    return n ? String(subs[Number(n[1]) - 1] ?? '') : whole;
  });
}

/** A reason ({code, label, args, node}) in plain English. */
export function reasonText(reason) {
  return globalThis.BoilerfoldReasons.text(reason, t);
}
