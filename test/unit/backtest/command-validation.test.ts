import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand, type ValidationState } from '../../../src/backtest/command-validation.js';
import { simInstrument, type SimInstrument } from '../../../src/backtest/sim-instrument.js';
import { instrumentConfigSchema, instrumentSpecFromConfig, type InstrumentConfig } from '../../../src/backtest/venue-config.js';
import { instrumentFromSpec } from '../../../src/market/index.js';
import type { Command } from '../../../src/strategy/index.js';

interface TableState {
  last_prices: Record<string, string>;
  positions: Record<string, string>;
  orders: Array<{ client_order_id: string; instrument_id: string; order_type: string; open: boolean }>;
  seen_command_ids: string[];
  fail_safe_active: boolean;
  trading_state_settable: boolean;
}

interface Table {
  instruments: unknown[];
  default_state: TableState;
  cases: Array<{ name: string; state?: Partial<TableState>; command: Record<string, unknown>; expected: { accepted: boolean; code?: string } }>;
}

const table = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'golden', 'validation', 'commands.json'), 'utf8')) as Table;

const instruments = new Map<string, SimInstrument>(
  table.instruments.map((raw, k) => {
    const c: InstrumentConfig = instrumentConfigSchema.parse(raw);
    return [c.instrument_id, simInstrument(instrumentFromSpec(instrumentSpecFromConfig(c, 1)), k + 1, c)];
  }),
);

const strip = (prefix: string, v: unknown): string => (typeof v === 'string' && v.startsWith(prefix) && !v.endsWith('UNSPECIFIED') ? v.slice(prefix.length) : '');
const nsToMs = (v: unknown): number => (v === undefined ? 0 : Number(BigInt(String(v)) / 1_000_000n) || (BigInt(String(v)) > 0n ? 1 : 0));

/** proto3 JSON Command -> the SDK's Command (enums without their prefix; unset = empty). */
function toCommand(json: Record<string, unknown>): Command {
  const commandId = String(json['commandId'] ?? '');
  const body = (k: string): Record<string, unknown> => json[k] as Record<string, unknown>;
  const s = (o: Record<string, unknown>, k: string): string => String(o[k] ?? '');
  const tags = (o: Record<string, unknown>, k = 'tags'): string[] => (o[k] as string[] | undefined) ?? [];
  if (json['submitMarket']) {
    const o = body('submitMarket');
    return { kind: 'submit-market', commandId, instrumentId: s(o, 'instrumentId'), side: strip('ORDER_SIDE_', o['side']) as 'BUY', quantity: s(o, 'quantity'), timeInForce: strip('TIME_IN_FORCE_', o['timeInForce']) as 'GTC', reduceOnly: o['reduceOnly'] === true, clientOrderId: s(o, 'clientOrderId'), tags: tags(o) };
  }
  if (json['submitLimit']) {
    const o = body('submitLimit');
    return { kind: 'submit-limit', commandId, instrumentId: s(o, 'instrumentId'), side: strip('ORDER_SIDE_', o['side']) as 'BUY', quantity: s(o, 'quantity'), price: s(o, 'price'), timeInForce: strip('TIME_IN_FORCE_', o['timeInForce']) as 'GTC', postOnly: o['postOnly'] === true, reduceOnly: o['reduceOnly'] === true, expireTimeMs: nsToMs(o['expireTimeNs']), clientOrderId: s(o, 'clientOrderId'), tags: tags(o) };
  }
  if (json['submitStopMarket']) {
    const o = body('submitStopMarket');
    return { kind: 'submit-stop-market', commandId, instrumentId: s(o, 'instrumentId'), side: strip('ORDER_SIDE_', o['side']) as 'BUY', quantity: s(o, 'quantity'), triggerPrice: s(o, 'triggerPrice'), timeInForce: strip('TIME_IN_FORCE_', o['timeInForce']) as 'GTC', reduceOnly: o['reduceOnly'] === true, expireTimeMs: nsToMs(o['expireTimeNs']), clientOrderId: s(o, 'clientOrderId'), tags: tags(o) };
  }
  if (json['submitBracket']) {
    const o = body('submitBracket');
    return {
      kind: 'submit-bracket', commandId, instrumentId: s(o, 'instrumentId'), side: strip('ORDER_SIDE_', o['side']) as 'BUY', quantity: s(o, 'quantity'),
      entryType: strip('ORDER_TYPE_', o['entryType']) as 'MARKET', entryPrice: s(o, 'entryPrice'), entryPostOnly: o['entryPostOnly'] === true, slTriggerPrice: s(o, 'slTriggerPrice'), tpPrice: s(o, 'tpPrice'),
      tpPostOnly: o['tpPostOnly'] === true, timeInForce: strip('TIME_IN_FORCE_', o['timeInForce']) as 'GTC', entryClientOrderId: s(o, 'entryClientOrderId'), slClientOrderId: s(o, 'slClientOrderId'), tpClientOrderId: s(o, 'tpClientOrderId'),
      entryTags: tags(o, 'entryTags'), slTags: tags(o, 'slTags'), tpTags: tags(o, 'tpTags'),
    };
  }
  if (json['cancelOrder']) return { kind: 'cancel-order', commandId, clientOrderId: s(body('cancelOrder'), 'clientOrderId') };
  if (json['cancelAll']) {
    const o = body('cancelAll');
    const side = strip('ORDER_SIDE_', o['side']);
    return { kind: 'cancel-all', commandId, instrumentId: s(o, 'instrumentId'), side: side === '' ? null : (side as 'BUY') };
  }
  if (json['modifyOrder']) {
    const o = body('modifyOrder');
    return { kind: 'modify-order', commandId, clientOrderId: s(o, 'clientOrderId'), quantity: s(o, 'quantity'), price: s(o, 'price'), triggerPrice: s(o, 'triggerPrice') };
  }
  if (json['closePosition']) {
    const o = body('closePosition');
    return { kind: 'close-position', commandId, instrumentId: s(o, 'instrumentId'), clientOrderId: s(o, 'clientOrderId'), tags: tags(o) };
  }
  if (json['closeAll']) {
    const o = body('closeAll');
    return { kind: 'close-all', commandId, tags: tags(o), clientOrderIdPrefix: s(o, 'clientOrderIdPrefix') };
  }
  if (json['setTradingState']) {
    const o = body('setTradingState');
    return { kind: 'set-trading-state', commandId, state: strip('TRADING_STATE_', o['state']) as 'HALTED', reason: s(o, 'reason') };
  }
  return { commandId } as unknown as Command;
}

function stateOf(overrides: Partial<TableState> | undefined): ValidationState {
  const st: TableState = { ...table.default_state, ...(overrides ?? {}) };
  return {
    instrument: (id) => instruments.get(id),
    instrumentIds: () => [...instruments.keys()],
    order: (id) => {
      const o = st.orders.find((x) => x.client_order_id === id);
      return o === undefined ? undefined : { instrumentId: o.instrument_id, type: o.order_type.replace(/^ORDER_TYPE_/, ''), isOpen: o.open };
    },
    netQuantity: (id) => Number(st.positions[id] ?? '0'),
    lastCloseUnits: (id) => {
      const p = st.last_prices[id];
      const inst = instruments.get(id);
      return p === undefined || inst === undefined ? Number.NaN : Math.round(Number(p) * inst.priceScale);
    },
    seenCommand: (id) => st.seen_command_ids.includes(id),
    failSafeActive: () => st.fail_safe_active,
    canSetTradingState: () => st.trading_state_settable,
  };
}

describe('validateCommand (shared table test/golden/validation/commands.json)', () => {
  for (const c of table.cases) {
    const want = c.expected.accepted ? 'accepted' : (c.expected.code ?? '').replace(/^COMMAND_REJECT_CODE_/, '');
    it(`gives ${want} for: ${c.name}`, () => {
      const refusal = validateCommand(toCommand(c.command), stateOf(c.state));
      expect(refusal === null ? 'accepted' : refusal.code).toBe(want);
    });
  }
});
