#!/usr/bin/env python3
"""Merge the labelling helpers' part files into one annotation file per corpus.

    scripts/corpus/merge-labels.py

tests/annotations/parts/<source>-NN.json are merged (sorted by page) into
tests/annotations/<source>.json; an entry already in the target is replaced by the part's.
The overlap-*.json files (a second labeller on the same page) are left for
scripts/corpus/agreement.py.
"""
import glob
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ANN = os.path.join(ROOT, "tests", "annotations")

for source in ("postlight", "trafilatura", "readability"):
    target = os.path.join(ANN, source + ".json")
    merged = json.load(open(target, encoding="utf-8")) if os.path.exists(target) else {}
    for part in sorted(glob.glob(os.path.join(ANN, "parts", source + "-*.json"))):
        merged.update(json.load(open(part, encoding="utf-8")))
    with open(target, "w", encoding="utf-8") as f:
        json.dump(dict(sorted(merged.items())), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{target}: {len(merged)} pages")
