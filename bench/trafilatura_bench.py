"""Single-thread throughput of trafilatura.extract over the benchmark corpus (RESULTS.md part 3).

Usage: python trafilatura_bench.py PASSES FILE...   (FILE: .html or .html.gz)
Gives trafilatura the page bytes (it detects the encoding itself, as boilerfold does) and prints
one JSON object: pages, bytes, and per pass the thread CPU time and wall time in ms.
"""
import gzip
import json
import sys
import time

import trafilatura


def main():
    passes = int(sys.argv[1])
    pages = []
    for name in sys.argv[2:]:
        with open(name, "rb") as f:
            data = f.read()
        if name.endswith(".gz"):
            data = gzip.decompress(data)
        pages.append(data)
    for page in pages:  # warm-up pass
        trafilatura.extract(page)
    cpu, wall = [], []
    for _ in range(passes):
        c0, w0 = time.thread_time(), time.perf_counter()
        for page in pages:
            trafilatura.extract(page)
        cpu.append((time.thread_time() - c0) * 1e3)
        wall.append((time.perf_counter() - w0) * 1e3)
    print(json.dumps({
        "version": trafilatura.__version__,
        "pages": len(pages),
        "bytes": sum(len(p) for p in pages),
        "cpu_ms": cpu,
        "wall_ms": wall,
    }))


if __name__ == "__main__":
    main()
