// The dashboard: loads data/index.json, then the chosen market day, and shows it in tabs. State lives in the URL
// hash (#day=2022-03-22&tab=prices) so every view can be linked and reloaded.
import { DataError, loadBacktest, loadDay, loadIndex } from './data.js';
import { draw } from './charts.js';
import { DASH, dayTime, gbp, hhmm, isNum, longDate, num, signClass, ukTime } from './format.js';

const TABS = ['overview', 'history', 'strategies', 'prices', 'energy', 'weather', 'solar', 'bids', 'pnl', 'carbon'];
const $ = (sel) => document.querySelector(sel);

const state = {
  index: null,
  day: null, // the loaded day's JSON
  tab: 'overview',
  charts: new Map(), // name -> uPlot of the loaded day
  loadSeq: 0,
  backtest: null, // data/backtest.json of a backtest's folder
  backtestError: null,
  backtestOnly: false, // a backtest's folder with no published day: the Strategies tab alone
  historyShown: [], // the history rows shown, in table order
  historySort: { key: 'marketDay', dir: 'asc' },
  backtestSort: { key: 'value_added_gbp', dir: 'desc' },
};

/** "Now", or the instant given as ?now=ISO (to look at the data as of a time, e.g. in tests). */
function now() {
  const given = new URLSearchParams(location.search).get('now');
  return given && !Number.isNaN(Date.parse(given)) ? new Date(given) : new Date();
}

// For the browser tests and for curious users: the live charts and state.
window.convergenceDashboard = state;

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const tab = params.get('tab');
  return { day: params.get('day'), tab: TABS.includes(tab) ? tab : 'overview' };
}

function writeHash(day, tab) {
  const h = `#day=${encodeURIComponent(day || '')}&tab=${tab}`;
  if (location.hash !== h) location.hash = h;
  else route();
}

function setState(s) {
  document.body.dataset.state = s;
}

function showMessage(title, text, kind = 'error') {
  const box = $('#message');
  box.className = `message ${kind}`;
  $('#message-title').textContent = title;
  $('#message-text').textContent = text;
  box.hidden = false;
}

function hideMessage() {
  $('#message').hidden = true;
}

function fail(e) {
  if (e instanceof DataError) {
    showMessage(e.title, e.text, e.kind);
  } else {
    showMessage('Something went wrong while showing the dashboard', String(e && e.message ? e.message : e));
  }
  clearDay();
  setState('error');
}

function clearDay() {
  destroyCharts();
  state.day = null;
  document.body.dataset.day = '';
  for (const t of TABS) $(`#tab-${t}`).hidden = true;
  $('#day-meta').hidden = true;
  $('#warnings').hidden = true;
  $('#day-status').hidden = true;
}

function destroyCharts() {
  for (const u of state.charts.values()) u.destroy();
  state.charts.clear();
  document.querySelectorAll('.chart').forEach((el) => {
    el.replaceChildren();
    delete el.dataset.drawn;
  });
}

// ---- index and picker

async function start() {
  setState('loading');
  try {
    state.index = await loadIndex();
  } catch (e) {
    fail(e);
    return;
  }
  const { days, site } = state.index;
  $('#site-name').textContent = site;
  renderFailedRun(state.index.failedRun);
  renderSource(state.index);
  renderStale(state.index);
  if (state.index.source === 'backtest') {
    $('.tabs button[data-tab="strategies"]').hidden = false;
    try {
      state.backtest = await loadBacktest();
    } catch (e) {
      state.backtestError = e;
    }
  }
  const picker = $('#day-picker');
  picker.replaceChildren(...days.slice().reverse().map((d) => {
    const o = document.createElement('option');
    o.value = d.marketDay;
    o.textContent = `${longDate(d.marketDay)} · ${stateText(d)}`;
    return o;
  }));
  picker.disabled = days.length === 0;
  if (days.length === 0 && state.backtest) {
    showBacktestOnly(state.backtest);
    return;
  }
  if (days.length === 0) {
    showMessage('No market days have been published yet',
      'data/index.json lists no market day. Each daily run ("./convergence run") publishes its day there.', 'info');
    setState('error');
    return;
  }
  route();
}

/**
 * A backtest that settled no metered day (e.g. a price-only research backtest) publishes its strategy comparison
 * but no market day: the Strategies tab is then the whole page.
 */
function showBacktestOnly(b) {
  state.backtestOnly = true;
  document.querySelectorAll('.tabs button').forEach((btn) => { btn.hidden = btn.dataset.tab !== 'strategies'; });
  const priceOnly = b.days.filter((d) => !d.metered).length;
  showMessage('This backtest published no market day',
    `It settled ${b.days.length} market day${b.days.length === 1 ? '' : 's'} (${priceOnly} price-only, no metered`
    + ' day), so only the strategy comparison is shown: the market days of a backtest\'s folder are its metered days.',
    'info');
  selectTab('strategies');
  renderBacktest();
  renderTab();
  setState('ready');
}

function dayEntry(marketDay) {
  return state.index.days.find((d) => d.marketDay === marketDay);
}

function updatePicker(marketDay) {
  const days = state.index.days;
  const i = days.findIndex((d) => d.marketDay === marketDay);
  $('#day-picker').value = marketDay;
  $('#prev-day').disabled = i <= 0;
  $('#next-day').disabled = i < 0 || i >= days.length - 1;
}

// ---- routing

async function route() {
  if (!state.index || state.index.days.length === 0) return;
  const { day, tab } = readHash();
  const days = state.index.days;
  const wanted = day || days[days.length - 1].marketDay;
  selectTab(tab);
  if (state.day && state.day.marketDay === wanted) {
    renderTab();
    return;
  }
  updatePicker(wanted);
  const entry = dayEntry(wanted);
  hideMessage();
  clearDay();
  if (!entry) {
    showMessage(`Market day ${wanted} has not been published`,
      `data/index.json lists ${days.length} market day${days.length === 1 ? '' : 's'}, from ${days[0].marketDay} to `
      + `${days[days.length - 1].marketDay}. Choose one with the picker.`);
    setState('error');
    return;
  }
  setState('loading');
  const seq = ++state.loadSeq;
  let json;
  try {
    json = await loadDay(entry);
  } catch (e) {
    if (seq === state.loadSeq) fail(e);
    return;
  }
  if (seq !== state.loadSeq) return; // a newer choice won
  state.day = json;
  document.body.dataset.day = json.marketDay;
  renderDay();
  selectTab(state.tab);
  renderTab();
  setState('ready');
}

function selectTab(tab) {
  state.tab = tab;
  document.body.dataset.tab = tab;
  document.querySelectorAll('.tabs button').forEach((b) => {
    b.setAttribute('aria-selected', String(b.dataset.tab === tab));
    b.tabIndex = b.dataset.tab === tab ? 0 : -1;
    b.setAttribute('aria-controls', `tab-${b.dataset.tab}`);
  });
  const shown = state.backtestOnly ? ['strategies'] : (state.day ? TABS : []);
  for (const t of TABS) $(`#tab-${t}`).hidden = !shown.includes(t) || t !== tab;
}

function renderTab() {
  if (!state.day && !state.backtestOnly) return;
  const panel = $(`#tab-${state.tab}`);
  panel.querySelectorAll('.chart').forEach((el) => {
    const name = el.dataset.chart;
    if (el.dataset.drawn) {
      // drawn while the window had another size: fit it now that it is visible again
      const u = state.charts.get(name);
      if (u && el.clientWidth > 0 && Math.abs(el.clientWidth - u.width) > 4) {
        u.setSize({ width: Math.max(240, el.clientWidth), height: u.height });
      }
      return;
    }
    const u = draw(name, el, state.day, state.index, state);
    if (u) state.charts.set(name, u);
  });
}

/** Draws one chart again (its data changed, e.g. the history's date range). */
function redraw(name) {
  const el = document.querySelector(`.chart[data-chart="${name}"]`);
  const old = state.charts.get(name);
  if (old) old.destroy();
  state.charts.delete(name);
  el.replaceChildren();
  delete el.dataset.drawn;
  if (el.offsetParent !== null) {
    const u = draw(name, el, state.day, state.index, state);
    if (u) state.charts.set(name, u);
  }
}

// ---- the day

function renderDay() {
  const d = state.day;
  const s = d.summary;
  const badge = $('#day-status');
  badge.textContent = stateText(d);
  badge.className = `badge ${dayState(d)}`;
  badge.hidden = false;
  const meta = $('#day-meta');
  meta.replaceChildren(`Market day ${longDate(d.marketDay)} · delivery `, time(d.deliveryStart), ' – ',
    time(d.deliveryEnd), ' UTC · gate closure ', time(d.gateClosure), ` UTC · price model ${d.priceModel} · published `,
    time(d.generatedAt), ' UTC', ...(d.source && d.source !== 'live' ? [' · ', sourceTag(d.source)] : []));
  meta.hidden = false;
  const warnings = $('#warnings');
  warnings.replaceChildren(...d.warnings.map((w) => {
    const li = document.createElement('li');
    li.textContent = w;
    return li;
  }));
  warnings.hidden = d.warnings.length === 0;

  renderHeadline(d);
  $('#kpis').replaceChildren(
    kpi('Day-ahead cash', gbp(s.dayAheadCashGbp), 'filled orders × clearing price', signClass(s.dayAheadCashGbp)),
    kpi('Imbalance cash', gbp(s.imbalanceCashGbp), '(metered − contracted) × imbalance price', signClass(s.imbalanceCashGbp)),
    kpi('Mean clearing price', `£${num(s.meanClearingGbpPerMWh)}`, `forecast MAE £${num(s.forecastMaeGbpPerMWh)}/MWh`),
    kpi('Generation', `${num(isNum(s.meteredGenerationMWh) ? s.meteredGenerationMWh : s.forecastGenerationMWh, 2)} MWh`,
      isNum(s.meteredGenerationMWh) ? `metered · forecast ${num(s.forecastGenerationMWh, 2)} MWh` : 'forecast'),
    kpi('Demand', `${num(isNum(s.meteredDemandMWh) ? s.meteredDemandMWh : s.forecastDemandMWh, 2)} MWh`,
      isNum(s.meteredDemandMWh) ? `metered · forecast ${num(s.forecastDemandMWh, 2)} MWh` : 'forecast'),
    kpi('CO₂ saved', `${num(s.carbonSavedKgCo2, 0)} kg`, 'generation × grid carbon intensity', 'pos'),
  );

  const allCarbon = state.index.days.reduce((t, e) => t + (isNum(e.carbonSavedKgCo2) ? e.carbonSavedKgCo2 : 0), 0);
  const intensities = d.carbon.map((c) => c.intensityGCo2PerKWh).filter(isNum);
  $('#carbon-kpis').replaceChildren(
    kpi('CO₂ saved this day', `${num(s.carbonSavedKgCo2, 1)} kg`, 'renewable generation × grid intensity', 'pos'),
    kpi('CO₂ saved, all published days', `${num(allCarbon / 1000, 3)} t`, `${state.index.days.length} market days`, 'pos'),
    kpi('Mean grid intensity', intensities.length ? `${num(intensities.reduce((a, b) => a + b, 0) / intensities.length, 0)} g/kWh` : DASH,
      'GB grid, hourly'),
    kpi('Generation counted', `${num(d.carbon.reduce((t, c) => t + (isNum(c.generationMWh) ? c.generationMWh : 0), 0), 2)} MWh`,
      d.carbon.every((c) => c.metered) ? 'all hours metered' : 'forecast where not metered'),
  );

  const w = d.weather;
  $('#weather-source').textContent = w
    ? `Forecast by ${w.source}, issued ${dayTime(w.issuedAt)} UTC; wind at ${num(w.windHeightM, 0)} m.`
    : 'No weather forecast was published for this day.';
  $('#wind-height').textContent = w ? `m/s at ${num(w.windHeightM, 0)} m` : 'm/s';
  renderBids(d);
  renderPriceNotes(d);
  renderHistory();
  renderBacktest();
}

/** A UTC time as shown, with the UK local time on hover. */
function time(iso) {
  const t = document.createElement('time');
  t.dateTime = iso;
  t.textContent = dayTime(iso);
  t.title = ukTime(iso);
  return t;
}

const SOURCE_TEXT = {
  replay: ['replayed', 'Replayed data: a recorded day traded offline on the simulated exchange (exchange.mode: simulated), not live trading.'],
  backtest: ['backtest', 'Backtest data: recorded days replayed and settled by "./convergence backtest", not live trading.'],
};

function sourceTag(source) {
  const span = document.createElement('span');
  span.className = `source-tag ${source}`;
  span.textContent = SOURCE_TEXT[source][0];
  span.title = SOURCE_TEXT[source][1];
  return span;
}

/** Replayed and backtest data are labelled as such above every view. */
function renderSource(index) {
  const note = $('#source-note');
  const source = index.source || 'live';
  if (!SOURCE_TEXT[source]) {
    note.hidden = true;
    return;
  }
  note.replaceChildren(sourceTag(source), ` ${SOURCE_TEXT[source][1]}`);
  note.dataset.source = source;
  note.hidden = false;
}

/**
 * Live data is stale once the order gate of the market day after its latest published day (that day, 09:00Z) has
 * passed: the run for that day should have published before it.
 */
function renderStale(index) {
  const banner = $('#stale');
  const source = index.source || 'live';
  const days = index.days;
  if (source !== 'live' || days.length === 0) {
    banner.hidden = true;
    return;
  }
  const latest = days[days.length - 1].marketDay;
  const gateIso = `${latest}T09:00:00Z`;
  if (!(now().getTime() > Date.parse(gateIso))) {
    banner.hidden = true;
    return;
  }
  const next = new Date(Date.parse(`${latest}T00:00:00Z`) + 86400e3).toISOString().slice(0, 10);
  $('#stale-title').textContent = 'The data is older than the latest order gate';
  $('#stale-text').replaceChildren('Last updated ', time(index.updatedAt), ` UTC, latest market day ${longDate(latest)};`
    + ` the gate for market day ${longDate(next)} closed at `, time(gateIso), ' UTC and that day has not been'
    + ' published. Check the daily run ("./convergence run" or the daemon) and its alerts.');
  banner.hidden = false;
}

// ---- the one state machine (docs/dashboard-data.md): planned -> submitted -> cleared -> settled; failed runs
const STATE_TEXT = {
  planned: 'planned, no orders held',
  submitted: 'submitted, awaiting prices',
  cleared: 'cleared, awaiting settlement',
  settled: 'settled',
};

/** The state of a day file or index entry; files written before "state" existed read it from "status". */
function dayState(d) {
  if (d.state && STATE_TEXT[d.state]) return d.state;
  return d.status === 'forecast' ? 'submitted' : d.status;
}

function stateText(d) {
  return STATE_TEXT[dayState(d)];
}

// ---- the headline: the selected day and the whole published history, each figure with its unit and meaning

const sumOf = (xs) => (xs.some(isNum) ? xs.filter(isNum).reduce((a, b) => a + b, 0) : null);

/** Value added as a share of the bound's, or null when the bound is unknown or zero. */
function boundShare(valueAdded, bound) {
  return isNum(valueAdded) && isNum(bound) && bound > 0 ? valueAdded / bound : null;
}

function pct(share) {
  return isNum(share) ? `${num(share * 100, 1)} %` : DASH;
}

function headlineKpis(scope, h) {
  const fills = h.orders === null ? DASH : h.submittedOnly ? `${h.orders} submitted` : `${h.filled} / ${h.orders}`;
  const share = boundShare(h.valueAdded, h.bound);
  return [
    figure(scope, 'pnl', 'P&L', gbp(h.pnl), h.pnl, `£, ${h.settled}: cash received minus paid, day-ahead + imbalance`,
      signClass(h.pnl)),
    figure(scope, 'valueAdded', 'Value added over not trading', gbp(h.valueAdded), h.valueAdded,
      '£: P&L minus what the metered energy alone earns at the imbalance price', signClass(h.valueAdded)),
    figure(scope, 'boundShare', 'Share of the bound', pct(share), share,
      '%: value added ÷ the most any order within the grid cap could add with both prices known'),
    figure(scope, 'fills', 'Fills', fills, h.filled,
      h.submittedOnly ? 'orders held by the exchange, awaiting prices: fills are known once the auction clears'
        : 'orders filled of the orders the exchange held'),
    figure(scope, 'priceMae', 'Price forecast error', isNum(h.priceMae) ? `£${num(h.priceMae)}/MWh` : DASH, h.priceMae,
      `£/MWh, mean absolute error of the point price forecast against the clearing price${h.maeOver}`),
    figure(scope, 'energyMae', 'Net energy forecast error', isNum(h.energyMae) ? `${num(h.energyMae, 1)} kWh` : DASH,
      h.energyMae, `kWh per half-hour, mean absolute error of forecast vs metered generation − demand${h.maeOver}`),
  ];
}

const meanOf = (xs) => {
  const known = xs.filter(isNum);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
};

function figure(scope, name, label, shown, value, sub, cls = '') {
  const div = kpi(label, shown, sub, cls);
  div.dataset.kpi = `${scope}-${name}`;
  div.dataset.value = isNum(value) ? String(value) : '';
  return div;
}

function renderHeadline(d) {
  const s = d.summary;
  const submittedOnly = dayState(d) === 'submitted';
  $('#headline-day-title').textContent = `Market day ${longDate(d.marketDay)}`;
  $('#headline-day').replaceChildren(...headlineKpis('day', {
    pnl: s.pnlGbp, valueAdded: s.valueAddedGbp ?? null, bound: s.boundValueAddedGbp ?? null,
    orders: s.orders, filled: s.filledOrders, submittedOnly, settled: `${s.settledHours} of 24 hours settled`,
    priceMae: s.forecastMaeGbpPerMWh ?? null, energyMae: s.netEnergyMaeKWh ?? null,
    maeOver: isNum(s.forecastMaeGbpPerMWh) ? '' : ' (known once prices and readings are in)',
  }));
  const days = state.index.days;
  const settledDays = days.filter((e) => isNum(e.pnlGbp)).length;
  const counted = days.filter((e) => Number.isInteger(e.orders) && e.orders >= 0);
  const pending = counted.filter((e) => dayState(e) === 'submitted' || dayState(e) === 'planned');
  const decided = counted.filter((e) => !pending.includes(e));
  $('#headline-all-title').textContent = `All ${days.length} published market day${days.length === 1 ? '' : 's'}`
    + (days.length ? `, ${longDate(days[0].marketDay)} to ${longDate(days[days.length - 1].marketDay)}` : '');
  const withBound = days.filter((e) => isNum(e.valueAddedGbp) && isNum(e.boundValueAddedGbp));
  $('#headline-all').replaceChildren(...headlineKpis('all', {
    pnl: sumOf(days.map((e) => e.pnlGbp)),
    valueAdded: sumOf(days.map((e) => e.valueAddedGbp)),
    // the share over the days whose bound is known, so a day without it does not dilute the share
    bound: withBound.length ? sumOf(withBound.map((e) => e.boundValueAddedGbp)) : null,
    // only days awaiting prices: their orders are submitted, no fill is known yet (never "0 / 0")
    orders: !counted.length ? null : decided.length ? sumOf(decided.map((e) => e.orders)) ?? 0
      : sumOf(pending.map((e) => e.orders)) ?? 0,
    filled: counted.length ? sumOf(decided.map((e) => e.filledOrders)) ?? 0 : null,
    submittedOnly: counted.length > 0 && decided.length === 0,
    settled: `${settledDays} of ${days.length} days with settled hours`,
    priceMae: meanOf(days.map((e) => e.priceMaeGbpPerMWh)),
    energyMae: meanOf(days.map((e) => e.netEnergyMaeKWh)),
    maeOver: ', mean of the daily figures',
  }));
  const allShare = $('[data-kpi="all-boundShare"]');
  if (withBound.length && withBound.length < days.length) {
    allShare.querySelector('.sub').textContent += ` (over the ${withBound.length} days whose bound is known)`;
  }
  if (withBound.length) {
    const va = sumOf(withBound.map((e) => e.valueAddedGbp));
    const share = boundShare(va, sumOf(withBound.map((e) => e.boundValueAddedGbp)));
    allShare.querySelector('.value').textContent = pct(share);
    allShare.dataset.value = isNum(share) ? String(share) : '';
  }
  const fills = $('[data-kpi="all-fills"] .sub');
  if (pending.length && decided.length) {
    fills.textContent += `; ${pending.length} day${pending.length === 1 ? '' : 's'} awaiting prices not counted`;
  }
}

// ---- history: one row per published market day, sortable, narrowed by a date range, exported as CSV

const HISTORY_COLUMNS = ['marketDay', 'state', 'pnlGbp', 'valueAddedGbp', 'cumulativeValueAddedGbp',
  'priceMaeGbpPerMWh', 'netEnergyMaeKWh'];

const numOrNull = (v) => (isNum(v) ? v : null);

/** Every published day oldest first, with the running total of value added over all published days. */
function historyRows() {
  let cumulative = 0;
  let known = false;
  return state.index.days.map((e) => {
    if (isNum(e.valueAddedGbp)) {
      cumulative += e.valueAddedGbp;
      known = true;
    }
    return {
      marketDay: e.marketDay,
      state: stateText(e),
      pnlGbp: numOrNull(e.pnlGbp),
      valueAddedGbp: numOrNull(e.valueAddedGbp),
      // rounded to the penny's hundredth so float sums of the published figures do not show noise
      cumulativeValueAddedGbp: known ? Math.round(cumulative * 1e4) / 1e4 : null,
      priceMaeGbpPerMWh: numOrNull(e.priceMaeGbpPerMWh),
      netEnergyMaeKWh: numOrNull(e.netEnergyMaeKWh),
    };
  });
}

/** Sorts rows by a column: unknown values last whatever the direction, ties in date order. */
function sortRows(rows, { key, dir }, tie = 'marketDay') {
  const sign = dir === 'desc' ? -1 : 1;
  return rows.slice().sort((x, y) => {
    const a = x[key];
    const b = y[key];
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    const c = typeof a === 'number' ? a - b : String(a).localeCompare(String(b));
    return c !== 0 ? sign * c : String(x[tie]).localeCompare(String(y[tie]));
  });
}

/** Clicking (or Enter / Space on) a column's header button sorts by it; again reverses. */
function sortable(table, sortState, rerender) {
  table.querySelectorAll('th[data-sort] button').forEach((button) => {
    button.addEventListener('click', () => {
      const key = button.parentElement.dataset.sort;
      if (sortState.key === key) sortState.dir = sortState.dir === 'asc' ? 'desc' : 'asc';
      else {
        sortState.key = key;
        sortState.dir = key === 'marketDay' || key === 'strategy' || key === 'state' ? 'asc' : 'desc';
      }
      rerender();
    });
  });
}

function markSorted(table, { key, dir }) {
  table.querySelectorAll('th[data-sort]').forEach((th) => {
    if (th.dataset.sort === key) th.setAttribute('aria-sort', dir === 'asc' ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  });
}

function csvField(v) {
  if (v === null || v === undefined) return '';
  const t = String(v);
  return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

function numberCell(field, v, text, cls = '') {
  const td = document.createElement('td');
  td.dataset.field = field;
  td.dataset.value = isNum(v) ? String(v) : '';
  td.className = `num ${cls}`;
  td.textContent = text;
  return td;
}

function renderHistory() {
  const days = state.index.days;
  const from = $('#history-from');
  const to = $('#history-to');
  if (!from.value && days.length) from.value = days[0].marketDay;
  if (!to.value && days.length) to.value = days[days.length - 1].marketDay;
  for (const input of [from, to]) {
    input.min = days.length ? days[0].marketDay : '';
    input.max = days.length ? days[days.length - 1].marketDay : '';
  }
  const inRange = historyRows().filter((r) => (!from.value || r.marketDay >= from.value)
    && (!to.value || r.marketDay <= to.value));
  const shown = sortRows(inRange, state.historySort);
  state.historyShown = shown;
  state.historyRange = inRange;
  const money = (field, v) => numberCell(field, v, gbp(v), signClass(v));
  $('#history-table tbody').replaceChildren(...shown.map((r) => {
    const tr = document.createElement('tr');
    const day = document.createElement('td');
    day.dataset.field = 'marketDay';
    day.dataset.value = r.marketDay;
    const link = document.createElement('a');
    link.href = `#day=${r.marketDay}&tab=overview`;
    link.textContent = longDate(r.marketDay);
    day.append(link);
    const st = document.createElement('td');
    st.dataset.field = 'state';
    st.textContent = r.state;
    tr.append(day, st, money('pnlGbp', r.pnlGbp), money('valueAddedGbp', r.valueAddedGbp),
      money('cumulativeValueAddedGbp', r.cumulativeValueAddedGbp),
      numberCell('priceMaeGbpPerMWh', r.priceMaeGbpPerMWh, num(r.priceMaeGbpPerMWh)),
      numberCell('netEnergyMaeKWh', r.netEnergyMaeKWh, num(r.netEnergyMaeKWh, 1)));
    return tr;
  }));
  markSorted($('#history-table'), state.historySort);
  $('#history-count').textContent = `${shown.length} of ${days.length} published market day${days.length === 1 ? '' : 's'} shown`;
  const csv = [HISTORY_COLUMNS.join(','), ...shown.map((r) => HISTORY_COLUMNS.map((c) => csvField(r[c])).join(','))]
    .join('\r\n') + '\r\n';
  const download = $('#history-csv');
  download.href = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  download.download = `convergence-history-${from.value || 'all'}-to-${to.value || 'all'}.csv`;
  if (state.charts.has('history-value') || $('#tab-history').hidden === false) redraw('history-value');
}

// ---- strategy comparison: a backtest's strategies on one chart and in one table (data/backtest.json)

const BACKTEST_COLUMNS = ['strategy', 'value_days', 'value_added_gbp', 'bound_share', 'sharpe',
  'value_added_max_drawdown_gbp', 'worst_day_gbp', 'hit_rate', 'pnl_gbp'];

/** The backtest table's P&L cell of a strategy that settled no metered day. */
const NO_METERED_DAY = 'no metered day';

function renderBacktest() {
  const meta = $('#backtest-meta');
  const b = state.backtest;
  if (!b) {
    meta.textContent = state.backtestError ? `${state.backtestError.title || 'backtest.json'}: ${state.backtestError.text || state.backtestError.message}`
      : 'This folder holds no backtest.';
    $('#backtest-table tbody').replaceChildren();
    return;
  }
  const metered = b.days.filter((d) => d.metered).length;
  meta.textContent = `Backtest of ${longDate(b.from)} to ${longDate(b.to)}: ${b.days.length} market days settled`
    + ` (${metered} metered, ${b.days.length - metered} price-only), ${b.skipped.length} skipped. `
    + `The market days of this folder are strategy ${b.publishedStrategy}'s metered days. `
    + 'Value added counts every settled day; P&L the metered days only.';
  // P&L is a sum over the strategy's metered days: with none there is no P&L (not £0.00), and it sorts last
  const row = (s) => ({ ...Object.fromEntries(BACKTEST_COLUMNS.map((c) => [c, s[c] ?? null])),
    ...(s.days === 0 ? { pnl_gbp: null, noMeteredDay: true } : {}) });
  const rows = sortRows(b.strategies.map(row), state.backtestSort, 'strategy');
  const pctCell = (field, v) => numberCell(field, v, isNum(v) ? `${num(v * 100, 1)} %` : DASH, signClass(v, 3));
  $('#backtest-table tbody').replaceChildren(...rows.map((r) => {
    const tr = document.createElement('tr');
    const name = document.createElement('th');
    name.scope = 'row';
    name.dataset.field = 'strategy';
    name.textContent = r.strategy;
    if (r.strategy === b.publishedStrategy) name.title = 'the strategy whose days this folder publishes';
    tr.append(name, numberCell('value_days', r.value_days, String(r.value_days)),
      numberCell('value_added_gbp', r.value_added_gbp, gbp(r.value_added_gbp), signClass(r.value_added_gbp)),
      pctCell('bound_share', r.bound_share),
      numberCell('sharpe', r.sharpe, num(r.sharpe)),
      numberCell('value_added_max_drawdown_gbp', r.value_added_max_drawdown_gbp, gbp(r.value_added_max_drawdown_gbp)),
      numberCell('worst_day_gbp', r.worst_day_gbp, gbp(r.worst_day_gbp), signClass(r.worst_day_gbp)),
      numberCell('hit_rate', r.hit_rate, isNum(r.hit_rate) ? `${num(r.hit_rate * 100, 1)} %` : DASH),
      numberCell('pnl_gbp', r.pnl_gbp, r.noMeteredDay ? NO_METERED_DAY : gbp(r.pnl_gbp), signClass(r.pnl_gbp)));
    return tr;
  }));
  markSorted($('#backtest-table'), state.backtestSort);
}

// ---- prices: the market's limits and the grid cap, where prices and orders appear

function renderPriceNotes(d) {
  const limits = d.marketLimits;
  const negative = d.prices.filter((p) => isNum(p.clearingGbpPerMWh) && p.clearingGbpPerMWh < 0).length;
  const negativeImb = d.prices.filter((p) => isNum(p.imbalanceGbpPerMWh) && p.imbalanceGbpPerMWh < 0).length;
  const parts = [];
  if (negative || negativeImb) {
    parts.push(`Negative prices (marked ▼): ${negative} hour${negative === 1 ? '' : 's'} cleared below £0/MWh,`
      + ` ${negativeImb} with a negative imbalance price; below zero a seller pays and a buyer is paid.`);
  } else {
    parts.push('No hour of this day has a negative price (one would be marked ▼: a seller pays, a buyer is paid).');
  }
  const spreads = d.prices.map((p) => (isNum(p.clearingGbpPerMWh) && isNum(p.imbalanceGbpPerMWh)
    ? p.clearingGbpPerMWh - p.imbalanceGbpPerMWh : null)).filter(isNum);
  if (spreads.length) {
    const above = spreads.filter((v) => v > 0).length;
    const meanAbs = spreads.reduce((a, v) => a + Math.abs(v), 0) / spreads.length;
    parts.push(`The spread clearing − imbalance decides what trading adds: each MWh contracted as a sale earns it,`
      + ` each MWh contracted as a purchase pays it (the metered net settles at the imbalance price either way). Here it was positive in ${above} of ${spreads.length} hours`
      + ` (selling beyond the net paid), mean |spread| £${num(meanAbs, 2)}/MWh; the bars sum to the day's value added`
      + ' over not trading.');
  }
  if (limits) {
    parts.push(`Order limit prices must lie within the AIMLAC market's limits, £${num(limits.floorGbpPerMWh, 0)} to`
      + ` £${num(limits.capGbpPerMWh, 0)}/MWh; the imbalance price is not bound by them.`);
  }
  if (d.grid) {
    parts.push(`Order volumes are capped by the site's grid connection: export ${num(d.grid.exportCapacityMW, 3)} MW,`
      + ` import ${num(d.grid.importCapacityMW, 3)} MW, i.e. at most that many MWh per hour; the bound's value added`
      + ' is this cap × |clearing − imbalance|.');
  }
  for (const id of ['#prices-notes', '#bids-notes']) {
    const ul = $(id);
    ul.replaceChildren(...parts.map((t) => {
      const li = document.createElement('li');
      li.textContent = t;
      return li;
    }));
  }
}

function renderFailedRun(failure) {
  const banner = $('#run-failed');
  if (!failure) {
    banner.hidden = true;
    return;
  }
  $('#run-failed-title').textContent = `The latest run, for market day ${longDate(failure.marketDay)}, failed`;
  $('#run-failed-text').replaceChildren('At ', time(failure.failedAt), ` UTC: ${failure.message}. The days below are`
    + ' as last published; the next successful run or settlement of that day replaces this message.');
  banner.hidden = false;
}

function kpi(label, value, sub, cls = '') {
  const div = document.createElement('div');
  div.className = 'kpi';
  div.innerHTML = '<div class="label"></div><div class="value"></div><div class="sub"></div>';
  div.children[0].textContent = label;
  div.children[1].textContent = value;
  if (cls) div.children[1].classList.add(cls);
  div.children[2].textContent = sub;
  return div;
}

function withTitle(td, title) {
  td.title = title;
  return td;
}

/** A negative price's cell is marked ▼ (the value itself stays as published in data-value). */
function negativeMark(td) {
  const v = Number(td.dataset.value);
  if (td.dataset.value !== '' && v < 0) {
    td.classList.add('negative-price');
    td.title = 'Negative price: below zero a seller pays and a buyer is paid';
    const mark = document.createElement('span');
    mark.className = 'neg-mark';
    mark.setAttribute('aria-label', 'negative');
    mark.textContent = '▼ ';
    td.prepend(mark);
  }
  return td;
}

const FILL_TEXT = { filled: 'filled', not_filled: 'not filled', pending: 'awaiting price', no_order: 'no order' };

function renderBids(d) {
  const cell = (field, raw, text, cls = '') => {
    const td = document.createElement('td');
    td.dataset.field = field;
    td.dataset.value = raw === null || raw === undefined ? '' : String(raw);
    td.textContent = text;
    if (cls) td.className = cls;
    return td;
  };
  const rows = d.bids.map((b) => {
    const tr = document.createElement('tr');
    const side = document.createElement('td');
    side.dataset.field = 'side';
    side.dataset.value = b.side || '';
    if (b.side) {
      const span = document.createElement('span');
      span.className = `side ${b.side}`;
      span.textContent = b.side;
      side.append(span);
    } else {
      side.textContent = DASH;
    }
    tr.append(
      cell('hour', b.hour, String(b.hour)),
      withTitle(cell('start', b.start, `${hhmm(b.start)}–${hhmm(new Date(Date.parse(b.start) + 3600e3).toISOString())}`),
        `${ukTime(b.start)} – ${ukTime(new Date(Date.parse(b.start) + 3600e3).toISOString()).replace('UK time ', '')}`),
      side,
      cell('volumeMWh', b.volumeMWh, num(b.volumeMWh, 3), 'num'),
      cell('limitGbpPerMWh', b.limitGbpPerMWh, num(b.limitGbpPerMWh, 2), 'num'),
      negativeMark(cell('clearingGbpPerMWh', b.clearingGbpPerMWh, num(b.clearingGbpPerMWh, 2), 'num')),
      cell('fill', b.fill, FILL_TEXT[b.fill], `fill-${b.fill}`),
      cell('dayAheadCashGbp', b.dayAheadCashGbp, gbp(b.dayAheadCashGbp), `num ${signClass(b.dayAheadCashGbp)}`),
      cell('imbalanceCashGbp', b.imbalanceCashGbp, gbp(b.imbalanceCashGbp), `num ${signClass(b.imbalanceCashGbp)}`),
      cell('pnlGbp', b.pnlGbp, gbp(b.pnlGbp), `num ${signClass(b.pnlGbp)}`),
    );
    return tr;
  });
  $('#bids-table tbody').replaceChildren(...rows);
  const s = d.summary;
  const foot = document.createElement('tr');
  foot.innerHTML = '<td colspan="3">Day</td><td class="num"></td><td></td><td class="num"></td><td></td>'
    + '<td class="num"></td><td class="num"></td><td class="num"></td>';
  foot.children[1].textContent = `${num(s.soldMWh, 3)} sold / ${num(s.boughtMWh, 3)} bought`;
  foot.children[3].textContent = isNum(s.meanClearingGbpPerMWh) ? `mean ${num(s.meanClearingGbpPerMWh)}` : DASH;
  foot.children[4].textContent = dayState(d) === 'submitted' ? `${s.orders} submitted, awaiting prices`
    : `${s.filledOrders} / ${s.orders}`;
  foot.children[5].textContent = gbp(s.dayAheadCashGbp);
  foot.children[6].textContent = gbp(s.imbalanceCashGbp);
  foot.children[7].textContent = gbp(s.pnlGbp);
  foot.children[7].className = `num ${signClass(s.pnlGbp)}`;
  $('#bids-table tfoot').replaceChildren(foot);
}

// ---- wiring

function step(delta) {
  const days = state.index.days;
  const i = days.findIndex((d) => d.marketDay === $('#day-picker').value);
  const j = i + delta;
  if (i >= 0 && j >= 0 && j < days.length) writeHash(days[j].marketDay, state.tab);
}

function onResize() {
  for (const [name, u] of state.charts) {
    const el = document.querySelector(`.chart[data-chart="${name}"]`);
    if (el && el.clientWidth > 0 && Math.abs(el.clientWidth - u.width) > 4) {
      u.setSize({ width: Math.max(240, el.clientWidth), height: u.height });
    }
  }
}

document.querySelectorAll('.tabs button').forEach((b) => {
  b.addEventListener('click', () => writeHash($('#day-picker').value || readHash().day, b.dataset.tab));
});
$('#day-picker').addEventListener('change', (e) => writeHash(e.target.value, state.tab));
$('#prev-day').addEventListener('click', () => step(-1));
$('#history-from').addEventListener('change', () => renderHistory());
sortable($('#history-table'), state.historySort, () => renderHistory());
sortable($('#backtest-table'), state.backtestSort, () => renderBacktest());
// the tab list is one stop for Tab; arrows, Home and End move between the tabs shown (WAI-ARIA tabs pattern)
$('.tabs').addEventListener('keydown', (e) => {
  const shown = [...document.querySelectorAll('.tabs button')].filter((b) => !b.hidden);
  const i = shown.indexOf(document.activeElement);
  if (i < 0) return;
  const j = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: shown.length - 1 }[e.key];
  if (j === undefined) return;
  e.preventDefault();
  const next = shown[(j + shown.length) % shown.length];
  next.focus();
  next.click();
});
$('#history-to').addEventListener('change', () => renderHistory());
$('#next-day').addEventListener('click', () => step(1));
window.addEventListener('hashchange', () => route().catch(fail));
let resizeTimer = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(onResize, 100);
});
// A last resort: anything unexpected becomes a readable message rather than a blank page.
window.addEventListener('unhandledrejection', (e) => {
  e.preventDefault();
  fail(e.reason);
});

start().catch(fail);
