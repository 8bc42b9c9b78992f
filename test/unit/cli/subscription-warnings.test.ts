import { describe, expect, it } from 'vitest';
import { subscriptionWarnings } from '../../../src/cli/run-reports.js';

const ONE_MINUTE = 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL';
const IID = 'BTCUSDT-PERP.BINANCE';

describe('subscriptionWarnings', () => {
  it('is silent when every onStart bar subscription is in the data, and ignores other feeds', () => {
    expect(subscriptionWarnings('s', { atStart: [{ kind: 'bars', barType: ONE_MINUTE }, { kind: 'quotes', instrumentId: IID }], late: [] }, [ONE_MINUTE])).toEqual([]);
    expect(subscriptionWarnings('s', { atStart: [], late: [] }, [ONE_MINUTE])).toEqual([]);
  });

  it('names each bar type the data lacks and what the data has', () => {
    const subs = { atStart: [{ kind: 'bars', barType: ONE_MINUTE }, { kind: 'bars', barType: 'BTCUSDT-PERP.BINANCE-5-MINUTE-LAST-EXTERNAL' }] as const, late: [] };
    expect(subscriptionWarnings('ema-cross', subs, [ONE_MINUTE])).toEqual([
      `ema-cross subscribed to BTCUSDT-PERP.BINANCE-5-MINUTE-LAST-EXTERNAL, which the data does not provide (it has ${ONE_MINUTE}): no bar of that type reached it`,
    ]);
  });

  it('names every subscription made after onStart, which no engine serves', () => {
    const subs = { atStart: [], late: [{ kind: 'bars', barType: ONE_MINUTE }, { kind: 'trades', instrumentId: IID }] as const };
    expect(subscriptionWarnings('late', subs, [ONE_MINUTE])).toEqual([
      `late subscribed to ${ONE_MINUTE} after onStart, which neither engine serves: subscribe in onStart`,
      `late subscribed to trades of ${IID} after onStart, which neither engine serves: subscribe in onStart`,
    ]);
  });
});

describe('subscriptionWarnings on tick data', () => {
  const trades = { kind: 'trades', instrumentId: IID } as const;

  it('is silent for the tick feed the data has', () => {
    expect(subscriptionWarnings('s', { atStart: [{ kind: 'trades', instrumentId: IID }], late: [] }, [], trades)).toEqual([]);
  });

  it('names ticks of another kind or instrument, and bars, which tick data does not provide', () => {
    const subs = {
      atStart: [
        { kind: 'quotes', instrumentId: IID },
        { kind: 'trades', instrumentId: 'ETHUSDT-PERP.BINANCE' },
        { kind: 'bars', barType: ONE_MINUTE },
      ] as const,
      late: [],
    };
    const has = `it has trades of ${IID}`;
    expect(subscriptionWarnings('s', subs, [], trades)).toEqual([
      `s subscribed to quotes of ${IID}, which the data does not provide (${has}): no tick of that kind reached it`,
      `s subscribed to trades of ETHUSDT-PERP.BINANCE, which the data does not provide (${has}): no tick of that kind reached it`,
      `s subscribed to ${ONE_MINUTE}, which the data does not provide (${has}): no bar of that type reached it`,
    ]);
  });
});

describe('subscriptionWarnings: ticks on bar data', () => {
  it('names tick subscriptions when nothing the strategy subscribed to is in the data', () => {
    expect(subscriptionWarnings('tick-ema-cross', { atStart: [{ kind: 'trades', instrumentId: IID }], late: [] }, [ONE_MINUTE])).toEqual([
      `tick-ema-cross subscribed to trades of ${IID}, which the data does not provide (it has ${ONE_MINUTE}): no tick of that kind reached it`,
    ]);
  });
});
