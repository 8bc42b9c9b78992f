import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BTCUSDT_PERP_BINANCE, instrumentFromSpec } from '../../../src/market/index.js';
import { PortfolioState, type ExecutionEvent, type OrderView } from '../../../src/strategy/index.js';

const BTC = instrumentFromSpec(BTCUSDT_PERP_BINANCE);
const ETH = instrumentFromSpec({ ...BTCUSDT_PERP_BINANCE, instrumentId: 'ETHUSDT-PERP.BINANCE' });
const IDS = [BTC.id, ETH.id];
const TERMINAL = new Set(['FILLED', 'CANCELED', 'EXPIRED', 'REJECTED', 'DENIED']);

type Op =
  | { op: 'track'; id: number; inst: number; qty: number }
  | { op: 'event'; id: number; kind: 'order-accepted' | 'order-canceled' | 'order-expired' | 'order-rejected' | 'order-denied' | 'order-triggered' }
  | { op: 'fill'; id: number; qty: number }
  | { op: 'refused'; id: number }
  | { op: 'read'; inst: number | null };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('track' as const), id: fc.nat(8), inst: fc.nat(1), qty: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    op: fc.constant('event' as const),
    id: fc.nat(8),
    kind: fc.constantFrom('order-accepted' as const, 'order-canceled' as const, 'order-expired' as const, 'order-rejected' as const, 'order-denied' as const, 'order-triggered' as const),
  }),
  fc.record({ op: fc.constant('fill' as const), id: fc.nat(8), qty: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant('refused' as const), id: fc.nat(8) }),
  fc.record({ op: fc.constant('read' as const), inst: fc.option(fc.nat(1), { nil: null }) }),
);

/** The definition: every tracked order, in first-tracked order, that is not terminal. */
function naiveOpen(all: Map<string, OrderView>, instrumentId: string | undefined): string[] {
  const out: string[] = [];
  for (const o of all.values()) if (!TERMINAL.has(o.status) && (instrumentId === undefined || o.instrumentId === instrumentId)) out.push(o.clientOrderId);
  return out;
}

describe('PortfolioState.openOrders', () => {
  it('lists exactly the non-terminal orders in tracking order, whatever happened before (property)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 400 }), fc.boolean(), (ops, sequentialIds) => {
        const p = new PortfolioState(new Map([[BTC.id, BTC], [ETH.id, ETH]]));
        // Every order ever tracked, read back through order(id): the reference for the naive scan.
        const seen = new Map<string, OrderView>();
        const name = (id: number): string => (sequentialIds ? `O-${String(id).padStart(6, '0')}` : `X${id}`);
        for (const o of ops) {
          if (o.op === 'track') {
            const id = name(o.id);
            p.trackNewOrder(id, IDS[o.inst] as string, 'BUY', 'LIMIT', o.qty / 1000, 50_000, null, false, []);
            // A Map keeps a re-set key in its first place, as the portfolio's id map does.
            seen.set(id, p.order(id) as OrderView);
          } else if (o.op === 'event') {
            p.apply({ kind: o.kind, clientOrderId: name(o.id), instrumentId: BTC.id, tsMs: 0 } as ExecutionEvent);
          } else if (o.op === 'fill') {
            p.applyFillValues(name(o.id), BTC.id, o.qty / 1000, 50_000);
          } else if (o.op === 'refused') {
            p.markRejected([name(o.id)]);
          } else {
            const inst = o.inst === null ? undefined : IDS[o.inst];
            expect(p.openOrders(inst).map((v) => v.clientOrderId)).toEqual(naiveOpen(seen, inst));
          }
        }
        expect(p.openOrders().map((v) => v.clientOrderId)).toEqual(naiveOpen(seen, undefined));
        for (const inst of IDS) expect(p.openOrders(inst).map((v) => v.clientOrderId)).toEqual(naiveOpen(seen, inst));
      }),
      { numRuns: 300 },
    );
  });

  it('stays bounded when never read: 10,000 orders filled one after the other leave no open order behind', () => {
    const p = new PortfolioState(new Map([[BTC.id, BTC]]));
    for (let k = 1; k <= 10_000; k++) {
      const id = `O-${String(k).padStart(6, '0')}`;
      p.trackNewOrder(id, BTC.id, 'BUY', 'MARKET', 0.01, null, null, false, []);
      p.applyFillValues(id, BTC.id, 0.01, 50_000);
    }
    p.trackNewOrder('O-010001', BTC.id, 'SELL', 'LIMIT', 0.01, 51_000, null, false, []);
    expect(p.openOrders().map((o) => o.clientOrderId)).toEqual(['O-010001']);
    expect((p as unknown as { openList: unknown[] }).openList.length).toBe(1);
    expect(p.order('O-000001')?.status).toBe('FILLED');
  });
});
