import { describe, expect, it } from 'vitest';
import { TickBars, tickBarType } from '../../../src/host/tick-bars.js';

const IID = 'BTCUSDT.BINANCE';

describe('TickBars (time bars from ticks for the host controls)', () => {
  it('stamps a bar at its close time and returns it at the first tick after it', () => {
    const b = new TickBars(IID, 1);
    expect(b.push(1_000_100, 10, 1)).toBeNull(); // bucket (1_000_000, 1_001_000]
    expect(b.push(1_000_500, 12, 2)).toBeNull();
    expect(b.push(1_000_900, 9, 0.5)).toBeNull();
    expect(b.push(1_001_000, 11, 1)).toBeNull(); // on the close time: still this bar
    expect(b.push(1_001_001, 20, 3)).toEqual({
      barType: tickBarType(IID, 1),
      instrumentId: IID,
      open: 10,
      high: 12,
      low: 9,
      close: 11,
      volume: 4.5,
      tsMs: 1_001_000,
      tsEventMs: 1_001_000,
    });
  });

  it('gives no bar for buckets without ticks (a gap) and starts the next bar at the new tick', () => {
    const b = new TickBars(IID, 60);
    expect(b.push(30_000, 100, 1)).toBeNull();
    const bar = b.push(400_000, 105, 2); // five empty minutes later
    expect(bar).toMatchObject({ open: 100, close: 100, tsMs: 60_000 });
    expect(b.push(421_000, 99, 1)).toMatchObject({ open: 105, high: 105, low: 105, close: 105, volume: 2, tsMs: 420_000 });
  });

  it('a tick earlier than the bar being built joins it (no bar out of order)', () => {
    const b = new TickBars(IID, 1);
    b.push(5_500, 1, 1);
    expect(b.push(4_200, 3, 1)).toBeNull();
    expect(b.push(6_100, 2, 1)).toMatchObject({ high: 3, close: 3, tsMs: 6_000 });
  });

  it('refuses a width that is not a positive whole number of seconds', () => {
    expect(() => new TickBars(IID, 0)).toThrow(/positive integer, was 0/);
    expect(() => new TickBars(IID, 1.5)).toThrow(/positive integer, was 1.5/);
  });
});
