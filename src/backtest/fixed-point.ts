/**
 * Nautilus's fixed-point arithmetic, replicated bit for bit (1.221, high-precision build).
 *
 * Every Price, Quantity and Money is held here as an integer number of units at its precision
 * (46420.1 at precision 1 is 464201), exact in a double up to 2^53. Nautilus stores the same value
 * as a 128-bit raw integer scaled by 10^16 and converts with two rules this module reproduces:
 * - construction from a double (`Price(x, p)`, `Money(x, currency)`, the bar wrangler):
 *   raw = round_half_away_from_zero(x * 10^p) (crates/model/src/types/fixed.rs `f64_to_fixed_*`);
 * - `as_f64_c()` (model/objects.pyx:335): (double)raw / 1e16. That is NOT always the double
 *   nearest to the decimal (about a quarter of 0.1-step prices differ by one ulp), and Nautilus's
 *   double arithmetic (positions, fees, PnL) runs on these values, so we compute them the same way:
 *   units * 10^(16-p) is exact in a double product, then divided by 1e16 (exactly representable).
 * Decimal strings on the wire (`"46420.1"`) convert to the nearest double with `Number(text)`.
 */
import { InvariantError } from '../market/index.js';

/** 10^0 .. 10^22, all exactly representable. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

const FIXED_SCALAR = 1e16;

/** 10^p for a precision 0..16, as an exact double. */
export function pow10(p: number): number {
  const v = POW10[p];
  if (v === undefined) throw new InvariantError('precision', 'not within 0..22', p);
  return v;
}

/** Rust's f64::round: halves away from zero. */
export function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/**
 * Units of a value built from a double, as `Price(x, p)` / `Quantity(x, p)` / `Money(x, c)` do.
 * @param scale 10^precision (use {@link pow10}).
 */
export function unitsFromDouble(x: number, scale: number): number {
  return roundHalfAway(x * scale);
}

/**
 * The double Nautilus's `as_f64_c()` returns for `units` at a precision.
 * @param toRaw 10^(16 - precision) (use {@link rawFactor}).
 */
export function unitsToDouble(units: number, toRaw: number): number {
  return (units * toRaw) / FIXED_SCALAR;
}

/** 10^(16 - precision): the factor from units to Nautilus's raw scale. */
export function rawFactor(precision: number): number {
  return pow10(16 - precision);
}

/**
 * The matching core's sort key of a price (execution/matching_core.pyx `order_sort_key`, 1.221):
 * a C `int64_t` taken from the 128-bit raw (units x 10^(16 - precision)), i.e. its low 64 bits as a
 * signed integer. Raws above 2^63 (any price over ~922.3 at the 10^16 scale) wrap, so the core's
 * resting orders are in ascending order only within windows of 2^64 / 10^16 (~1844.67) price
 * units: a SELL stop at 37824.3 sorts before one at 37796.9 (wrapped negative), and when both
 * trigger on the same price point the first one's fill moves the bid past the second.
 * @param toRaw 10^(16 - precision) (use {@link rawFactor}).
 */
export function coreSortKey(units: number, toRaw: number): bigint {
  return BigInt.asIntN(64, BigInt(units) * BigInt(toRaw));
}

/** Formats units at a precision as Nautilus prints it ("46420.1", "0.010", "0.08355600"). */
export function formatUnits(units: number, precision: number): string {
  const negative = units < 0;
  const digits = String(negative ? -units : units);
  if (precision === 0) return negative && units !== 0 ? `-${digits}` : digits;
  const padded = digits.length > precision ? digits : '0'.repeat(precision + 1 - digits.length) + digits;
  const cut = padded.length - precision;
  const text = `${padded.slice(0, cut)}.${padded.slice(cut)}`;
  return negative ? `-${text}` : text;
}

let isoCacheMs = Number.NaN;
let isoCacheText = '';

/**
 * ISO-8601 UTC with nanoseconds for a whole-millisecond time, as Nautilus prints timestamps
 * ("2022-01-01T00:01:00.000000000Z"); the last value is cached (fills come in bursts per bar).
 */
export function isoFromMs(ms: number): string {
  if (ms !== isoCacheMs) {
    isoCacheMs = ms;
    isoCacheText = `${new Date(ms).toISOString().slice(0, 23)}000000Z`;
  }
  return isoCacheText;
}

/**
 * Parses a plain decimal string into units at `precision`.
 * @returns null when the text is not a plain decimal or has non-zero digits beyond the precision.
 */
export function parseUnits(text: string, precision: number): number | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const frac = m[3] ?? '';
  if (frac.length > precision && /[1-9]/.test(frac.slice(precision))) return null;
  const units = Number(`${m[2] ?? '0'}${frac.slice(0, precision).padEnd(precision, '0')}`);
  if (!Number.isSafeInteger(units)) return null;
  return m[1] === '-' ? -units : units;
}

/** Number of digits after the decimal point of a plain decimal string. */
export function decimalScale(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * Python's `round(x, n)` for a double: the exact binary value rounded to n decimals, ties to even,
 * read back as the nearest double. Used where Nautilus calls it (Position.signed_qty,
 * Instrument.make_price).
 */
export function pyRound(x: number, n: number): number {
  if (!Number.isFinite(x)) return x;
  const scale = pow10(n);
  const scaled = x * scale;
  const frac = Math.abs(scaled - Math.trunc(scaled));
  if (Math.abs(frac - 0.5) > 1e-6 && Math.abs(scaled) < 1e15) {
    // Far from a tie: the rounded integer is certain, and an exact integer divided by an exact
    // power of ten is the double nearest to the decimal, as Python's strtod gives.
    return roundHalfAway(scaled) / scale;
  }
  const text = x.toFixed(n);
  // toFixed breaks exact ties away from zero; only an exact binary tie can differ from Python.
  const exact = Math.abs(x).toFixed(Math.min(100, n + 80));
  const rest = exact.slice(exact.indexOf('.') + 1 + n);
  if (!/^50*$/.test(rest)) return Number(text);
  const down = Math.floor(Math.abs(scaled));
  const even = down % 2 === 0 ? down : down + 1;
  const magnitude = Number(formatUnits(even, n));
  return x < 0 ? -magnitude : magnitude;
}

/**
 * A decimal value N / 10^scale held exactly (for Nautilus's Decimal arithmetic on margins).
 * `num` is a bigint so products of money and rates stay exact.
 */
export interface ExactDecimal {
  readonly num: bigint;
  readonly scale: number;
}

/** Parses a plain decimal string exactly. @throws InvariantError when it is not one. */
export function exactDecimal(text: string): ExactDecimal {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new InvariantError('decimal', 'not a plain decimal string', text);
  const frac = m[3] ?? '';
  const num = BigInt(`${m[2] ?? '0'}${frac}`);
  return { num: m[1] === '-' ? -num : num, scale: frac.length };
}

const DECIMAL_PRECISION = 28;

/** Rounds an exact decimal to 28 significant digits, ties to even (Python's default Decimal context). */
function roundSignificant(d: ExactDecimal): ExactDecimal {
  const abs = d.num < 0n ? -d.num : d.num;
  const digits = abs.toString().length;
  if (digits <= DECIMAL_PRECISION) return d;
  const drop = digits - DECIMAL_PRECISION;
  const div = 10n ** BigInt(drop);
  let q = abs / div;
  const r = abs % div;
  const half = div / 2n;
  if (r > half || (r === half && q % 2n === 1n)) q += 1n;
  return { num: d.num < 0n ? -q : q, scale: d.scale - drop };
}

/** a * b with Decimal's 28-digit context. */
export function decimalMul(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  return roundSignificant({ num: a.num * b.num, scale: a.scale + b.scale });
}

/** a / b with Decimal's 28-digit context (ties to even). @throws InvariantError on division by zero. */
export function decimalDiv(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  if (b.num === 0n) throw new InvariantError('divisor', 'zero', 0);
  // Scale the dividend so the quotient carries at least 28 significant digits plus guard digits.
  const extra = DECIMAL_PRECISION + 2 + (b.num < 0n ? -b.num : b.num).toString().length;
  const num = a.num * 10n ** BigInt(extra + b.scale);
  const den = b.num;
  let q = num / den;
  const r = num % den;
  // Fold the remainder into a sticky digit so rounding to 28 digits sees "more than half".
  q = q * 10n + (r === 0n ? 0n : q < 0n || (num < 0n) !== (den < 0n) ? -1n : 1n);
  return roundSignificant({ num: q, scale: a.scale + extra + 1 });
}

/** The double Python's float(Decimal) gives (correctly rounded). */
export function decimalToDouble(d: ExactDecimal): number {
  const neg = d.num < 0n;
  const digits = (neg ? -d.num : d.num).toString();
  if (d.scale <= 0) return Number(`${neg ? '-' : ''}${digits}${'0'.repeat(-d.scale)}`);
  const padded = digits.padStart(d.scale + 1, '0');
  return Number(`${neg ? '-' : ''}${padded.slice(0, padded.length - d.scale)}.${padded.slice(padded.length - d.scale)}`);
}
