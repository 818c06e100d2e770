#!/usr/bin/env python3
"""Scores a D-1-level correction of a GB forecast file (evaluate prices --forecasts-out), causally.

Usage (from the repository root):
  /usr/bin/python3 benchmarks/gb_level_correction.py --out gb-2021-d1.csv gb-2021-lear-wide.csv

For market day D, the run (08:30Z on D-1) knows D-1's delivered hours 1..9 (file hours 0..8) and the model's own
forecast of them, made at the previous day's run (the file's rows of D-1). Their mean deviation
e(D-1) = mean(actual - point) moves every hour of D: point'(D, h) = point(D, h) + k_h * e(D-1), and the quantile
columns by the same amount (not re-conformalised). k_h is the least-squares slope through the origin of the model's
errors of hour h on e(d-1) over the last --memory days d whose outcome is known at the run (d <= D-2); no slope
(0) until --min-days such days exist. --fixed-k K uses K for every hour instead (for comparison).

Prints MAE, rMAE (against the weekly naive of the file's own actual prices, from the 8th day on, as
PointMetrics), sMAPE, RMSE and the 10-90 % coverage of the input and of the corrected forecasts, on every scored
hour (the figures `evaluate prices --json` prints), and writes the corrected forecasts as a forecasts-out file.
"""
import argparse

import numpy as np
import pandas as pd

KNOWN_HOURS = 9  # hours 1..9 of D-1 are published by the shipped 08:30Z run


def metrics(actual, point, q10, q90):
    ok = ~np.isnan(actual) & ~np.isnan(point)
    a, f = actual[ok], point[ok]
    mae = np.mean(np.abs(a - f))
    smape = 100 * np.mean(np.abs(a - f) / ((np.abs(a) + np.abs(f)) / 2))
    rmse = np.sqrt(np.mean((a - f) ** 2))
    band = ok & ~np.isnan(q10) & ~np.isnan(q90)
    cov = np.mean((actual[band] >= q10[band]) & (actual[band] <= q90[band])) if band.any() else float("nan")
    return mae, smape, rmse, cov


def weekly_naive_mae(actual_by_day):
    a = actual_by_day.reshape(-1)
    e = np.abs(a[168:] - a[:-168])
    return np.nanmean(e)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="CSV to write the corrected forecasts to")
    ap.add_argument("--memory", type=int, default=56, help="days behind each hour's slope (default 56)")
    ap.add_argument("--min-days", type=int, default=14, help="days needed before a slope is used (default 14)")
    ap.add_argument("--fixed-k", type=float, help="one fixed slope for every hour instead of the fitted ones")
    ap.add_argument("input", help="a forecasts-out file of GB market days")
    args = ap.parse_args()
    f = pd.read_csv(args.input)
    f["day"] = pd.to_datetime(f["day"])
    days = pd.date_range(f["day"].min(), f["day"].max(), freq="D")
    index = {d: i for i, d in enumerate(days)}
    n = len(days)
    grid = {c: np.full((n, 24), np.nan) for c in ("actual", "point", "q10", "q50", "q90")}
    for row in f.itertuples(index=False):
        i = index[row.day]
        for c in grid:
            grid[c][i, row.hour] = getattr(row, c)
    err = grid["actual"] - grid["point"]
    # e[i]: the mean deviation of day i's first KNOWN_HOURS hours (known at the run for day i + 1)
    e = np.array([np.nanmean(err[i, :KNOWN_HOURS]) if np.any(~np.isnan(err[i, :KNOWN_HOURS])) else np.nan
                  for i in range(n)])
    shift = np.zeros((n, 24))
    for i in range(1, n):
        if np.isnan(e[i - 1]):
            continue
        if args.fixed_k is not None:
            shift[i, :] = args.fixed_k * e[i - 1]
            continue
        lo = max(1, i - 1 - args.memory)
        for h in range(24):
            xs, ys = [], []
            for d in range(lo, i - 1):  # d <= i - 2: outcome known at the run for day i
                if not np.isnan(e[d - 1]) and not np.isnan(err[d, h]):
                    xs.append(e[d - 1])
                    ys.append(err[d, h])
            if len(xs) >= args.min_days:
                xs, ys = np.array(xs), np.array(ys)
                sxx = np.dot(xs, xs)
                if sxx > 0:
                    shift[i, h] = np.dot(xs, ys) / sxx * e[i - 1]
    naive = weekly_naive_mae(grid["actual"])
    rows = [("input", grid["point"], grid["q10"], grid["q90"]),
            ("corrected", grid["point"] + shift, grid["q10"] + shift, grid["q90"] + shift)]
    for name, p, q10, q90 in rows:
        mae, smape, rmse, cov = metrics(grid["actual"], p, q10, q90)
        print("%-10s MAE %.4f  rMAE %.4f  sMAPE %.2f %%  RMSE %.3f  coverage_10_90 %.4f"
              % (name, mae, mae / naive, smape, rmse, cov))
    if args.out:
        out = f[["day", "hour", "actual"]].copy()
        ii = out["day"].map(index).to_numpy()
        hh = out["hour"].to_numpy()
        for c in ("point", "q10", "q50", "q90"):
            out[c] = (grid[c][ii, hh] + shift[ii, hh]).round(4)
        out["day"] = out["day"].dt.strftime("%Y-%m-%d")
        out.to_csv(args.out, index=False)


if __name__ == "__main__":
    main()
