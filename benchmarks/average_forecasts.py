#!/usr/bin/env python3
"""Averages forecast files of ours (evaluate prices --forecasts-out) hour by hour, and scores the average.

Usage (from the repository root):
  EPFTOOLBOX_SRC=/path/to/epftoolbox-checkout /usr/bin/python3 benchmarks/average_forecasts.py \
      --out np-wide-scar.csv np-wide.csv np-scar.csv

The files must hold the same (day, hour) rows with the same actual prices (runs of the same period). Writes the mean
(or, with --weights 0.8,0.2, the weighted mean)
point forecast as a forecasts-out file (quantile columns empty), so it can be scored like a run of its own (e.g. by
score_vs_published.py), and prints the MAE of each input and of the mean on the complete days, and, when
EPFTOOLBOX_SRC is set, epftoolbox's multivariate Diebold-Mariano test (norm 1) of the mean against each input:
p(mean better) is the one-sided p-value that the mean is more accurate.
"""
import argparse
import os
import sys

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def load_aligned(paths):
    """The forecast files, sorted by day and hour; exits with one line when they do not hold the same rows."""
    frames = []
    for path in paths:
        f = pd.read_csv(path).sort_values(["day", "hour"]).reset_index(drop=True)
        if frames and (len(f) != len(frames[0]) or not (f["day"] == frames[0]["day"]).all()
                       or not (f["hour"] == frames[0]["hour"]).all()):
            sys.exit("%s: not the same days and hours as %s" % (path, paths[0]))
        if frames and np.nanmax(np.abs(f["actual"] - frames[0]["actual"])) > 1e-6:
            sys.exit("%s: actual prices differ from %s" % (path, paths[0]))
        frames.append(f)
    return frames


def complete_days(frame):
    """The days with all 24 actual prices, and the mask of their rows (the days every score here is on)."""
    counts = frame.dropna(subset=["actual"]).groupby("day")["hour"].count()
    days = set(counts[counts == 24].index)
    return days, frame["day"].isin(days)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="CSV to write the hour-by-hour mean to")
    ap.add_argument("--weights", help="comma-separated weights of the inputs, in order, summing to 1 "
                    "(default: equal)")
    ap.add_argument("inputs", nargs="+", help="forecasts-out files of the same period")
    args = ap.parse_args()
    if len(args.inputs) < 2:
        sys.exit("give at least two forecast files to average")
    weights = np.full(len(args.inputs), 1.0 / len(args.inputs))
    if args.weights:
        try:
            weights = np.array([float(w) for w in args.weights.split(",")])
        except ValueError:
            sys.exit("--weights: not numbers: %s" % args.weights)
        if len(weights) != len(args.inputs) or abs(weights.sum() - 1) > 1e-9 or (weights < 0).any():
            sys.exit("--weights: give %d non-negative weights summing to 1, not %s" % (len(args.inputs), args.weights))
    frames = load_aligned(args.inputs)
    out = frames[0][["day", "hour", "actual"]].copy()
    out["point"] = np.tensordot(weights, [f["point"].to_numpy() for f in frames], axes=1).round(4)
    for q in ("q10", "q50", "q90"):
        out[q] = ""
    out.to_csv(args.out, index=False)
    days, keep = complete_days(out)
    real = out.loc[keep, "actual"].to_numpy().reshape(-1, 24)
    fc = {os.path.basename(p): f.loc[keep, "point"].to_numpy().reshape(-1, 24) for p, f in zip(args.inputs, frames)}
    mean = out.loc[keep, "point"].to_numpy().reshape(-1, 24)
    print("%d complete days, %s..%s" % (len(days), min(days), max(days)))
    for name, f in list(fc.items()) + [("mean", mean)]:
        print("%-24s MAE %.4f" % (name, np.mean(np.abs(real - f))))
    src = os.environ.get("EPFTOOLBOX_SRC")
    if src:
        from score_vs_published import load_evaluation
        dm = load_evaluation(src)["DM"]
        for name, f in fc.items():
            print("DM (multivariate, norm 1) mean vs %s: p(mean better) %.4f, p(%s better) %.4f"
                  % (name, dm(real, f, mean, norm=1, version="multivariate"), name,
                     dm(real, mean, f, norm=1, version="multivariate")))


if __name__ == "__main__":
    main()
