/**
 * A seeded generator of vbt_cache_klines days (no real file of that kind exists here). Same options,
 * same numbers, on every platform (src/market createRng; no wall clock).
 *
 * Model. A latent market regime moves through CALM -> BUILD -> ONSET -> (PANIC) -> RECOVERY ->
 * CALM as a Markov chain with mean durations in minutes (CALM lasts longer on stressed days). Each
 * regime sets:
 * - a target for vel_div, which follows it as an AR(1) with noise (CALM +0.002, BUILD -0.014,
 *   ONSET -0.034, PANIC -0.068, RECOVERY +0.012): ONSET crosses the -0.02 signal threshold and PANIC
 *   the -0.05 extreme threshold, CALM almost never does;
 * - the market factor's drift, volatility and the assets' correlation to it (ONSET and PANIC fall
 *   with high correlation, RECOVERY bounces), so a SHORT entered at the onset can reach its TP;
 * - the instability index target (instability_150 is a slow average of instability_50).
 * v750 wanders slowly around a per-day offset (so days fall both sides of the ACB w750 percentile),
 * v50 = vel_div + v750, and v150 / v300 lie between them. The features are generated from the
 * regime, not computed from the prices: src/features computes them from prices for live data.
 * Asset prices are log-normal with a one-factor correlation structure, betas in [0.8, 1.4], and
 * rounded to each instrument's tick. The first 48 columns carry real Binance perpetual names and
 * price levels (the seed's dataset had 48, BTCUSDT ... STXUSDT); further columns are `SYNnnnUSDT`
 * with levels log-uniform in [0.2, 300]. External factors per day follow a per-day stress level.
 */
import { createRng, roundToIncrement, type Rng } from '../market/index.js';
import type { InstrumentConfig } from '../backtest/venue-config.js';
import { vbtInstrumentConfig } from './vbt-instruments.js';
import { formatUtcDate, utcDateStartMs, VBT_DEFAULT_VENUE, type ExternalFactorRecord } from './vbt-schema.js';
import type { VbtDayColumns } from './vbt-writer.js';

/** Options of {@link SynthVbtGenerator}. */
export interface SynthVbtOptions {
  /** Number of asset columns, >= 1. */
  readonly assets: number;
  /** Number of days, >= 1. */
  readonly days: number;
  /** RNG seed (32-bit integer). */
  readonly seed: number;
  /** First date, `YYYY-MM-DD` (default 2024-01-01). */
  readonly start?: string;
  /** Bar length in seconds; must divide 86,400 (default 60: 1,440 rows per day). */
  readonly barSeconds?: number;
  readonly venue?: string;
}

/** Real names and approximate price levels (USDT) of 48 Binance USDT-margined perpetuals. */
export const SYNTH_KNOWN_ASSETS: ReadonlyArray<readonly [string, number]> = [
  ['BTCUSDT', 42000], ['ETHUSDT', 3200], ['BNBUSDT', 450], ['SOLUSDT', 95], ['XRPUSDT', 0.62],
  ['ADAUSDT', 0.55], ['AVAXUSDT', 36], ['DOTUSDT', 7.2], ['LINKUSDT', 15.5], ['LTCUSDT', 72],
  ['BCHUSDT', 240], ['TRXUSDT', 0.125], ['ATOMUSDT', 9.8], ['XLMUSDT', 0.12], ['ETCUSDT', 26],
  ['FILUSDT', 5.6], ['NEARUSDT', 3.1], ['APTUSDT', 8.9], ['ARBUSDT', 1.85], ['OPUSDT', 3.4],
  ['INJUSDT', 35], ['SUIUSDT', 1.45], ['SEIUSDT', 0.72], ['TIAUSDT', 16], ['AAVEUSDT', 92],
  ['UNIUSDT', 6.8], ['MKRUSDT', 2050], ['SNXUSDT', 3.6], ['CRVUSDT', 0.52], ['LDOUSDT', 2.9],
  ['RUNEUSDT', 4.6], ['EGLDUSDT', 58], ['ALGOUSDT', 0.19], ['ICPUSDT', 12.5], ['SANDUSDT', 0.48],
  ['MANAUSDT', 0.47], ['AXSUSDT', 7.4], ['ENSUSDT', 21], ['KAVAUSDT', 0.78], ['QNTUSDT', 108],
  ['COMPUSDT', 58], ['DYDXUSDT', 2.9], ['GMXUSDT', 48], ['IMXUSDT', 2.3], ['MINAUSDT', 1.1],
  ['WLDUSDT', 2.4], ['ORDIUSDT', 58], ['STXUSDT', 1.95],
];

const Regime = { calm: 0, build: 1, onset: 2, panic: 3, recovery: 4 } as const;
type Regime = (typeof Regime)[keyof typeof Regime];

interface RegimeSpec {
  readonly meanMin: number;
  readonly velDiv: number;
  readonly driftPerMin: number;
  readonly volPerMin: number;
  readonly rho: number;
  readonly instability: number;
}

const REGIMES: readonly RegimeSpec[] = [
  { meanMin: 180, velDiv: 0.002, driftPerMin: 0, volPerMin: 0.0008, rho: 0.35, instability: 0.25 },
  { meanMin: 20, velDiv: -0.014, driftPerMin: -0.00005, volPerMin: 0.001, rho: 0.5, instability: 0.4 },
  { meanMin: 25, velDiv: -0.034, driftPerMin: -0.0003, volPerMin: 0.0014, rho: 0.7, instability: 0.6 },
  { meanMin: 15, velDiv: -0.068, driftPerMin: -0.0005, volPerMin: 0.0022, rho: 0.85, instability: 0.8 },
  { meanMin: 40, velDiv: 0.012, driftPerMin: 0.00028, volPerMin: 0.0012, rho: 0.5, instability: 0.45 },
];

/** One synthetic asset. */
export interface SynthAsset {
  readonly column: string;
  readonly initialPrice: number;
  readonly beta: number;
  readonly idioScale: number;
  readonly instrument: InstrumentConfig;
}

function round(v: number, decimals: number): number {
  return Number(v.toFixed(decimals));
}

/** Generates the days of a synthetic vbt dataset one after the other; see the module comment. */
export class SynthVbtGenerator {
  readonly assets: readonly SynthAsset[];
  readonly dates: readonly string[];
  readonly externalFactors: Readonly<Record<string, ExternalFactorRecord>>;
  readonly barSeconds: number;
  readonly rowsPerDay: number;
  private readonly rng: Rng;
  private readonly stress: readonly number[];
  private readonly dayOffsetV750: readonly number[];
  private readonly logPrice: Float64Array;
  private readonly ticks: readonly number[];
  private readonly tickDecimals: readonly number[];
  private spare = NaN;
  private regime: Regime = Regime.calm;
  private velDiv = 0;
  private v750 = 0;
  private inst50 = 0.25;
  private inst150 = 0.25;
  private dayIndex = 0;
  private scan = 0;

  /** @throws Error for a non-positive asset or day count, a bad date or a bar length not dividing a day. */
  constructor(options: SynthVbtOptions) {
    const { assets, days } = options;
    if (!(Number.isInteger(assets) && assets >= 1)) throw new Error(`invalid assets, not an integer >= 1, was ${assets}`);
    if (!(Number.isInteger(days) && days >= 1)) throw new Error(`invalid days, not an integer >= 1, was ${days}`);
    const barSeconds = options.barSeconds ?? 60;
    if (!(Number.isInteger(barSeconds) && barSeconds >= 1 && 86_400 % barSeconds === 0)) {
      throw new Error(`invalid bar_seconds, not an integer dividing 86400, was ${barSeconds}`);
    }
    this.barSeconds = barSeconds;
    this.rowsPerDay = 86_400 / barSeconds;
    const start = utcDateStartMs(options.start ?? '2024-01-01');
    this.dates = Array.from({ length: days }, (_, d) => formatUtcDate(start + d * 86_400_000));
    this.rng = createRng(options.seed);
    const venue = options.venue ?? VBT_DEFAULT_VENUE;
    const list: SynthAsset[] = [];
    for (let i = 0; i < assets; i++) {
      const known = SYNTH_KNOWN_ASSETS[i];
      const column = known ? known[0] : `SYN${String(i + 1).padStart(3, '0')}USDT`;
      const level = known ? known[1] * (0.9 + 0.2 * this.rng.next()) : Math.exp(Math.log(0.2) + this.rng.next() * Math.log(300 / 0.2));
      const instrument = vbtInstrumentConfig(column, level, venue);
      const tick = Number(instrument.price_increment);
      const initialPrice = roundToIncrement(level, tick, instrument.price_precision, 'nearest');
      list.push({ column, initialPrice, beta: 0.8 + 0.6 * this.rng.next(), idioScale: 0.8 + 0.8 * this.rng.next(), instrument });
    }
    this.assets = list;
    this.ticks = list.map((a) => Number(a.instrument.price_increment));
    this.tickDecimals = list.map((a) => a.instrument.price_precision);
    this.logPrice = Float64Array.from(list, (a) => Math.log(a.initialPrice));
    const stress: number[] = [];
    const offsets: number[] = [];
    const factors: Record<string, ExternalFactorRecord> = {};
    for (const date of this.dates) {
      const s = this.rng.next();
      stress.push(s);
      offsets.push(0.003 * this.normal());
      factors[date] = {
        funding_btc: round(0.0001 - 0.00025 * s + 0.00004 * this.normal(), 8),
        dvol_btc: round(35 + 55 * s + 5 * this.normal(), 2),
        fng: Math.round(Math.min(100, Math.max(0, 75 - 60 * s + 6 * this.normal()))),
        taker: round(1.05 - 0.3 * s + 0.03 * this.normal(), 4),
      };
    }
    this.stress = stress;
    this.dayOffsetV750 = offsets;
    this.externalFactors = factors;
  }

  /** Standard normal draw (Box-Muller, the second value cached). */
  private normal(): number {
    if (!Number.isNaN(this.spare)) {
      const v = this.spare;
      this.spare = NaN;
      return v;
    }
    const u1 = 1 - this.rng.next();
    const u2 = this.rng.next();
    const r = Math.sqrt(-2 * Math.log(u1));
    this.spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  }

  private nextRegime(): Regime {
    switch (this.regime) {
      case Regime.calm:
        return Regime.build;
      case Regime.build:
        return this.rng.next() < 0.7 ? Regime.onset : Regime.calm;
      case Regime.onset:
        return this.rng.next() < 0.5 ? Regime.panic : Regime.recovery;
      case Regime.panic:
        return Regime.recovery;
      case Regime.recovery:
        return Regime.calm;
    }
  }

  /** True while days remain. */
  get hasNextDay(): boolean {
    return this.dayIndex < this.dates.length;
  }

  /**
   * Generates the next day's columns.
   * @throws Error when every day has been generated.
   */
  nextDay(): VbtDayColumns {
    const d = this.dayIndex;
    const date = this.dates[d];
    if (date === undefined) throw new Error('synthetic dataset exhausted');
    this.dayIndex += 1;
    const n = this.rowsPerDay;
    const nAssets = this.assets.length;
    const dayStart = utcDateStartMs(date);
    const barMs = this.barSeconds * 1000;
    const dtMin = this.barSeconds / 60;
    const sqrtDt = Math.sqrt(dtMin);
    const stress = this.stress[d] as number;
    const offset = this.dayOffsetV750[d] as number;
    const tsMs = new Float64Array(n);
    const scanNumber = new Float64Array(n);
    const features = Array.from({ length: 7 }, () => new Float64Array(n));
    const prices = Array.from({ length: nAssets }, () => new Float64Array(n));
    const alphaVd = 1 - Math.exp(-dtMin / 3);
    for (let i = 0; i < n; i++) {
      const spec = REGIMES[this.regime] as RegimeSpec;
      const meanMin = this.regime === Regime.calm ? spec.meanMin / (0.6 + 0.8 * stress) : spec.meanMin;
      if (this.rng.next() < 1 - Math.exp(-dtMin / meanMin)) this.regime = this.nextRegime();
      const r = REGIMES[this.regime] as RegimeSpec;
      this.velDiv += alphaVd * (r.velDiv - this.velDiv) + 0.005 * this.normal();
      this.v750 += 0.02 * (offset - this.v750) + 0.0004 * this.normal();
      const v50 = this.velDiv + this.v750;
      this.inst50 = Math.min(1, Math.max(0, this.inst50 + 0.1 * (r.instability - this.inst50) + 0.02 * this.normal()));
      this.inst150 += 0.03 * (this.inst50 - this.inst150);
      tsMs[i] = dayStart + i * barMs;
      this.scan += 1;
      scanNumber[i] = this.scan;
      (features[0] as Float64Array)[i] = this.velDiv;
      (features[1] as Float64Array)[i] = v50;
      (features[2] as Float64Array)[i] = this.v750 + 0.55 * (v50 - this.v750) + 0.001 * this.normal();
      (features[3] as Float64Array)[i] = this.v750 + 0.3 * (v50 - this.v750) + 0.0007 * this.normal();
      (features[4] as Float64Array)[i] = this.v750;
      (features[5] as Float64Array)[i] = this.inst50;
      (features[6] as Float64Array)[i] = this.inst150;
      const vol = r.volPerMin * sqrtDt;
      const market = r.driftPerMin * dtMin + Math.sqrt(r.rho) * vol * this.normal();
      const idio = Math.sqrt(1 - r.rho) * vol;
      for (let k = 0; k < nAssets; k++) {
        const a = this.assets[k] as SynthAsset;
        const lp = (this.logPrice[k] as number) + a.beta * market + idio * a.idioScale * this.normal();
        this.logPrice[k] = lp;
        const tick = this.ticks[k] as number;
        (prices[k] as Float64Array)[i] = Math.max(tick, roundToIncrement(Math.exp(lp), tick, this.tickDecimals[k] as number, 'nearest'));
      }
    }
    return { date, tsMs, scanNumber, features, assets: this.assets.map((a) => a.column), prices };
  }
}
