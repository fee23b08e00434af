#!/usr/bin/env python3
"""Score extracted page texts against the html-bench ground truth.

Usage: scripts/html-bench.py OUT_DIR [--bench ../shared/data/html-bench] [--worst N]

OUT_DIR holds one HASH.txt per page (as written by `newsframe html-bench`);
a missing file counts as an empty extraction. The metric is the benchmark's
own: word 4-gram shingles (tokens are `\\w+` runs), multiset TP/FP/FN per
page normalised to sum to 1, precision and recall averaged over pages, and
F1 of the two averages.
"""

import argparse
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    out = [tuple(tokens[i : i + n]) for i in range(0, max(1, len(tokens) - n + 1))]
    return Counter(s for s in out if s)


def tp_fp_fn(true, pred):
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        a, b = t.get(key, 0), p.get(key, 0)
        tp += min(a, b)
        fp += max(0, b - a)
        fn += max(0, a - b)
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)


def precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--bench", type=Path, default=Path(__file__).resolve().parent.parent / "../shared/data/html-bench")
    ap.add_argument("--worst", type=int, default=0, help="also list the N pages with the lowest per-page F1")
    args = ap.parse_args()
    truth = json.loads((args.bench / "ground-truth.json").read_text(encoding="utf-8"))
    rows = []
    for key, item in sorted(truth.items()):
        path = args.out_dir / f"{key}.txt"
        pred = path.read_text(encoding="utf-8") if path.is_file() else ""
        rows.append((key, tp_fp_fn(item.get("articleBody", ""), pred)))
    ps = [precision(*c) for _, c in rows if c[0] + c[1] > 0]
    rs = [recall(*c) for _, c in rows if c[0] + c[2] > 0]
    p, r = statistics.mean(ps), statistics.mean(rs)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    if args.worst:
        def page_f1(c):
            a, b = precision(*c), recall(*c)
            return 2 * a * b / (a + b) if a + b else 0.0
        for key, c in sorted(rows, key=lambda kc: page_f1(kc[1]))[: args.worst]:
            print(f"{page_f1(c):.3f}  P={precision(*c):.3f} R={recall(*c):.3f}  {key}", file=sys.stderr)
    print(f"pages={len(rows)} precision={p:.3f} recall={r:.3f} f1={f1:.3f}")


if __name__ == "__main__":
    main()
