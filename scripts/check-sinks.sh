#!/usr/bin/env bash
# Page text must never become markup: no HTML sinks in the extension or the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
pattern='\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write(ln)?\(|\beval\(|new Function\(|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe'
if hits=$(grep -rnE "$pattern" extension www --include='*.js' --include='*.mjs' --include='*.html' 2>/dev/null); then
  echo "HTML sink found (page text must never become markup):" >&2
  echo "$hits" >&2
  exit 1
fi
echo "check-sinks: no HTML sinks in extension/ and www/"
