#!/usr/bin/env python3
"""Times epftoolbox's LEAR.recalibrate_and_forecast_next_day beside ours on the same days and prints the ratio.

Usage (from the repository root, after ./convergence has built the runner once):
  EPFTOOLBOX_SRC=/path/to/epftoolbox-checkout python3 benchmarks/lear_vs_epftoolbox.py \
      --data ../shared/data/epf/NP.csv --day 2017-06-01 --days 2

epftoolbox is read from the user's checkout ($EPFTOOLBOX_SRC, the folder holding the epftoolbox package); nothing of
it is copied here. Its models/_lear.py is loaded directly (the package's models/__init__ imports TensorFlow for the
DNN), with Debian's python3-sklearn, python3-pandas and python3-statsmodels. Patch: scikit-learn >= 1.2 refuses
LassoLarsIC when n < p unless the noise variance is given; paper-era scikit-learn (< 1.1) used
AIC = n*mse/var(y) + 2*df, which has the same minimiser as the new criterion with noise_variance = var(y), so the
wrapper below sets exactly that. Both sides run single-threaded (OMP/BLAS threads 1, ours --threads 1) over the same
consecutive days, each in one process (ours: `benchmark prices --days N`, --warm-up runs (3) on the first day, then the
median of --runs fresh recalibrations per day; nothing is reused between runs or days). Wall and CPU seconds are
printed for both (CPU: epftoolbox's process_time, our whole JVM's CPU time including JIT and GC threads), with both
ratios; on a shared machine the CPU ratio is the steadier one.
"""
import argparse
import importlib.util
import os
import re
import subprocess
import sys
import time
import types

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

WINDOWS = [56, 84, 1092, 1456]


def load_epftoolbox(src):
    pkg = os.path.join(src, "epftoolbox")
    if not os.path.isfile(os.path.join(pkg, "models", "_lear.py")):
        sys.exit("EPFTOOLBOX_SRC=%s: no epftoolbox/models/_lear.py there" % src)
    sys.path.insert(0, src)
    import sklearn.linear_model as lm

    class PaperEraLassoLarsIC(lm.LassoLarsIC):
        def fit(self, X, y, copy_X=None):
            self.noise_variance = float(np.var(y))
            return super().fit(X, y) if copy_X is None else super().fit(X, y, copy_X)

    # epftoolbox.evaluation's __init__ pulls plotting; _lear.py only needs MAE and sMAPE
    evaluation = types.ModuleType("epftoolbox.evaluation")
    for name, attr in (("_mae", "MAE"), ("_smape", "sMAPE")):
        spec = importlib.util.spec_from_file_location("epftoolbox.evaluation." + name,
                                                      os.path.join(pkg, "evaluation", name + ".py"))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        setattr(evaluation, attr, getattr(mod, attr))
    sys.modules["epftoolbox.evaluation"] = evaluation
    import epftoolbox.data  # noqa: F401  (pandas only)
    spec = importlib.util.spec_from_file_location("epftoolbox_lear", os.path.join(pkg, "models", "_lear.py"))
    lear = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lear)
    lear.LassoLarsIC = PaperEraLassoLarsIC
    return lear


def time_epftoolbox(lear, data, first, days):
    from epftoolbox.data import read_data
    folder, name = os.path.split(os.path.abspath(data))
    dataset = os.path.splitext(name)[0]
    last = first + pd.Timedelta(days=days - 1)
    df_train, df_test = read_data(path=folder, dataset=dataset, begin_test_date=first.strftime("%d/%m/%Y"),
                                  end_test_date=last.strftime("%d/%m/%Y") + " 23:00")
    available = pd.concat([df_train, df_test], axis=0)
    seconds = []
    forecasts = []
    for k in range(days):
        date = first + pd.Timedelta(days=k)
        available.loc[date:date + pd.Timedelta(hours=23), "Price"] = np.nan
        start = time.perf_counter()
        cpu = time.process_time()
        yp = np.mean([lear.LEAR(calibration_window=w).recalibrate_and_forecast_next_day(
            df=available, next_day_date=date, calibration_window=w) for w in WINDOWS], axis=0)
        seconds.append((time.perf_counter() - start, time.process_time() - cpu))
        forecasts.append(np.ravel(yp))
        available.loc[date:date + pd.Timedelta(hours=23), "Price"] = df_test.loc[date:date + pd.Timedelta(hours=23),
                                                                                 "Price"]
    return seconds, forecasts


def time_ours(data, first, days, jar, runs, warm_up):
    out = subprocess.run(["java", "-jar", jar, "benchmark", "prices", "--data", data, "--day",
                          first.strftime("%Y-%m-%d"), "--days", str(days), "--threads", "1", "--warm-up", str(warm_up),
                          "--runs", str(runs)], check=True, capture_output=True, text=True).stdout
    seconds = [(float(w) / 1000, float(c) / 1000)
               for w, c in re.findall(r"median (\d+) ms, max .*cpu median (\d+) ms", out)]
    forecasts = [np.array([float(v) for v in f.split(",")]) for f in re.findall(r"\[(.*)\]", out)]
    if len(seconds) != days or len(forecasts) != days:
        sys.exit("unexpected benchmark output:\n" + out)
    return seconds, forecasts


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="epftoolbox CSV (e.g. ../shared/data/epf/NP.csv)")
    ap.add_argument("--day", required=True, help="first day to forecast, ISO date")
    ap.add_argument("--days", type=int, default=2, help="consecutive days")
    ap.add_argument("--runs", type=int, default=3, help="our fresh recalibrations per day (median)")
    ap.add_argument("--warm-up", type=int, default=3,
                    help="our unmeasured runs on the first day (the JIT compiles the solver meanwhile)")
    ap.add_argument("--jar", default="convergence-local-runner/target/convergence-local-runner.jar")
    args = ap.parse_args()
    src = os.environ.get("EPFTOOLBOX_SRC")
    if not src:
        sys.exit("EPFTOOLBOX_SRC is not set (the folder of an epftoolbox checkout)")
    if not os.path.isfile(args.jar):
        sys.exit("%s not found: run ./convergence --version once to build it" % args.jar)
    first = pd.Timestamp(args.day)
    lear = load_epftoolbox(src)
    epf_s, epf_f = time_epftoolbox(lear, args.data, first, args.days)
    our_s, our_f = time_ours(args.data, first, args.days, args.jar, args.runs, args.warm_up)
    for k in range(args.days):
        diff = float(np.mean(np.abs(epf_f[k] - our_f[k])))
        print("%s  epftoolbox %.2f s (cpu %.2f s)  ours %.3f s (cpu %.3f s)  ratio %.1fx (cpu %.1fx)"
              "  mean |forecast difference| %.3f"
              % ((first + pd.Timedelta(days=k)).date(), epf_s[k][0], epf_s[k][1], our_s[k][0], our_s[k][1],
                 epf_s[k][0] / our_s[k][0], epf_s[k][1] / our_s[k][1], diff))
    ew, ec = np.mean(epf_s, axis=0)
    ow, oc = np.mean(our_s, axis=0)
    print("mean per day: epftoolbox %.2f s (cpu %.2f s), ours %.3f s (cpu %.3f s), ratio %.1fx (cpu %.1fx)"
          % (ew, ec, ow, oc, ew / ow, ec / oc))

if __name__ == "__main__":
    main()
