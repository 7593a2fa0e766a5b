#!/usr/bin/env python3
"""Check an annotation file against its pages, mechanically (tests/annotations/README.md).

    scripts/corpus/check-labels.py tests/annotations/postlight.json tests/corpus/postlight

For every page: each snippet lies inside one block (a plain, case-sensitive substring of the
block's whitespace-collapsed text), is 20-80 characters or the whole block; each must_stay
sentence lies inside a block that holds no snippet. Prints one line per problem and exits 1 if
there is any. Needs `cargo build --release` first.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blocks import blocks  # noqa: E402

LABELS = ("donation", "related", "comment", "newsletter", "share")
FIELDS = set(LABELS) | {"source", "url", "lang", "must_stay", "notes", "other_must_not_fold"}


def collapse(s):
    return " ".join(s.split())


def check(name, entry, path):
    problems = []
    for k in entry:
        if k not in FIELDS:
            problems.append(f"unknown field {k!r}")
    if not entry.get("lang"):
        problems.append("no lang")
    texts = [collapse(b["text"]) for b in blocks(path)]
    snippet_blocks = set()
    for label in LABELS:
        for s in entry.get(label, []):
            s = collapse(s)
            hits = [i for i, t in enumerate(texts) if s in t]
            if not hits:
                problems.append(f"{label} snippet in no block: {s!r}")
                continue
            snippet_blocks.update(hits)
            if not (20 <= len(s) <= 80) and not any(texts[i] == s for i in hits):
                problems.append(f"{label} snippet is {len(s)} chars and not a whole block: {s!r}")
    stay = entry.get("must_stay", [])
    if len(stay) < 3 and entry.get("lang") != "none":
        problems.append(f"only {len(stay)} must_stay sentences")
    for s in stay:
        # The test matches a sentence by its first 120 characters, as here.
        s = collapse(s)[:120]
        hits = [i for i, t in enumerate(texts) if s in t]
        if not hits:
            problems.append(f"must_stay in no block: {s[:60]!r}")
        elif any(i in snippet_blocks for i in hits):
            problems.append(f"must_stay shares a block with a snippet: {s[:60]!r}")
    return [f"{name}: {p}" for p in problems]


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    ann = json.load(open(argv[0], encoding="utf-8"))
    only = set(argv[2:])
    problems = []
    for name, entry in ann.items():
        if only and name not in only:
            continue
        path = os.path.join(argv[1], name + ".html.gz")
        if not os.path.exists(path):
            problems.append(f"{name}: no page {path}")
            continue
        problems += check(name, entry, path)
    for p in problems:
        print(p)
    print(f"{len(ann)} pages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
