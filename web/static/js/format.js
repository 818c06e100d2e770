// Number and time formatting. Unknown values (null) show as an em dash, never as 0.

export const DASH = '—';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function isNum(v) {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A number with a fixed number of decimals and thousands separators, or a dash. */
export function num(v, decimals = 2) {
  if (!isNum(v)) return DASH;
  const s = Math.abs(v).toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return (v < 0 && Number(s.replace(/,/g, '')) !== 0 ? '−' : '') + s;
}

/** Pounds with sign: £1,234.56 or −£12.30. */
export function gbp(v, decimals = 2) {
  if (!isNum(v)) return DASH;
  const s = num(Math.abs(v), decimals);
  return (v < 0 && s !== num(0, decimals) ? '−£' : '£') + s;
}

/** 'pos' or 'neg' by the sign of the value as shown with `decimals` decimals ('' when it shows as zero). */
export function signClass(v, decimals = 2) {
  if (!isNum(v)) return '';
  const shown = Number(v.toFixed(decimals));
  return shown === 0 ? '' : shown > 0 ? 'pos' : 'neg';
}

const pad = (n) => String(n).padStart(2, '0');

/** 23:00 (UTC) of an ISO instant. */
export function hhmm(iso) {
  const d = new Date(iso);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** 21 Mar 23:00 (UTC). */
export function dayTime(iso) {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${hhmm(iso)}`;
}

/** Mon 22 Mar 2022 from 2022-03-22. */
export function longDate(isoDate) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  return `${wd} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Seconds since the epoch of an ISO instant (uPlot's x values). */
export function epoch(iso) {
  return Date.parse(iso) / 1000;
}

const UK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  timeZoneName: 'short',
});

/** The UK local time of an ISO instant, for hover titles: "UK time 22 Mar, 00:00 GMT". */
export function ukTime(iso) {
  return `UK time ${UK.format(new Date(iso))}`;
}
