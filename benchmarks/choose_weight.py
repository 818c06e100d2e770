#!/usr/bin/env python3
"""Chooses the weights of an average of forecast files on validation files, by MAE.

Usage (from the repository root):
  /usr/bin/python3 benchmarks/choose_weight.py be-val-lear-wide.csv be-val-mlp.csv
  /usr/bin/python3 benchmarks/choose_weight.py --step 0.05 np-val-lear-wide.csv np-val-mlp.csv np-val-gbm.csv

The files are forecasts-out files of the same validation days (evaluate prices --forecasts-out). With two files,
for each weight w in 0, --step, ..., 1 it prints the MAE of (1 - w) FIRST + w SECOND on the complete days, and then
the weight with the lowest MAE (a tie goes to the smaller w). With three or more, it tries every weight vector on
the --step grid of the simplex (non-negative, summing to 1), prints the ten best and the one with the lowest MAE (a
tie goes to the larger weight of the first file, then of the second, and so on: for two files, the smaller w). The
chosen weights are to be passed to average_forecasts.py --weights on the test period's files. Nothing of the test
period is read.
"""
import argparse
import itertools
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from average_forecasts import complete_days, load_aligned  # noqa: E402


def simplex_grid(parts, steps):
    """Every weight vector of `parts` non-negative multiples of 1/steps summing to 1."""
    for cuts in itertools.combinations_with_replacement(range(steps + 1), parts - 1):
        counts = np.diff((0,) + cuts + (steps,))
        yield counts[::-1] / steps


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--step", type=float, default=0.1, help="spacing of the weight grid (default 0.1)")
    ap.add_argument("inputs", nargs="+", help="forecasts-out files of the same validation days (at least two)")
    args = ap.parse_args()
    steps = round(1 / args.step) if 0 < args.step <= 1 else 0
    if steps < 1 or abs(steps * args.step - 1) > 1e-9:
        sys.exit("--step: give a spacing that divides 1 (e.g. 0.1 or 0.05), not %s" % args.step)
    if len(args.inputs) < 2:
        sys.exit("give at least two forecast files")
    frames = load_aligned(args.inputs)
    days, keep = complete_days(frames[0])
    real = frames[0].loc[keep, "actual"].to_numpy()
    points = np.array([f.loc[keep, "point"].to_numpy() for f in frames])
    print("%d complete days, %s..%s" % (len(days), min(days), max(days)))
    scored = [(np.mean(np.abs(real - w @ points)), w) for w in simplex_grid(len(frames), steps)]
    ranked = sorted(scored, key=lambda s: (s[0], tuple(-s[1])))  # MAE, then the larger earlier weights
    if len(frames) == 2:
        for mae, weights in sorted(scored, key=lambda s: s[1][1]):
            print("w %.2f  MAE %.4f" % (weights[1], mae))
    else:
        for mae, weights in ranked[:10]:
            print("weights %s  MAE %.4f" % (",".join("%.2f" % w for w in weights), mae))
    mae, best = ranked[0]
    if len(frames) == 2:
        print("chosen w %.2f (MAE %.4f): --weights %g,%g" % (best[1], mae, best[0], best[1]))
    else:
        print("chosen weights %s (MAE %.4f): --weights %s" % (",".join("%.2f" % w for w in best), mae,
                                                              ",".join("%g" % round(w, 10) for w in best)))


if __name__ == "__main__":
    main()
