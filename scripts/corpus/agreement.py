#!/usr/bin/env python3
"""How far two labellers agree: the pages labelled twice (tests/annotations/agreement/) against
the same pages in the main annotation files.

    scripts/corpus/agreement.py

For each page and label, each labeller's snippets are mapped to the blocks that hold them; a
widget counts as agreed when both labellers' snippets land in the same block or in blocks
that share a parent path. Prints per-label agreed / only-first / only-second counts. Needs
`cargo build --release` first.
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from blocks import ROOT, blocks  # noqa: E402

LABELS = ("donation", "related", "comment", "newsletter", "share")
ANN = os.path.join(ROOT, "tests", "annotations")


def places(entry, label, texts, paths):
    out = set()
    for s in entry.get(label, []):
        s = " ".join(s.split())
        for i, t in enumerate(texts):
            if s in t:
                out.add(paths[i].rsplit(" > ", 1)[0])
                break
    return out


def main():
    totals = {label: [0, 0, 0] for label in LABELS}
    for path in sorted(glob.glob(os.path.join(ANN, "agreement", "overlap-*.json"))):
        source = os.path.basename(path).split("-")[1]
        main_ann = json.load(open(os.path.join(ANN, source + ".json"), encoding="utf-8"))
        for name, second in json.load(open(path, encoding="utf-8")).items():
            first = main_ann.get(name)
            if first is None:
                continue
            bs = blocks(os.path.join(ROOT, "tests", "corpus", source, name + ".html.gz"))
            texts = [" ".join(b["text"].split()) for b in bs]
            paths = [b["path"] for b in bs]
            for label in LABELS:
                a = places(first, label, texts, paths)
                b = places(second, label, texts, paths)
                totals[label][0] += len(a & b)
                totals[label][1] += len(a - b)
                totals[label][2] += len(b - a)
    print(f"{'label':<11} {'agreed':>7} {'only 1st':>9} {'only 2nd':>9}")
    for label, (both, a, b) in totals.items():
        print(f"{label:<11} {both:>7} {a:>9} {b:>9}")


if __name__ == "__main__":
    main()
