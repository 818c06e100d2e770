// Loading and checking the published JSON (schema: docs/dashboard-data.md). Every failure becomes a DataError
// whose title and text are shown on the page as they are.

export const SCHEMA_VERSION = 1;

export class DataError extends Error {
  /** kind: 'error', or 'info' for a normal state such as nothing published yet. */
  constructor(title, text, kind = 'error') {
    super(`${title}: ${text}`);
    this.name = 'DataError';
    this.title = title;
    this.text = text;
    this.kind = kind;
  }
}

async function fetchJson(path, what) {
  let response;
  try {
    response = await fetch(path, { cache: 'no-store' });
  } catch (e) {
    throw new DataError('The dashboard server cannot be reached',
      `Loading ${path} failed (${e.message}). Check that "./convergence serve" is still running, then reload.`);
  }
  if (response.status === 404) {
    throw new DataError(what.missingTitle, `${path} was not found (HTTP 404). ${what.missingHint}`,
      what.missingKind || 'error');
  }
  if (!response.ok) {
    throw new DataError(`${path} could not be loaded`, `The server answered HTTP ${response.status}.`);
  }
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataError(`${path} is not valid dashboard data`,
      `The file is not valid JSON: ${e.message}. It may have been cut off while being written; publishing the`
      + ' market day again replaces it.');
  }
}

export async function loadIndex() {
  const path = 'data/index.json';
  const json = await fetchJson(path, {
    missingTitle: 'No market days have been published yet',
    missingKind: 'info',
    missingHint: 'Each daily run ("./convergence run") publishes its market day there; '
      + '"./convergence serve --data DIR" serves another directory.',
  });
  const problems = new Checker(path);
  problems.schema(json, 'convergence-dashboard-index');
  if (problems.ok()) {
    problems.array(json, 'days', (d, p) => {
      problems.date(d, 'marketDay', p);
      problems.string(d, 'file', p);
      problems.oneOf(d, 'status', ['forecast', 'cleared', 'settled'], p);
      if (d.state !== undefined) problems.oneOf(d, 'state', ['planned', 'submitted', 'cleared', 'settled'], p);
      if (d.valueAddedGbp !== undefined) problems.numberOrNull(d, 'valueAddedGbp', p);
      for (const f of ['priceMaeGbpPerMWh', 'netEnergyMaeKWh']) if (d[f] !== undefined) problems.numberOrNull(d, f, p);
      problems.numberOrNull(d, 'pnlGbp', p);
      problems.numberOrNull(d, 'carbonSavedKgCo2', p);
    });
  }
  if (problems.ok() && json.source !== undefined) problems.oneOf(json, 'source', SOURCES, '');
  if (problems.ok() && json.failedRun !== undefined && json.failedRun !== null) {
    problems.object(json, 'failedRun', '');
    if (problems.ok()) {
      problems.date(json.failedRun, 'marketDay', 'failedRun');
      problems.instant(json.failedRun, 'failedAt', 'failedRun');
      problems.string(json.failedRun, 'message', 'failedRun');
    }
  }
  problems.throwIfAny();
  return json;
}

/** Where published data comes from (index.json and day files "source"; older files: live). */
export const SOURCES = ['live', 'replay', 'backtest'];

/** data/backtest.json, the strategy comparison of a backtest's folder (docs/dashboard-data.md). */
export async function loadBacktest() {
  const path = 'data/backtest.json';
  const json = await fetchJson(path, {
    missingTitle: 'The backtest comparison has not been published',
    missingKind: 'info',
    missingHint: '"./convergence backtest --dashboard DIR" writes it when the backtest ends.',
  });
  const c = new Checker(path);
  c.schema(json, 'convergence-dashboard-backtest');
  if (c.ok()) {
    c.date(json, 'from', '');
    c.date(json, 'to', '');
    c.string(json, 'publishedStrategy', '');
    c.array(json, 'days', (d, at) => {
      c.date(d, 'marketDay', at);
      c.numberOrNull(d, 'boundValueAddedGbp', at);
    });
    c.array(json, 'strategies', (s, at) => {
      c.string(s, 'strategy', at);
      for (const f of ['value_added_gbp', 'bound_share', 'sharpe', 'value_added_max_drawdown_gbp', 'worst_day_gbp',
        'hit_rate', 'pnl_gbp']) c.numberOrNull(s, f, at);
      c.array(s, 'daily_value_added_gbp', (v, vAt) => c.add(`${vAt} must be a number`),
        Array.isArray(json.days) ? json.days.length : undefined, `${at}.`, true);
    });
  }
  c.throwIfAny();
  return json;
}

export async function loadDay(entry) {
  const path = `data/${entry.file}`;
  const json = await fetchJson(path, {
    missingTitle: `The data of market day ${entry.marketDay} is missing`,
    missingHint: 'The index lists this day but its file has not been published (or was removed). '
      + 'Choose another market day, or publish this one again.',
  });
  const c = new Checker(path);
  c.schema(json, 'convergence-dashboard-day');
  if (c.ok()) {
    if (json.marketDay !== entry.marketDay) {
      c.add(`"marketDay" is ${JSON.stringify(json.marketDay)}, but the index says ${entry.marketDay}`);
    }
    for (const f of ['deliveryStart', 'deliveryEnd', 'gateClosure', 'generatedAt']) c.instant(json, f, '');
    c.object(json, 'summary', '');
    c.array(json, 'prices', (p, at) => {
      c.hour(p, at);
      c.instant(p, 'start', at);
      for (const f of ['forecastGbpPerMWh', 'clearingGbpPerMWh', 'imbalanceGbpPerMWh']) c.numberOrNull(p, f, at);
      c.array(p, 'quantiles', (q, qa) => { c.number(q, 'level', qa); c.numberOrNull(q, 'gbpPerMWh', qa); }, undefined, `${at}.`);
    }, 24);
    c.array(json, 'energy', (e, at) => {
      c.instant(e, 'start', at);
      c.energy(e, 'forecast', at, false);
      c.energy(e, 'actual', at, true);
    }, 48);
    if (json.weather !== null && json.weather !== undefined) {
      c.array(json.weather, 'samples', (s, at) => {
        c.instant(s, 'start', at);
        for (const f of ['airTemperatureC', 'windSpeedMps', 'ghiWm2', 'dniWm2', 'dhiWm2', 'cloudCoverPct']) c.numberOrNull(s, f, at);
      }, undefined, 'weather.');
    }
    c.array(json, 'solarPosition', (s, at) => {
      c.instant(s, 'time', at);
      c.number(s, 'zenithDeg', at);
      c.number(s, 'azimuthDeg', at);
    });
    c.array(json, 'bids', (b, at) => {
      c.hour(b, at);
      c.instant(b, 'start', at);
      if (b.side !== null && b.side !== 'BUY' && b.side !== 'SELL') c.add(`${at}.side must be "BUY", "SELL" or null`);
      c.oneOf(b, 'fill', ['no_order', 'pending', 'filled', 'not_filled'], at);
      for (const f of ['volumeMWh', 'limitGbpPerMWh', 'clearingGbpPerMWh', 'contractedNetMWh', 'actualNetMWh',
        'dayAheadCashGbp', 'imbalanceCashGbp', 'pnlGbp']) c.numberOrNull(b, f, at);
    }, 24);
    c.array(json, 'cumulativePnl', (p, at) => {
      c.hour(p, at);
      c.numberOrNull(p, 'pnlGbp', at);
      c.numberOrNull(p, 'cumulativeGbp', at);
    }, 24);
    c.array(json, 'carbon', (r, at) => {
      c.hour(r, at);
      for (const f of ['intensityGCo2PerKWh', 'generationMWh', 'savedKgCo2']) c.numberOrNull(r, f, at);
    });
    if (Array.isArray(json.carbon) && json.carbon.length !== 0 && json.carbon.length !== 24) {
      c.add(`"carbon" must have 0 or 24 rows, has ${json.carbon.length}`);
    }
  }
  c.throwIfAny();
  return json;
}

/** Collects every problem of a file, so one message names them (the first few). */
class Checker {
  constructor(path) {
    this.path = path;
    this.problems = [];
  }

  add(problem) { this.problems.push(problem); }
  ok() { return this.problems.length === 0; }

  throwIfAny() {
    if (this.ok()) return;
    const shown = this.problems.slice(0, 5).map((p) => `• ${p}`).join('\n');
    const more = this.problems.length > 5 ? `\n… and ${this.problems.length - 5} more problems.` : '';
    throw new DataError(`${this.path} is not valid dashboard data`,
      `It does not match schema version ${SCHEMA_VERSION} (docs/dashboard-data.md):\n${shown}${more}`);
  }

  schema(json, name) {
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      this.add(`the file must hold a JSON object, holds ${json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json}`);
    } else if (json.schema !== name) {
      this.add(`"schema" must be "${name}", is ${JSON.stringify(json.schema)}`);
    } else if (json.schemaVersion !== SCHEMA_VERSION) {
      throw new DataError(`${this.path} has schema version ${JSON.stringify(json.schemaVersion)}`,
        `This dashboard reads version ${SCHEMA_VERSION}. Reload the page to get the dashboard that matches the data.`);
    }
  }

  /** An array of objects (or, with numbers, of numbers: each() is then called for the items that are not). */
  array(o, field, each, length, prefix = '', numbers = false) {
    const a = o[field];
    if (!Array.isArray(a)) {
      this.add(`"${prefix}${field}" must be an array, is ${a === undefined ? 'missing' : JSON.stringify(a)}`);
      return;
    }
    if (length !== undefined && a.length !== length) this.add(`"${prefix}${field}" must have ${length} rows, has ${a.length}`);
    a.forEach((item, i) => {
      const at = `${prefix}${field}[${i}]`;
      if (numbers) {
        if (typeof item !== 'number') each(item, at);
      } else if (item === null || typeof item !== 'object') this.add(`${at} must be an object`);
      else each(item, at);
    });
  }

  object(o, field, at) {
    if (o[field] === null || typeof o[field] !== 'object') this.add(`${at}${at ? '.' : ''}${field} must be an object`);
  }

  number(o, field, at) {
    if (typeof o[field] !== 'number') this.add(`${at}.${field} must be a number, is ${JSON.stringify(o[field])}`);
  }

  numberOrNull(o, field, at) {
    if (o[field] !== null && typeof o[field] !== 'number') {
      this.add(`${at}${at ? '.' : ''}${field} must be a number or null, is ${o[field] === undefined ? 'missing' : JSON.stringify(o[field])}`);
    }
  }

  string(o, field, at) {
    if (typeof o[field] !== 'string' || o[field] === '') this.add(`${at}.${field} must be a text`);
  }

  oneOf(o, field, values, at) {
    if (!values.includes(o[field])) this.add(`${at}.${field} must be one of ${values.join(', ')}, is ${JSON.stringify(o[field])}`);
  }

  date(o, field, at) {
    if (typeof o[field] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o[field])) {
      this.add(`${at}.${field} must be a date like 2022-03-22, is ${JSON.stringify(o[field])}`);
    }
  }

  instant(o, field, at) {
    if (typeof o[field] !== 'string' || Number.isNaN(Date.parse(o[field]))) {
      this.add(`${at}${at ? '.' : ''}${field} must be an ISO-8601 time, is ${JSON.stringify(o[field])}`);
    }
  }

  hour(o, at) {
    if (!Number.isInteger(o.hour) || o.hour < 1 || o.hour > 24) this.add(`${at}.hour must be 1..24, is ${JSON.stringify(o.hour)}`);
  }

  energy(o, field, at, nullable) {
    const e = o[field];
    if (e === null && nullable) return;
    if (e === null || typeof e !== 'object') {
      this.add(`${at}.${field} must be an object${nullable ? ' or null' : ''}`);
      return;
    }
    for (const f of ['windKWh', 'solarKWh', 'demandKWh', 'netKWh']) this.numberOrNull(e, f, `${at}.${field}`);
  }
}
