import { describe, expect, it } from 'vitest';
import { subscriptionWarnings } from '../../../src/cli/run-reports.js';

const ONE_MINUTE = 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL';

describe('subscriptionWarnings', () => {
  it('is silent when every bar subscription is in the data, and ignores other feeds', () => {
    expect(subscriptionWarnings('s', [{ kind: 'bars', barType: ONE_MINUTE }, { kind: 'quotes', instrumentId: 'BTCUSDT-PERP.BINANCE' }], [ONE_MINUTE])).toEqual([]);
    expect(subscriptionWarnings('s', [], [ONE_MINUTE])).toEqual([]);
  });

  it('names each bar type the data lacks and what the data has', () => {
    expect(subscriptionWarnings('ema-cross', [{ kind: 'bars', barType: ONE_MINUTE }, { kind: 'bars', barType: 'BTCUSDT-PERP.BINANCE-5-MINUTE-LAST-EXTERNAL' }], [ONE_MINUTE])).toEqual([
      `ema-cross subscribed to BTCUSDT-PERP.BINANCE-5-MINUTE-LAST-EXTERNAL, which the data does not provide (it has ${ONE_MINUTE}): no bar of that type reached it`,
    ]);
  });
});
