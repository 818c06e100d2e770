#!/usr/bin/env python3
"""Issue 13, third round: screen of ev variants on 2021 ONLY (rolling folds 2021-04..06, 07..09, 10..12).

Reads ../shared/data/gb-prices (P: APXMIDP hourly mean, I: system price; the day-ahead fundamentals of
joshgowdyprog-GB-energy-trading/forecast_features.csv), keeps market days up to 2021-12-31 and nothing later, and
scores, 1 MWh per hour, the share of sum |S| per fold (value added / the bound) and the max drawdown of the cumulative
value added (GBP, in brackets) of: the trailing rules, their majority, EWMA trailing means; the scale-free GBM of
model.spread plus its trailing prior (as shipped), with the fundamentals of D (publication time unknown, see
docs/daily-run-and-strategies.md), with the fundamentals of D-1, with more price-level (`rel`) features; each as the
sign of its mean, as a 4-way vote with the three trailing signs (model wins ties = `strategy.model_weight` 0.4), the
same with ties hedged, and sized by confidence |E[S]| / (c sd). A quick screen; the shipped figures are the Java
backtest's.

  /usr/bin/python3 benchmarks/ev_variants_folds_2021.py            (numpy, pandas, scikit-learn)
"""
import sys, warnings
import numpy as np, pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
warnings.filterwarnings('ignore')
src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/gb-prices"
P = pd.read_csv(src + '/elexon_mid_apxmidp_hourly_aimlac.csv')
I2 = pd.read_csv(src + '/gb_da_auctions_and_system_price_hourly_2021_2022.csv')
FF = pd.read_csv(src + '/joshgowdyprog-GB-energy-trading/forecast_features.csv', sep=';', skiprows=[1])
AU = pd.read_csv(src + '/joshgowdyprog-GB-energy-trading/auction_data.csv', sep=';', skiprows=[1])
assert len(FF)==len(I2)==len(AU)
assert np.allclose(AU['price_first_auction'].values, I2['price_first_auction_gbp_per_mwh'].values, equal_nan=True)
for c in FF.columns[1:]:
    FF[c]=pd.to_numeric(FF[c],errors='coerce')
FF['aimlac_market_date']=I2['aimlac_market_date']; FF['aimlac_hour_id']=I2['aimlac_hour_id']
P = P.pivot_table(index='aimlac_market_date', columns='aimlac_hour_id', values='price_mean_gbp_per_mwh')
I = I2.pivot_table(index='aimlac_market_date', columns='aimlac_hour_id', values='system_price_gbp_per_mwh')
days = pd.date_range('2020-09-01', '2021-12-31').strftime('%Y-%m-%d')  # nothing from 2022
P = P.reindex(index=days, columns=range(1, 25)).values
S = P - I.reindex(index=days, columns=range(1, 25)).values
dates = pd.to_datetime(days)
fcols=['demand','margin','long_term_wind','long_term_solar','margin_over_demand','snsp_forecast','stack_price','inertia_forecast','long_term_wind_over_demand']
FD={c: FF.pivot_table(index='aimlac_market_date', columns='aimlac_hour_id', values=c).reindex(index=days, columns=range(1,25)).values for c in fcols}
K=8
def nm(a):
    with np.errstate(all='ignore'): return np.nanmean(a,axis=0)
def feats(d, fund):
    sc = np.nanmean(np.abs(S[d-29:d-1]))
    pl = np.nanmedian(P[d-15:d-1],axis=0)
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
    f['shape']=pl/plev
    f['hour']=h; f['dow']=np.full(24,dates[d].dayofweek)
    f['tsign']=(np.sign(f['m7'])+np.sign(f['m14'])+np.sign(f['m28']))/3
    if fund in ('same','lag1'):
        t = d if fund=='same' else d-1
        dm=np.nanmean(FD['demand'][d-15:d-1])
        f['f_dem']=FD['demand'][t]/dm
        f['f_mod']=FD['margin_over_demand'][t]
        f['f_wind']=FD['long_term_wind'][t]/dm
        f['f_solar']=FD['long_term_solar'][t]/dm
        f['f_snsp']=FD['snsp_forecast'][t]
        f['f_stack']=FD['stack_price'][t]/pl
        f['f_dwind']=(FD['long_term_wind'][t]-np.nanmean(FD['long_term_wind'][d-8:d-1],axis=0))/dm
    if fund=='rel':
        # rel-type level features: D-2's price over level for the hour and the day, the price spread D-2 vs D-3
        f['rel3']=P[d-3]/pl; f['rel2day']=np.full(24,np.nanmean(P[d-2])/plev)
        f['relhr_d1']=np.concatenate([P[d-1,:K]/pl[:K], np.full(24-K,np.nan)])
        f['relhr_d1']=np.where(np.isnan(f['relhr_d1']), f['rel_d1'], f['relhr_d1'])
    X=np.column_stack(list(f.values()))
    return X, sc
cache={}
def F(d,fund):
    k=(d,fund)
    if k not in cache: cache[k]=feats(d,fund)
    return cache[k]
def run(window, lo, hi, fund=None, every=7):
    preds={}; sds={}
    anchor=None
    for d in range(lo,hi):
        a=d-(d%every)
        if a!=anchor:
            anchor=a
            Xs=[];ys=[]
            for t in range(max(a-window,30),a+1):
                if t>=d-1: break
                X,sc=F(t,fund); y=S[t]/sc
                ok=~np.isnan(X).any(1)&~np.isnan(y)
                Xs.append(X[ok]); ys.append(y[ok])
            Xt=np.vstack(Xs); yt=np.concatenate(ys)
            q=np.quantile(yt,[0.02,0.98]); yt=np.clip(yt,*q)
            m=GradientBoostingRegressor(n_estimators=100, max_depth=3, learning_rate=0.05, subsample=0.7, random_state=1, loss='huber')
            m.fit(Xt,yt)
            med=np.nanmedian(Xt,axis=0)
            res=yt-(m.predict(Xt)+ (Xt[:,0]+Xt[:,1]+Xt[:,2])/3)
            sd=np.std(res[-56*24:])
        X,sc=F(d,fund)
        X=np.where(np.isnan(X),med,X)
        preds[d]=m.predict(X); sds[d]=sd
    return preds, sds
di={x:i for i,x in enumerate(days)}
folds=[('2021-04-01','2021-06-30'),('2021-07-01','2021-09-30'),('2021-10-01','2021-12-31')]
folds=[(di[a],di[b]+1) for a,b in folds]
def score(pos):  # pos: dict day -> 24 positions in [-1,1]
    va=0;b=0; cum=0; peak=0; dd=0
    for d in sorted(pos):
        s=S[d]; ok=~np.isnan(s)
        if ok.sum()<24 or np.isnan(P[d]).any(): continue  # backtest settles complete days only
        v=np.sum(pos[d][ok]*s[ok]); va+=v; b+=np.sum(np.abs(s[ok]))
        cum+=v; peak=max(peak,cum); dd=max(dd,peak-cum)
    return va/b, dd
def tr(d,n): return np.nan_to_num(nm(S[d-n-1:d-1]))
def prior(d):
    X,sc=F(d,None); return np.nan_to_num((X[:,0]+X[:,1]+X[:,2])/3)
rows=[]
def line(name, posfn_per_fold):
    r=[score(p) for p in posfn_per_fold]
    sh=[x[0] for x in r]
    print('%-44s' % name, ' '.join('%6.2f %% (%5.0f)' % (100*x[0], x[1]) for x in r), '  worst %5.2f %%  mean %5.2f %%' % (100*min(sh), 100*np.mean(sh)), flush=True)
R=lambda f: [{d: f(d) for d in range(lo,hi)} for lo,hi in folds]
for n in (7,14,28):
    line('trailing-%d'%n, R(lambda d,n=n: np.sign(tr(d,n))))
line('trailing majority 7/14/28', R(lambda d: np.sign(np.sign(tr(d,7))+np.sign(tr(d,14))+np.sign(tr(d,28)))))
line('trailing scaled-mean prior', R(lambda d: np.sign(prior(d))))
for hl in (5,10):
    def ew(d,hl=hl):
        w=0.5**(np.arange(2,60)/hl)  # lags 2..59
        x=S[d-2:d-60:-1] if False else np.array([S[d-l] for l in range(2,60)])
        m=~np.isnan(x); return np.sign(np.nansum(x*w[:,None],0)/np.sum(m*w[:,None],0))
    line('ewma half-life %d d'%hl, R(ew))
variants={}
for fund in (None,'same','lag1','rel'):
    out=[run(182,lo,hi,fund) for lo,hi in folds]
    variants[fund]=out
    name={None:'gbm+prior (shipped model)','same':'gbm+prior + fundamentals of D','lag1':'gbm+prior + fundamentals of D-1','rel':'gbm+prior + rel level feats'}[fund]
    mu=[{d: p[d]+prior(d) for d in p} for p,_ in out]
    line(name, [{d: np.sign(m[d]) for d in m} for m in mu])
    line(name+' alone (no prior)', [{d: np.sign(p[d]) for d in p} for p,_ in out])
    # vote of 4: model sign + 3 trailing signs, tie -> model
    line(name+' 4-vote', [{d: np.sign(2*np.sign(m[d])+ 0.999*(np.sign(tr(d,7))+np.sign(tr(d,14))+np.sign(tr(d,28)))) for d in m} for m in mu])
    line(name+' 4-vote tie->0', [{d: np.sign(np.sign(m[d])+np.sign(tr(d,7))+np.sign(tr(d,14))+np.sign(tr(d,28))) for d in m} for m in mu])
    for c in (0.5,1.0):
        line(name+' size |mu|/(%.1f sd)'%c, [{d: np.clip(m[d]/(c*sds[d]),-1,1) for d in m} for m,(p,sds) in zip(mu,out)])
