#!/usr/bin/env python3
"""Chooses the weight of a second forecast in a two-forecast average on validation files, by MAE.

Usage (from the repository root):
  /usr/bin/python3 benchmarks/choose_weight.py be-val-lear-wide.csv be-val-mlp.csv

The two files are forecasts-out files of the same validation days (evaluate prices --forecasts-out). For each
weight w in 0, --step, ..., 1 it prints the MAE of (1 - w) FIRST + w SECOND on the complete days, and then the
weight with the lowest MAE (a tie goes to the smaller weight), to be passed to average_forecasts.py --weights on
the test period's files. Nothing of the test period is read.
"""
import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from average_forecasts import complete_days, load_aligned  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--step", type=float, default=0.1, help="spacing of the weight grid (default 0.1)")
    ap.add_argument("first", help="forecasts-out file of the first model (weight 1 - w)")
    ap.add_argument("second", help="forecasts-out file of the second model (weight w)")
    args = ap.parse_args()
    if not 0 < args.step <= 1:
        sys.exit("--step: give a spacing in (0, 1], not %s" % args.step)
    first, second = load_aligned([args.first, args.second])
    days, keep = complete_days(first)
    real = first.loc[keep, "actual"].to_numpy()
    a = first.loc[keep, "point"].to_numpy()
    b = second.loc[keep, "point"].to_numpy()
    print("%d complete days, %s..%s" % (len(days), min(days), max(days)))
    best = None
    for w in np.round(np.arange(0, 1 + args.step / 2, args.step), 10):
        mae = np.mean(np.abs(real - ((1 - w) * a + w * b)))
        print("w %.2f  MAE %.4f" % (w, mae))
        if best is None or mae < best[1]:
            best = (w, mae)
    print("chosen w %.2f (MAE %.4f): --weights %g,%g" % (best[0], best[1], 1 - best[0], best[0]))


if __name__ == "__main__":
    main()
