#!/usr/bin/env python3
"""Asks whether lagged GB carbon intensity says anything about a GB forecast's errors, causally.

Usage (from the repository root):
  /usr/bin/python3 benchmarks/gb_carbon_residuals.py --carbon ../shared/data/carbon/gb_carbon_intensity_hourly_2009_2025.csv \
      gb-2021-lear-wide.csv

The input is a forecasts-out file of GB market days (evaluate prices --forecasts-out). The carbon file is NESO's
hourly series (hour_start_utc, carbon_intensity_gco2_per_kwh, ..., zero_carbon_mw). Market day D's hour h (file
hour 0..23) is delivered from 23:00Z on D-1 plus h hours.

What the run at 08:30Z on D-1 may know of the carbon series, by the rule the prices follow (an hour is published
once its delivery has ended): every hour of D-2 and older, and D-1's hours 1..9 (file hours 0..8). From those the
script builds, per market day D:
  ci_d2    mean carbon intensity of D-2            zc_d2    mean zero-carbon generation of D-2 (MW)
  ci_d1    mean carbon intensity of D-1's 9 hours  zc_d1    the same for zero-carbon generation
  dci      ci_d1 minus D-2's same 9 hours          dzc      the same for zero-carbon generation
and prints
  1. the correlation of the forecast's daily mean error (actual - point) with each of them, and of each hour's error
     with the carbon intensity of the same hour of D-2 (|r| above about 0.10 would be significant over a year);
  2. the MAE of the forecast corrected by a rolling least-squares fit of each hour's error on a feature set, fitted
     on the last --memory days whose outcome is known at the run (D-2 and older), beside the input's MAE.
"""
import argparse

import numpy as np
import pandas as pd

KNOWN_HOURS = 9  # hours 1..9 of D-1 are published by the shipped 08:30Z run
FEATURE_SETS = (("ci_d2", "ci_d1"), ("dci",), ("dci", "dzc"), ("ci_d2", "ci_d1", "zc_d2", "zc_d1"))


def carbon_by_market_day(carbon, first, last):
    """Arrays [day, hour] of carbon intensity and zero-carbon MW for AIMLAC market days first..last."""
    days = pd.date_range(first, last, freq="D")
    start = days[0] - pd.Timedelta(hours=1)
    hours = pd.date_range(start, periods=24 * len(days), freq="h", tz="UTC")
    c = carbon.reindex(hours)
    ci = c["carbon_intensity_gco2_per_kwh"].to_numpy().reshape(len(days), 24)
    zc = c["zero_carbon_mw"].to_numpy().reshape(len(days), 24)
    return days, ci, zc


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--carbon", required=True, help="NESO hourly carbon file (gb_carbon_intensity_hourly_*.csv)")
    ap.add_argument("--memory", type=int, default=56, help="days behind each hour's fit (default 56)")
    ap.add_argument("--min-days", type=int, default=20, help="days needed before a fit is used (default 20)")
    ap.add_argument("input", help="a forecasts-out file of GB market days")
    args = ap.parse_args()

    f = pd.read_csv(args.input, parse_dates=["day"])
    carbon = pd.read_csv(args.carbon)
    carbon.index = pd.to_datetime(carbon.pop("hour_start_utc"), utc=True)
    first, last = f["day"].min(), f["day"].max()
    days, ci, zc = carbon_by_market_day(carbon, first - pd.Timedelta(days=2), last)
    n = len(days) - 2  # market days first..last; index i + 2 in the carbon arrays
    err = np.full((n, 24), np.nan)
    for row in f.itertuples(index=False):
        err[(row.day - first).days, row.hour] = row.actual - row.point
    d2, d1 = slice(0, n), slice(1, n + 1)
    x = {
        "ci_d2": np.nanmean(ci[d2], axis=1), "ci_d1": np.nanmean(ci[d1, :KNOWN_HOURS], axis=1),
        "zc_d2": np.nanmean(zc[d2], axis=1), "zc_d1": np.nanmean(zc[d1, :KNOWN_HOURS], axis=1),
    }
    x["dci"] = x["ci_d1"] - np.nanmean(ci[d2, :KNOWN_HOURS], axis=1)
    x["dzc"] = x["zc_d1"] - np.nanmean(zc[d2, :KNOWN_HOURS], axis=1)

    print(f"{args.input}: {n} market days {first.date()}..{last.date()}, input MAE {np.nanmean(np.abs(err)):.3f}")
    scored = ~np.isnan(err).all(axis=1)  # the file's absent days (e.g. 2021-02-16..18) have no error
    daily = np.full(n, np.nan)
    daily[scored] = np.nanmean(err[scored], axis=1)
    for name, v in x.items():
        ok = ~np.isnan(daily) & ~np.isnan(v)
        print(f"  corr(daily mean error, {name:5s}) {np.corrcoef(daily[ok], v[ok])[0, 1]:+.3f}")
    by_hour = []
    for h in range(24):
        ok = ~np.isnan(err[:, h]) & ~np.isnan(ci[d2, h])
        by_hour.append(np.corrcoef(err[ok, h], ci[d2][ok, h])[0, 1])
    print(f"  corr(hour's error, that hour's carbon intensity on D-2): max |r| {np.max(np.abs(by_hour)):.3f} "
          f"over the 24 hours (mean {np.mean(by_hour):+.3f})")

    for features in FEATURE_SETS:
        a = np.column_stack([np.ones(n)] + [x[c] for c in features])
        absolute = []
        for h in range(24):
            for i in range(n):
                if np.isnan(err[i, h]):
                    continue
                known = [j for j in range(max(0, i - 1 - args.memory), i - 1)
                         if not np.isnan(err[j, h]) and not np.isnan(a[j]).any()]
                correction = 0.0
                if len(known) >= args.min_days and not np.isnan(a[i]).any():
                    b, *_ = np.linalg.lstsq(a[known], err[known, h], rcond=None)
                    correction = a[i] @ b
                absolute.append(abs(err[i, h] - correction))
        print(f"  corrected on {', '.join(features):28s} MAE {np.mean(absolute):.3f}")


if __name__ == "__main__":
    main()
