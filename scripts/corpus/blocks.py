#!/usr/bin/env python3
"""Print a saved page's blocks, as the segmenter cuts them, for labelling by hand.

    scripts/corpus/blocks.py tests/corpus/postlight/arstechnica.com.html.gz [--grep WORD]

Each line: `#id  <tag path of the block's owner>  | text`. The classifier's labels are left out
on purpose: a labeller reads the page, not the verdict (tests/annotations/README.md).
Needs `cargo build --release` first.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("BOILERFOLD_BIN") or os.path.join(ROOT, "target", "release", "boilerfold")


def blocks(path):
    out = subprocess.run([BIN, "classify", path], capture_output=True, check=True).stdout
    return json.loads(out)["blocks"]


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    path = argv[0]
    grep = argv[argv.index("--grep") + 1].lower() if "--grep" in argv else None
    for b in blocks(path):
        text = b["text"]
        if grep and grep not in text.lower():
            continue
        print(f"#{b['id']}  {b['path'][-90:]}  | {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
