import { describe, expect, it } from 'vitest';
import { createFeatureRow, EigenVelocityEngine, jacobiEigenvalues, type FeatureRow } from '../../../src/features/index.js';
import { createRng } from '../../../src/market/index.js';

/** Prices of n assets following a one-factor model with correlation rho(t). */
function factorPrices(n: number, bars: number, rho: (t: number) => number, seed = 1): Float64Array[] {
  const rng = createRng(seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  const rows: Float64Array[] = [];
  const logp = new Float64Array(n).fill(Math.log(100));
  for (let t = 0; t < bars; t++) {
    const r = rho(t);
    const f = normal();
    for (let i = 0; i < n; i++) logp[i] = (logp[i] as number) + 0.001 * (Math.sqrt(r) * f + Math.sqrt(1 - r) * normal());
    rows.push(Float64Array.from(logp, (x) => Math.exp(x)));
  }
  return rows;
}

/** lambda_max / n of the Pearson correlation of the last w log returns, by Jacobi. */
function explicitLevel(rows: Float64Array[], w: number): number {
  const n = (rows[0] as Float64Array).length;
  const t = rows.length;
  const ret: number[][] = [];
  for (let k = t - w; k < t; k++) ret.push(Array.from({ length: n }, (_, i) => Math.log(((rows[k] as Float64Array)[i] as number) / ((rows[k - 1] as Float64Array)[i] as number))));
  const mean = Array.from({ length: n }, (_, i) => ret.reduce((s, r) => s + (r[i] as number), 0) / w);
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    let s = 0;
    for (const r of ret) s += ((r[i] as number) - (mean[i] as number)) * ((r[j] as number) - (mean[j] as number));
    c[i * n + j] = s / w;
  }
  const corr = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) corr[i * n + j] = (c[i * n + j] as number) / Math.sqrt((c[i * n + i] as number) * (c[j * n + j] as number));
  return (jacobiEigenvalues(corr, n)[0] as number) / n;
}

function run(engine: EigenVelocityEngine, rows: Float64Array[]): FeatureRow[] {
  return rows.map((p) => {
    const out = createFeatureRow();
    engine.update(p, out);
    return out;
  });
}

const small = [5, 10, 20, 40] as const;

describe('EigenVelocityEngine', () => {
  it('gives the normalised top eigenvalue of the rolling correlation matrix', () => {
    const rows = factorPrices(6, 120, () => 0.5);
    const engine = new EigenVelocityEngine({ nAssets: 6, windows: small, iterations: 200 });
    const out = run(engine, rows);
    const last = out[out.length - 1] as FeatureRow;
    expect(last.instability50).toBeCloseTo(explicitLevel(rows, 5), 8);
    expect(last.instability150).toBeCloseTo(explicitLevel(rows, 10), 8);
  });

  it('stays within 1e-3 of the exact level with the default 3 warm iterations', () => {
    const rows = factorPrices(8, 300, (t) => (t < 150 ? 0.2 : 0.8), 3);
    const out = run(new EigenVelocityEngine({ nAssets: 8, windows: small }), rows);
    expect(Math.abs((out[299] as FeatureRow).instability150 - explicitLevel(rows, 10))).toBeLessThan(1e-3);
  });

  it('keeps the rolling sums exact over many windows (periodic recompute)', () => {
    const rows = factorPrices(4, 2000, (t) => 0.3 + 0.3 * Math.sin(t / 50), 5);
    const out = run(new EigenVelocityEngine({ nAssets: 4, windows: small, iterations: 200 }), rows);
    expect((out[1999] as FeatureRow).instability50).toBeCloseTo(explicitLevel(rows, 5), 8);
  });

  it('gives NaN until a window is full and one more bar has passed', () => {
    const out = run(new EigenVelocityEngine({ nAssets: 3, windows: small }), factorPrices(3, 50, () => 0.5));
    expect((out[5] as FeatureRow).v50).toBeNaN();
    expect((out[6] as FeatureRow).v50).not.toBeNaN();
    expect((out[40] as FeatureRow).v750).toBeNaN();
    expect((out[41] as FeatureRow).v750).not.toBeNaN();
    expect((out[40] as FeatureRow).velDiv).toBeNaN();
  });

  it('defines vel_div as v50 - v750 and the velocity as the change of the level', () => {
    const out = run(new EigenVelocityEngine({ nAssets: 4, windows: small, iterations: 100 }), factorPrices(4, 100, () => 0.4));
    const a = out[80] as FeatureRow;
    const b = out[81] as FeatureRow;
    expect(b.velDiv).toBeCloseTo(b.v50 - b.v750, 15);
    expect(b.v50).toBeCloseTo(b.instability50 - a.instability50, 12);
  });

  it('reads a correlation surge as positive short-window velocity and negative vel_div at its decay', () => {
    const rows = factorPrices(10, 600, (t) => (t >= 300 && t < 340 ? 0.95 : 0.05), 9);
    const out = run(new EigenVelocityEngine({ nAssets: 10, windows: [20, 60, 120, 240] }), rows);
    const sum = (from: number, to: number, f: (r: FeatureRow) => number): number => out.slice(from, to).reduce((s, r) => s + f(r), 0);
    expect(sum(300, 320, (r) => r.v50)).toBeGreaterThan(0.2);
    expect(sum(340, 362, (r) => r.velDiv)).toBeLessThan(-0.2);
  });

  it('gives level 1 for perfectly correlated assets', () => {
    const base = factorPrices(1, 40, () => 1);
    const rows = base.map((p) => Float64Array.from([p[0] as number, 2 * (p[0] as number), 3 * (p[0] as number)]));
    const out = run(new EigenVelocityEngine({ nAssets: 3, windows: small }), rows);
    expect((out[39] as FeatureRow).instability50).toBeCloseTo(1, 9);
  });

  it('uses only the first maxAssets columns', () => {
    const engine = new EigenVelocityEngine({ nAssets: 10, maxAssets: 4 });
    expect(engine.assetsUsed).toBe(4);
  });

  it('rejects a window shorter than 2', () => {
    expect(() => new EigenVelocityEngine({ nAssets: 2, windows: [1, 2, 3, 4] })).toThrow(/invalid window/);
  });
});
