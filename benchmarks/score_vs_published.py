#!/usr/bin/env python3
"""Scores our forecasts (evaluate prices --forecasts-out) beside the published epftoolbox ensembles on the same days.

Usage (from the repository root):
  EPFTOOLBOX_SRC=/path/to/epftoolbox-checkout /usr/bin/python3 benchmarks/score_vs_published.py \
      --ours be-lear.csv --published ../shared/data/epf/forecasts/BE_ensemble_forecasts.csv --version 2020

Prints MAE (4 decimals, to settle close calls) / rMAE (weekly naive, m='W') / sMAPE % / RMSE of ours, the published LEAR ensemble and the published DNN
ensemble on exactly the days our file covers (complete days only), and the multivariate Diebold-Mariano test (norm 1)
both ways against each published ensemble: p(ours better) is the one-sided p-value that our forecast is more accurate,
p(published better) the reverse. --baseline adds another file of ours (e.g. `lear` beside `lear-wide`) to the table
and to the DM test. The metric and DM functions are epftoolbox's own (evaluation/_mae.py, _rmae.py,
_smape.py, _rmse.py, _dm.py from $EPFTOOLBOX_SRC, loaded directly; _dm.py's plotting imports need python3-matplotlib),
so the published figures are reproduced with the code that made them. --version picks the published columns:
2020 = the paper-era files (epftoolbox commit 7456ab8), 2021 = the files of commit a93dee7 (DE's changed).
"""
import argparse
import importlib.util
import os
import sys
import types

import numpy as np
import pandas as pd


def load_evaluation(src):
    pkg = os.path.join(src, "epftoolbox", "evaluation")
    if not os.path.isfile(os.path.join(pkg, "_dm.py")):
        sys.exit("EPFTOOLBOX_SRC=%s: no epftoolbox/evaluation/_dm.py there" % src)
    sys.path.insert(0, src)
    evaluation = types.ModuleType("epftoolbox.evaluation")
    evaluation.__path__ = [pkg]
    sys.modules["epftoolbox.evaluation"] = evaluation
    funcs = {}
    for name, attr in (("_mae", "MAE"), ("_ancillary_functions", None), ("_rmae", "rMAE"), ("_smape", "sMAPE"),
                       ("_rmse", "RMSE"), ("_dm", "DM")):
        spec = importlib.util.spec_from_file_location("epftoolbox.evaluation." + name, os.path.join(pkg, name + ".py"))
        mod = importlib.util.module_from_spec(spec)
        sys.modules["epftoolbox.evaluation." + name] = mod
        spec.loader.exec_module(mod)
        if attr:
            setattr(evaluation, attr, getattr(mod, attr))
            funcs[attr] = getattr(mod, attr)
    return funcs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ours", required=True, help="CSV written by evaluate prices --forecasts-out")
    ap.add_argument("--published", required=True, help="epf/forecasts/<market>_ensemble_forecasts.csv")
    ap.add_argument("--version", default="2020", choices=["2020", "2021"])
    ap.add_argument("--baseline", help="a second forecasts-out file of ours (e.g. lear) on the same days: its metrics "
                    "and the DM test of --ours against it")
    args = ap.parse_args()
    src = os.environ.get("EPFTOOLBOX_SRC")
    if not src:
        sys.exit("EPFTOOLBOX_SRC is not set (the folder of an epftoolbox checkout)")
    ev = load_evaluation(src)
    ours = pd.read_csv(args.ours)
    counts = ours.groupby("day")["hour"].count()
    days = sorted(counts[counts == 24].index)
    if not days:
        sys.exit("%s: no complete day" % args.ours)
    ours = ours[ours["day"].isin(days)].sort_values(["day", "hour"])
    pub = pd.read_csv(args.published, parse_dates=["datetime"])
    pub["day"] = pub["datetime"].dt.strftime("%Y-%m-%d")
    pub = pub[pub["day"].isin(days)].sort_values("datetime")
    if len(pub) != 24 * len(days):
        sys.exit("%s: %d hours on our %d days" % (args.published, len(pub), len(days)))
    real = pub["real_price"].to_numpy().reshape(-1, 24)
    ours_real = ours["actual"].to_numpy().reshape(-1, 24)
    if np.max(np.abs(real - ours_real)) > 0.01:
        sys.exit("actual prices differ between the two files")
    fc = {"ours": ours["point"].to_numpy().reshape(-1, 24),
          "published LEAR ens.": pub["lear_ensemble_" + args.version].to_numpy().reshape(-1, 24),
          "published DNN ens.": pub["dnn_ensemble_" + args.version].to_numpy().reshape(-1, 24)}
    compare = ["published LEAR ens.", "published DNN ens."]
    if args.baseline:
        base = pd.read_csv(args.baseline)
        base = base[base["day"].isin(days)].sort_values(["day", "hour"])
        if len(base) != 24 * len(days):
            sys.exit("%s: %d hours on our %d days" % (args.baseline, len(base), len(days)))
        fc["baseline (%s)" % os.path.basename(args.baseline)] = base["point"].to_numpy().reshape(-1, 24)
        compare.append("baseline (%s)" % os.path.basename(args.baseline))
    print("%d days, %s..%s, published files %s" % (len(days), days[0], days[-1], args.version))
    for name, f in fc.items():
        print("%-20s MAE %.4f  rMAE %.3f  sMAPE %.2f %%  RMSE %.3f"
              % (name, ev["MAE"](real, f), ev["rMAE"](real, f, m="W", freq="1h"), 100 * ev["sMAPE"](real, f),
                 ev["RMSE"](real, f)))
    for name in compare:
        better = ev["DM"](real, fc[name], fc["ours"], norm=1, version="multivariate")
        worse = ev["DM"](real, fc["ours"], fc[name], norm=1, version="multivariate")
        print("DM (multivariate, norm 1) ours vs %s: p(ours better) %.4f, p(%s better) %.4f"
              % (name, better, "baseline" if name.startswith("baseline") else "published", worse))


if __name__ == "__main__":
    main()
