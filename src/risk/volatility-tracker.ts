/**
 * Per-instrument volatility the risk engine reads (seed 000's "Layer 1" volatility features):
 * ATR (Nautilus AverageTrueRange), the mean ATR over a baseline window (for the `atr_ratio`
 * metric) and realized volatility, updated by the host with every bar before the strategy sees
 * it. Each instrument follows the first bar type it is fed; bars of other types are ignored, so
 * a strategy subscribing to two bar types cannot mix them. Values are null until warm.
 */
import { Atr, RealizedVol } from '../market/index.js';
import type { Bar } from '../strategy/index.js';
import type { VolatilityConfig } from './config.js';

/** What the tracker knows about one instrument. */
export interface VolatilitySnapshot {
  /** ATR, price units; null before atr_period bars. */
  readonly atr: number | null;
  /** Mean of the last atr_baseline_period ATR values; null until that many exist. */
  readonly atrBaseline: number | null;
  /** Realized volatility per bar (fraction); null before realized_vol_period returns. */
  readonly realizedVol: number | null;
  /** Bars fed for this instrument. */
  readonly bars: number;
}

const EMPTY: VolatilitySnapshot = { atr: null, atrBaseline: null, realizedVol: null, bars: 0 };

class InstrumentVolatility {
  readonly atr: Atr;
  readonly vol: RealizedVol;
  private readonly baseline: Float64Array;
  private baselineCount = 0;
  private baselineNext = 0;
  private baselineSum = 0;
  bars = 0;

  constructor(
    readonly barType: string,
    cfg: VolatilityConfig,
  ) {
    this.atr = new Atr(cfg.atr_period);
    this.vol = new RealizedVol(cfg.realized_vol_period);
    this.baseline = new Float64Array(cfg.atr_baseline_period);
  }

  update(bar: Bar): void {
    this.bars += 1;
    this.atr.update(bar.high, bar.low, bar.close);
    this.vol.update(bar.close);
    if (!this.atr.initialized) return;
    const n = this.baseline.length;
    if (this.baselineCount === n) this.baselineSum -= this.baseline[this.baselineNext] ?? 0;
    else this.baselineCount += 1;
    this.baseline[this.baselineNext] = this.atr.value;
    this.baselineSum += this.atr.value;
    this.baselineNext = (this.baselineNext + 1) % n;
    // Recompute the sum once per window to keep rounding drift bounded.
    if (this.baselineNext === 0) {
      let sum = 0;
      for (let i = 0; i < this.baselineCount; i++) sum += this.baseline[i] ?? 0;
      this.baselineSum = sum;
    }
  }

  snapshot(): VolatilitySnapshot {
    return {
      atr: this.atr.initialized ? this.atr.value : null,
      atrBaseline: this.baselineCount === this.baseline.length ? this.baselineSum / this.baselineCount : null,
      realizedVol: this.vol.initialized ? this.vol.value : null,
      bars: this.bars,
    };
  }
}

/** Volatility per instrument, fed with bars; see the module comment. */
export class VolatilityTracker {
  private readonly byInstrument = new Map<string, InstrumentVolatility>();

  constructor(private readonly config: VolatilityConfig) {}

  /** Feeds one bar (call before the strategy's onBar so the risk check sees the same bar). */
  onBar(bar: Bar): void {
    let v = this.byInstrument.get(bar.instrumentId);
    if (!v) {
      v = new InstrumentVolatility(bar.barType, this.config);
      this.byInstrument.set(bar.instrumentId, v);
    }
    if (v.barType === bar.barType) v.update(bar);
  }

  /** The instrument's current volatility (all null before its first bar). */
  snapshot(instrumentId: string): VolatilitySnapshot {
    return this.byInstrument.get(instrumentId)?.snapshot() ?? EMPTY;
  }
}
