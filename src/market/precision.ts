/**
 * Decimal helpers for prices and quantities. Values travel on the wire as decimal strings on the
 * instrument's increments; inside the host they are doubles, converted with these functions.
 */
import { InvariantError } from './errors.js';

/** How {@link roundToIncrement} resolves a value between two grid points. */
export const RoundingMode = {
  nearest: 'nearest',
  down: 'down',
  up: 'up',
  /** Towards zero. */
  truncate: 'truncate',
} as const;
export type RoundingMode = (typeof RoundingMode)[keyof typeof RoundingMode];

const EPS = 1e-9;
const DECIMAL_RE = /^-?(\d+)(?:\.(\d+))?$/;

/** Number of digits after the decimal point in a decimal string ("0.010" -> 3). */
export function decimalPlaces(text: string): number {
  const m = DECIMAL_RE.exec(text);
  if (!m) throw new InvariantError('decimal', 'not a plain decimal string', text);
  return m[2]?.length ?? 0;
}

/** True when `text` is a plain decimal string such as "123", "-0.5", "46458.0". */
export function isDecimalString(text: string): boolean {
  return DECIMAL_RE.test(text);
}

/**
 * Parses a decimal string into an integer scaled by 10^scale, exactly. Returns null when the string
 * is not a plain decimal or has non-zero digits beyond `scale`.
 */
export function parseScaled(text: string, scale: number): bigint | null {
  const m = DECIMAL_RE.exec(text);
  if (!m) return null;
  const intPart = m[1] ?? '0';
  const frac = m[2] ?? '';
  if (frac.length > scale && /[1-9]/.test(frac.slice(scale))) return null;
  const fracPadded = frac.slice(0, scale).padEnd(scale, '0');
  const magnitude = BigInt(intPart + fracPadded);
  return text.startsWith('-') ? -magnitude : magnitude;
}

/**
 * True when the decimal string `value` is an exact multiple of the decimal string `increment`
 * (both parsed exactly, no floating point).
 */
export function isOnIncrement(value: string, increment: string): boolean {
  const scale = Math.max(decimalPlaces(increment), isDecimalString(value) ? decimalPlaces(value) : 0);
  const v = parseScaled(value, scale);
  const inc = parseScaled(increment, scale);
  if (v === null || inc === null || inc <= 0n) return false;
  return v % inc === 0n;
}

/** Formats `value` with exactly `precision` decimals; never prints "-0". */
export function formatFixed(value: number, precision: number): string {
  const text = value.toFixed(precision);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * Rounds `value` onto the grid of `increment` and returns a double carrying exactly `precision`
 * decimals. A value within 1e-9 increments of a grid point counts as on it (float noise).
 * @throws InvariantError when value is not finite or increment is not positive.
 */
export function roundToIncrement(value: number, increment: number, precision: number, mode: RoundingMode): number {
  if (!Number.isFinite(value)) throw new InvariantError('value', 'not a finite number', value);
  if (!(increment > 0)) throw new InvariantError('increment', 'not positive', increment);
  const units = value / increment;
  const nearest = Math.round(units);
  let n: number;
  if (Math.abs(units - nearest) < EPS) n = nearest;
  else if (mode === 'nearest') n = nearest;
  else if (mode === 'down') n = Math.floor(units);
  else if (mode === 'up') n = Math.ceil(units);
  else n = Math.trunc(units);
  return Number((n * increment).toFixed(precision));
}

/** True when `value` lies on the grid of `increment` within float noise (1e-9 increments). */
export function isOnGrid(value: number, increment: number): boolean {
  if (!Number.isFinite(value) || !(increment > 0)) return false;
  const units = value / increment;
  return Math.abs(units - Math.round(units)) < EPS;
}

/** Parses a decimal string into a double; empty string gives null. */
export function parseOptionalNumber(text: string | null | undefined): number | null {
  if (text === undefined || text === null || text === '') return null;
  const v = Number(text);
  if (!Number.isFinite(v)) throw new InvariantError('decimal', 'not a finite number', text);
  return v;
}
