/**
 * The trading day a timestamp belongs to, in a configurable IANA time zone (UTC by default): the
 * session limits reset when it changes. Uses the platform's time-zone data, not the wall clock.
 */
import { InvariantError } from '../market/index.js';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date of `tsMs` in `timeZone`, as `YYYY-MM-DD`.
 * @throws InvariantError when tsMs is not finite or the time zone is unknown.
 */
export function tradingDayOf(tsMs: number, timeZone = 'UTC'): string {
  if (!Number.isFinite(tsMs)) throw new InvariantError('tsMs', 'not a finite number', tsMs);
  if (timeZone === 'UTC') return utcDay(tsMs);
  const parts = formatterFor(timeZone).formatToParts(new Date(tsMs));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// The last UTC day formatted: the session limits ask on every bar, and a day has 1,440 of them
// (formatting a Date each time was the largest single cost of the controls on bars, measured).
let lastDay = Number.NaN;
let lastDayText = '';

function utcDay(tsMs: number): string {
  const day = Math.floor(tsMs / DAY_MS);
  if (day !== lastDay) {
    lastDayText = new Date(day * DAY_MS).toISOString().slice(0, 10);
    lastDay = day;
  }
  return lastDayText;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hourCycle: 'h23' });
    } catch (cause) {
      throw new InvariantError('timezone', 'not an IANA time zone', timeZone, { cause });
    }
    formatters.set(timeZone, f);
  }
  return f;
}
