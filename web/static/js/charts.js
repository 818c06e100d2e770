// Chart definitions on uPlot. Each builder takes the day (and the index) and returns uPlot options and data, or
// a text saying why there is nothing to draw.
import uPlot from '../vendor/uplot/uPlot.esm.js';
import { epoch, isNum, num } from './format.js';

export const COLORS = {
  forecast: '#2563eb',
  band: 'rgba(37, 99, 235, 0.13)',
  bandInner: 'rgba(37, 99, 235, 0.16)',
  clearing: '#0f172a',
  imbalance: '#d97706',
  wind: '#0891b2',
  solar: '#f59e0b',
  demand: '#7c3aed',
  net: '#059669',
  temperature: '#dc2626',
  ghi: '#f59e0b',
  dni: '#dc2626',
  dhi: '#7c3aed',
  cloud: '#0284c7',
  zenith: '#ea580c',
  azimuth: '#2563eb',
  pnl: '#0f766e',
  cumulative: '#1d4ed8',
  carbon: '#16a34a',
  intensity: '#64748b',
  negative: '#be123c',
};

/** Distinct colours for the strategies of a backtest, in order. */
const STRATEGY_COLORS = ['#64748b', '#2563eb', '#0f766e', '#d97706', '#7c3aed', '#dc2626', '#0891b2', '#65a30d',
  '#db2777', '#92400e', '#1e3a8a', '#15803d'];

const stepped = uPlot.paths.stepped({ align: 1 });
const bars = uPlot.paths.bars({ size: [0.7, 60], align: 0 });
const utc = (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC');
const value = (decimals) => (u, v) => (isNum(v) ? num(v, decimals) : '—');

const line = (label, stroke, extra = {}) => ({
  label, stroke, width: 2, spanGaps: false, points: { show: false }, value: value(2), ...extra,
});

/** Hourly values drawn as steps: one more x (the end of the day) repeating the last value. */
function hourlySteps(day, values) {
  const xs = day.prices.map((p) => epoch(p.start));
  xs.push(epoch(day.deliveryEnd));
  return { xs, ys: values.map((v) => [...v, v[v.length - 1]]) };
}

function yAxis(label, extra = {}) {
  return { label, size: 64, labelSize: 18, gap: 4, grid: { stroke: '#eef1f4' }, ticks: { stroke: '#dde3e8' }, ...extra };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayLabel = (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;

/** A UTC time axis in 24-hour time, with the date under the first tick and under each midnight. */
function xAxis() {
  return {
    grid: { stroke: '#eef1f4' },
    ticks: { stroke: '#dde3e8' },
    space: 56,
    values: (u, splits) => splits.map((s, i) => {
      const d = new Date(s * 1e3);
      const hm = d.toISOString().slice(11, 16);
      return i === 0 || hm === '00:00' ? `${hm}\n${dayLabel(d)}` : hm;
    }),
  };
}

/** The x scale of a whole delivery day, so the first and last hour's bars show in full. */
function dayScale(day) {
  return { time: true, range: () => [epoch(day.deliveryStart), epoch(day.deliveryEnd)] };
}

/** A y scale that always shows zero, with a little room. */
const withZero = { range: (u, min, max) => {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  const pad = (hi - lo || 1) * 0.08;
  return [lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0];
} };

const nonNull = (arr) => arr.some(isNum);

export const CHARTS = {
  prices(day) {
    const qs = day.prices[0].quantiles.map((q) => q.level);
    const at = (p, level) => {
      const q = p.quantiles.find((x) => x.level === level);
      return q ? q.gbpPerMWh : null;
    };
    const lo = qs.length ? Math.min(...qs) : null;
    const hi = qs.length ? Math.max(...qs) : null;
    const hasInner = qs.includes(0.25) && qs.includes(0.75);
    const cols = [];
    const series = [];
    const bands = [];
    if (lo !== null && hi !== lo) {
      cols.push(day.prices.map((p) => at(p, lo)), day.prices.map((p) => at(p, hi)));
      series.push(line(`q${Math.round(lo * 100)}`, 'rgba(37,99,235,0.45)', { width: 1, paths: stepped }),
        line(`q${Math.round(hi * 100)}`, 'rgba(37,99,235,0.45)', { width: 1, paths: stepped }));
      bands.push({ series: [2, 1], fill: COLORS.band });
    }
    if (hasInner) {
      const base = series.length + 1;
      cols.push(day.prices.map((p) => at(p, 0.25)), day.prices.map((p) => at(p, 0.75)));
      series.push(line('q25', 'rgba(37,99,235,0.25)', { width: 1, paths: stepped }),
        line('q75', 'rgba(37,99,235,0.25)', { width: 1, paths: stepped }));
      bands.push({ series: [base + 1, base], fill: COLORS.bandInner });
    }
    cols.push(day.prices.map((p) => p.forecastGbpPerMWh));
    series.push(line('Forecast', COLORS.forecast, { width: 2, dash: [6, 4], paths: stepped }));
    cols.push(day.prices.map((p) => p.clearingGbpPerMWh));
    series.push(line('Clearing', COLORS.clearing, { width: 2.5, paths: stepped }));
    cols.push(day.prices.map((p) => p.imbalanceGbpPerMWh));
    series.push(line('Imbalance', COLORS.imbalance, { width: 1.5, paths: stepped }));
    const { xs, ys } = hourlySteps(day, cols);
    const data = [xs, ...ys];
    // negative prices marked: a triangle at the middle of each hour whose clearing or imbalance price is below zero
    const negative = day.prices.map((p) => [p.clearingGbpPerMWh, p.imbalanceGbpPerMWh].filter((v) => isNum(v) && v < 0));
    if (negative.some((n) => n.length)) {
      const mids = day.prices.map((p) => epoch(p.start) + 1800);
      const spec = { series, bands, data: null, axes: [xAxis(), yAxis('£/MWh')] };
      // the marks live on their own x positions: merge them into the stepped data as extra points
      const all = [...xs.map((x, i) => ({ x, row: i })), ...mids.map((x, h) => ({ x, mark: h }))].sort((a, b) => a.x - b.x);
      spec.data = [all.map((p) => p.x), ...ys.map((col) => all.map((p) => (p.row !== undefined ? col[p.row] : null)))];
      spec.data.push(all.map((p) => (p.mark !== undefined && negative[p.mark].length ? Math.min(...negative[p.mark]) : null)));
      for (const s of series) s.spanGaps = true;
      series.push({ label: 'Negative price ▼', stroke: COLORS.negative, fill: COLORS.negative, width: 0,
        paths: () => null, points: { show: true, size: 9, fill: COLORS.negative, stroke: COLORS.negative },
        value: value(2) });
      return spec;
    }
    return { series, bands, data, axes: [xAxis(), yAxis('£/MWh')] };
  },

  energy(day) {
    const xs = day.energy.map((e) => epoch(e.start));
    xs.push(epoch(day.deliveryEnd));
    const col = (kind, f) => {
      const v = day.energy.map((e) => (e[kind] ? e[kind][f] : null));
      return [...v, v[v.length - 1]];
    };
    const series = [];
    const data = [xs];
    for (const [f, name, color] of [['windKWh', 'Wind', COLORS.wind], ['solarKWh', 'Solar', COLORS.solar],
      ['demandKWh', 'Demand', COLORS.demand]]) {
      series.push(line(`${name} forecast`, color, { width: 1.5, dash: [5, 4], paths: stepped }));
      data.push(col('forecast', f));
      series.push(line(`${name} metered`, color, { width: 2, paths: stepped }));
      data.push(col('actual', f));
    }
    return { series, data, axes: [xAxis(), yAxis('kWh')] };
  },

  'energy-net'(day) {
    const xs = day.energy.map((e) => epoch(e.start));
    xs.push(epoch(day.deliveryEnd));
    const col = (kind) => {
      const v = day.energy.map((e) => (e[kind] ? e[kind].netKWh : null));
      return [...v, v[v.length - 1]];
    };
    return {
      series: [
        line('Net forecast', COLORS.net, { width: 1.5, dash: [5, 4], paths: stepped }),
        line('Net metered', COLORS.net, { width: 2, paths: stepped, fill: 'rgba(5,150,105,0.10)' }),
      ],
      data: [xs, col('forecast'), col('actual')],
      axes: [xAxis(), yAxis('kWh')],
    };
  },

  'weather-wind'(day) {
    return weather(day, [['windSpeedMps', 'Wind speed', COLORS.wind]], 'm/s');
  },

  'weather-temperature'(day) {
    return weather(day, [['airTemperatureC', 'Air temperature', COLORS.temperature]], '°C');
  },

  // Forecasts such as the Met Office spot data carry cloud cover but no irradiance (the PV model then derives the
  // irradiance from clear sky and cloud cover): show the cloud cover the run used instead of an empty chart.
  'weather-irradiance'(day) {
    const irradiance = weather(day, [['ghiWm2', 'GHI', COLORS.ghi], ['dniWm2', 'DNI', COLORS.dni],
      ['dhiWm2', 'DHI', COLORS.dhi]], 'W/m²', 'no irradiance');
    if (!irradiance.empty) return irradiance;
    const cloud = weather(day, [['cloudCoverPct', 'Cloud cover (this forecast has no irradiance)', COLORS.cloud]],
      'Cloud cover %', 'The weather forecast of this day carries neither irradiance nor cloud cover.');
    if (!cloud.empty) cloud.scales = { y: { range: [0, 100] } };
    return cloud;
  },

  solar(day) {
    if (!day.solarPosition.length) return { empty: 'No solar position was published for this day.' };
    // azimuth wraps from 360 to 0 at solar midnight: break the line there instead of drawing a vertical jump
    const xs = [];
    const zen = [];
    const az = [];
    day.solarPosition.forEach((s, i) => {
      const prev = day.solarPosition[i - 1];
      if (prev && Math.abs(s.azimuthDeg - prev.azimuthDeg) > 180) {
        xs.push((epoch(prev.time) + epoch(s.time)) / 2);
        zen.push((prev.zenithDeg + s.zenithDeg) / 2);
        az.push(null);
      }
      xs.push(epoch(s.time));
      zen.push(s.zenithDeg);
      az.push(s.azimuthDeg);
    });
    return {
      series: [
        line('Zenith', COLORS.zenith, { scale: 'zen', value: value(1) }),
        line('Horizon (zenith 90°)', '#94a3b8', { scale: 'zen', width: 1, dash: [3, 3], value: value(0) }),
        line('Azimuth', COLORS.azimuth, { scale: 'az', value: value(1) }),
      ],
      data: [xs, zen, xs.map(() => 90), az],
      scales: { zen: { range: [0, 180] }, az: { range: [0, 360] } },
      axes: [xAxis(), yAxis('Zenith °', { scale: 'zen', incrs: [15, 30, 45] }),
        yAxis('Azimuth ° (from north)', { scale: 'az', side: 1, grid: { show: false }, incrs: [45, 90] })],
    };
  },

  'pnl-hourly'(day) {
    const xs = day.cumulativePnl.map((p, i) => epoch(day.prices[i].start) + 1800);
    const hourly = day.cumulativePnl.map((p) => p.pnlGbp);
    if (!nonNull(hourly)) return { empty: 'No hour of this market day has been settled yet.' };
    return {
      series: [...gainLoss('Hour'), line('Running total', COLORS.cumulative, { width: 2 })],
      data: [xs, ...splitSign(hourly), day.cumulativePnl.map((p) => p.cumulativeGbp)],
      scales: { x: dayScale(day), y: withZero },
      axes: [xAxis(), yAxis('£')],
    };
  },

  'pnl-days'(day, index) {
    return pnlDays(index);
  },

  'overview-prices'(day) {
    return CHARTS.prices(day);
  },

  'overview-pnl-days'(day, index) {
    return pnlDays(index);
  },

  'history-value'(day, index, ctx) {
    const r = historyValue(ctx.historyRange || []);
    if (!r.empty) r.dateLegend = true;
    return r;
  },

  strategies(day, index, ctx) {
    return strategies(ctx.backtest);
  },

  /**
   * The spread that paid: per hour the clearing minus the imbalance price (line, right axis) and what the contracted
   * position earned from it, contracted net × (clearing − imbalance) (bars, left axis): the day's value added over
   * not trading is the sum of the bars.
   */
  'prices-spread'(day) {
    const xs = day.prices.map((p) => epoch(p.start) + 1800);
    const spread = day.prices.map((p) => (isNum(p.clearingGbpPerMWh) && isNum(p.imbalanceGbpPerMWh)
      ? p.clearingGbpPerMWh - p.imbalanceGbpPerMWh : null));
    if (!nonNull(spread)) return { empty: 'The spread is known once the hours have been delivered and both prices published.' };
    const byHour = new Map(day.bids.map((b) => [b.hour, b]));
    const paid = day.prices.map((p, i) => {
      const b = byHour.get(p.hour);
      return b && isNum(b.contractedNetMWh) && isNum(spread[i]) ? b.contractedNetMWh * spread[i] : null;
    });
    return {
      series: [...gainLoss('Value added'), line('Spread clearing − imbalance', COLORS.imbalance,
        { scale: 'spread', width: 1.5, points: { show: true, size: 5 } })],
      data: [xs, ...splitSign(paid), spread],
      scales: { x: dayScale(day), y: withZero, spread: withZero },
      axes: [xAxis(), yAxis('£'), yAxis('£/MWh', { scale: 'spread', side: 1, grid: { show: false } })],
    };
  },

  carbon(day) {
    if (!day.carbon.length) return { empty: 'No grid carbon intensity was known for this day.' };
    const xs = day.carbon.map((c, i) => epoch(day.prices[i].start) + 1800);
    return {
      series: [
        { label: 'CO₂ saved', stroke: COLORS.carbon, fill: 'rgba(22,163,74,0.55)', paths: bars, points: { show: false }, value: value(1), scale: 'kg' },
        line('Grid intensity', COLORS.intensity, { scale: 'g', value: value(0) }),
      ],
      data: [xs, day.carbon.map((c) => c.savedKgCo2), day.carbon.map((c) => c.intensityGCo2PerKWh)],
      scales: { x: dayScale(day), kg: { range: (u, min, max) => [0, Math.max(1, max) * 1.1] }, g: { range: (u, min, max) => [0, Math.max(1, max) * 1.1] } },
      axes: [xAxis(), yAxis('kg CO₂', { scale: 'kg' }), yAxis('g CO₂/kWh', { scale: 'g', side: 1, grid: { show: false } })],
    };
  },
};

function weather(day, fields, unit, emptyText = 'No weather forecast was published for this day.') {
  const samples = day.weather ? day.weather.samples : [];
  const xs = samples.map((s) => (epoch(s.start) + epoch(s.end)) / 2);
  const cols = fields.map(([f]) => samples.map((s) => s[f]));
  if (!cols.some(nonNull)) return { empty: emptyText };
  return {
    series: fields.map(([, label, color]) => line(label, color, { value: value(1) })),
    data: [xs, ...cols],
    axes: [xAxis(), yAxis(unit)],
  };
}

/** Bars for gains (green) and losses (red) of a P&L. */
function gainLoss(what) {
  return [
    { label: `${what} gain`, stroke: '#047857', fill: 'rgba(4,120,87,0.55)', paths: bars, points: { show: false }, value: value(2) },
    { label: `${what} loss`, stroke: '#b91c1c', fill: 'rgba(220,38,38,0.55)', paths: bars, points: { show: false }, value: value(2) },
  ];
}

function splitSign(values) {
  return [values.map((v) => (isNum(v) && v >= 0 ? v : null)), values.map((v) => (isNum(v) && v < 0 ? v : null))];
}

/**
 * A time axis over market days, readable for any number of days: uPlot thins the ticks to the space they have
 * (at least 64 px a label) choosing whole days, weeks or months as the range grows; labels are "22 Mar" for days and
 * weeks and "Mar 2022" for months.
 */
function daysAxis() {
  const DAY = 86400;
  return {
    grid: { stroke: '#eef1f4' },
    ticks: { stroke: '#dde3e8' },
    space: 64,
    incrs: [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY, 182 * DAY, 365 * DAY],
    values: (u, splits, axisIdx, space, incr) => splits.map((s) => {
      const d = new Date(s * 1e3);
      return incr >= 28 * DAY ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : dayLabel(d);
    }),
  };
}

/** x positions of market days: the day's midday (UTC). */
const dayX = (marketDay) => epoch(`${marketDay}T12:00:00Z`);
/** An x scale over market days at xs (ascending), a day and a half beyond the first and the last. */
const dayRange = (xs) => ({ time: true, range: () => [xs[0] - 43200 * 3, xs[xs.length - 1] + 43200 * 3] });

/** The history's value added per day shown (bars) and the cumulative value added since the first published day. */
function historyValue(rows) {
  const known = rows.filter((r) => isNum(r.valueAddedGbp));
  if (!known.length) return { empty: 'No market day in this range has a settled hour yet.' };
  const xs = rows.map((r) => dayX(r.marketDay));
  return {
    series: [...gainLoss('Day'), line('Cumulative since the first published day', COLORS.cumulative, { width: 2 })],
    data: [xs, ...splitSign(rows.map((r) => r.valueAddedGbp)), rows.map((r) => r.cumulativeValueAddedGbp)],
    scales: { x: dayRange(xs), y: withZero },
    axes: [daysAxis(), yAxis('£')],
  };
}

/** Every strategy's cumulative value added over the backtest's days, one series each. */
function strategies(backtest) {
  if (!backtest) return { empty: 'No backtest comparison (data/backtest.json) was published in this folder.' };
  if (!backtest.days.length) return { empty: 'The backtest settled no market day.' };
  const xs = backtest.days.map((d) => dayX(d.marketDay));
  return {
    series: backtest.strategies.map((s, i) => line(s.strategy, STRATEGY_COLORS[i % STRATEGY_COLORS.length],
      { width: s.strategy === backtest.publishedStrategy ? 3 : 1.75, points: { show: xs.length <= 31, size: 5 } })),
    data: [xs, ...backtest.strategies.map((s) => {
      let total = 0;
      return s.daily_value_added_gbp.map((v) => {
        total += v;
        return Math.round(total * 1e4) / 1e4;
      });
    })],
    scales: { x: dayRange(xs), y: withZero },
    axes: [daysAxis(), yAxis('£ cumulative')],
    dateLegend: true,
  };
}

function pnlDays(index) {
  const days = index.days;
  const xs = days.map((d) => epoch(`${d.marketDay}T12:00:00Z`));
  let total = 0;
  const cumulative = days.map((d) => {
    if (isNum(d.pnlGbp)) total += d.pnlGbp;
    return total;
  });
  if (!days.some((d) => isNum(d.pnlGbp))) return { empty: 'No published market day has been settled yet.' };
  return {
    series: [...gainLoss('Day'), line('Cumulative', COLORS.cumulative, { width: 2, points: { show: true, size: 6 } })],
    data: [xs, ...splitSign(days.map((d) => d.pnlGbp)), cumulative],
    scales: { x: dayRange(xs), y: withZero },
    axes: [daysAxis(), yAxis('£')],
    dateLegend: true,
  };
}

/** Draws a chart into el (replacing what was there); returns the uPlot, or null when there is nothing to draw. */
export function draw(name, el, day, index, ctx = {}) {
  el.replaceChildren();
  const spec = CHARTS[name](day, index, ctx);
  if (spec.empty) {
    const p = document.createElement('div');
    p.className = 'no-data';
    p.textContent = spec.empty;
    el.append(p);
    el.dataset.drawn = 'empty';
    return null;
  }
  const height = el.classList.contains('tall') ? 380 : 260;
  const opts = {
    width: Math.max(240, el.clientWidth),
    height,
    tzDate: utc,
    series: [spec.dateLegend
      ? { label: 'Market day', value: (u, ts) => (ts == null ? '—' : dayLabel(new Date(ts * 1e3))) }
      : { label: 'UTC', value: (u, ts) => (ts == null ? '—' : new Date(ts * 1e3).toISOString().slice(11, 16)) },
    ...spec.series],
    bands: spec.bands || [],
    scales: { x: { time: true }, ...(spec.scales || {}) },
    axes: spec.axes,
    cursor: { points: { size: 6 } },
    legend: { live: true },
  };
  const u = new uPlot(opts, spec.data, el);
  el.dataset.drawn = 'true';
  return u;
}
