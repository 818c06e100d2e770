#!/usr/bin/env python3
"""Exploration behind the scale-free spread model (issue 13), on 2021 ONLY: rolling folds 2021-04..06, 07..09, 10..12.

Reads ../shared/data/gb-prices (P: APXMIDP hourly mean, I: system price), keeps market days up to 2021-12-31 and
nothing later, builds the scale-free features of model.spread.SpreadFeatures (spreads over the mean |S| of
D-29..D-2, prices over the hour's median of D-15..D-2, D-1's first 8 hours), refits weekly on a rolling window and
scores the sign of the forecast as a share of sum |S| per fold (1 MWh per hour, no risk budget): a quick screen, the
shipped figures are the Java backtest's (docs/daily-run-and-strategies.md).

  python3 benchmarks/spread_model_folds_2021.py [../shared/data/gb-prices]
"""
import sys
import warnings

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.linear_model import LassoLarsIC

warnings.filterwarnings('ignore')
src = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/gb-prices'
P = pd.read_csv(src + '/elexon_mid_apxmidp_hourly_aimlac.csv')
I = pd.read_csv(src + '/gb_da_auctions_and_system_price_hourly_2021_2022.csv')
P = P.pivot_table(index='aimlac_market_date', columns='aimlac_hour_id', values='price_mean_gbp_per_mwh')
I = I.pivot_table(index='aimlac_market_date', columns='aimlac_hour_id', values='system_price_gbp_per_mwh')
days = pd.date_range('2020-09-01', '2021-12-31').strftime('%Y-%m-%d')  # nothing from 2022
P = P.reindex(index=days, columns=range(1, 25)).values
S = P - I.reindex(index=days, columns=range(1, 25)).values
dates = pd.to_datetime(days)
K=8
def nm(a): 
    with np.errstate(all='ignore'): return np.nanmean(a,axis=0)
def feats(d):
    # rows for 24 hours of day d, only info up to D-2 whole + D-1 first K hours
    sc = np.nanmean(np.abs(S[d-29:d-1]))  # mean |S| over D-29..D-2 all hours
    pl = np.nanmedian(P[d-15:d-1],axis=0)  # per hour median P D-15..D-2
    plev = np.nanmedian(P[d-15:d-1])
    f={}
    h=np.arange(24)
    f['m7']=nm(S[d-8:d-1])/sc; f['m14']=nm(S[d-15:d-1])/sc; f['m28']=nm(S[d-29:d-1])/sc
    f['lag2']=S[d-2]/sc; f['lag3']=S[d-3]/sc; f['lag7']=S[d-7]/sc
    f['d2mean']=np.full(24,np.nanmean(S[d-2]))/sc
    f['d1mean']=np.full(24,np.nanmean(S[d-1,:K]))/sc
    f['d1last']=np.full(24,S[d-1,K-1])/sc
    f['rel2']=P[d-2]/pl
    f['rel_d1']=np.full(24,np.nanmean(P[d-1,:K])/np.nanmean(pl[:K]))
    f['shape']=pl/plev   # hour's typical level vs day's
    f['hour']=h; f['dow']=np.full(24,dates[d].dayofweek)
    # trailing ensemble: mean sign
    f['tsign']=(np.sign(f['m7'])+np.sign(f['m14'])+np.sign(f['m28']))/3
    X=np.column_stack(list(f.values()))
    return X, sc, list(f.keys())
cache={}
def F(d):
    if d not in cache: cache[d]=feats(d)
    return cache[d]
def run(model, window, lo, hi, target_scaled=True, cols=None, every=7, thr=0.0):
    preds={}
    anchor=None
    for d in range(lo,hi):
        a=d-(d%every)
        if a!=anchor:
            anchor=a
            Xs=[];ys=[]
            for t in range(max(a-window,30),a+1):
                if t>=d-1: break  # trained on days whose S known: up to D-2
                X,sc,_=F(t); y=S[t]
                if target_scaled: y=y/sc
                ok=~np.isnan(X).any(1)&~np.isnan(y)
                Xs.append(X[ok]); ys.append(y[ok])
            Xt=np.vstack(Xs); yt=np.concatenate(ys)
            if cols is not None: Xt=Xt[:,cols]
            q=np.quantile(yt,[0.02,0.98]); yt=np.clip(yt,*q)
            m=model(); m.fit(Xt,yt)
        X,sc,_=F(d)
        X=np.where(np.isnan(X),0,X)
        if cols is not None: X=X[:,cols]
        preds[d]=m.predict(X)
    return preds
def score(preds, thr=0.0):
    va=0;b=0
    for d,p in preds.items():
        s=S[d]; ok=~np.isnan(s)
        pos=np.where(np.abs(p)>thr,np.sign(p),0)
        va+=np.sum(pos[ok]*s[ok]); b+=np.sum(np.abs(s[ok]))
    return va/b
def trailing(n,lo,hi):
    return {d: nm(S[d-n-1:d-1]) for d in range(lo,hi)}
di={x:i for i,x in enumerate(days)}
folds=[('2021-04-01','2021-06-30'),('2021-07-01','2021-09-30'),('2021-10-01','2021-12-31')]
folds=[(di[a],di[b]+1) for a,b in folds]
folds_days = folds
L = lambda: LassoLarsIC(criterion='aic')
G = lambda: GradientBoostingRegressor(n_estimators=100, max_depth=3, learning_rate=0.05, subsample=0.7,
                                      random_state=1, loss='huber')
def tmean(d):
    X, sc, _ = F(d)
    return np.nan_to_num((X[:, 0] + X[:, 1] + X[:, 2]) / 3)
def line(name, r):
    print('%-28s' % name, ' '.join('%6.1f %%' % (100 * x) for x in r), '  min %5.1f %%  mean %5.1f %%'
          % (100 * min(r), 100 * np.mean(r)), flush=True)
for n in (7, 14, 28):
    line('trailing-%d' % n, [score(trailing(n, lo, hi)) for lo, hi in folds_days])
for name, mk, w in (('gbm-huber 182 d', G, 182), ('gbm-huber 91 d', G, 91), ('lasso-aic 56 d', L, 56)):
    pr = [run(mk, w, lo, hi) for lo, hi in folds_days]
    for a in (0.5, 1, 2, 4):
        line('%s %.1f x + prior' % (name, a), [score({d: a * p[d] + tmean(d) for d in p}) for p in pr])
    line('%s alone' % name, [score(p) for p in pr])
