import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BarDataError, loadTicks } from '../../../src/data/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ticks-'));
let n = 0;
function csv(text: string): string {
  n += 1;
  const path = join(dir, `t${n}.csv`);
  writeFileSync(path, text);
  return path;
}

describe('loadTicks', () => {
  // The same table as python_bridge/tests/test_ticks.py: both engines read one time per tick.
  it.each(['1610064000', '1610064000000', '1610064000000999', '1610064000000500000', '2021-01-08 00:00:00.000999'])(
    'reads timestamp %s by magnitude, to the whole millisecond',
    async (cell) => {
      const t = await loadTicks(csv(`timestamp,price,quantity\n${cell},1.00,1\n`), 'trades', 'X');
      expect(t.tsMs[0]).toBe(1610064000000);
    },
  );

  it('reads buyer_maker as the aggressor (true: the seller), and numbers trades without trade_id', async () => {
    const t = await loadTicks(csv('timestamp,price,quantity,buyer_maker\n1,1.00,1,True\n2,1.00,1,false\n'), 'trades', 'X');
    expect(t.kind === 'trades' ? [t.aggressor, t.tradeId] : null).toEqual([['SELLER', 'BUYER'], ['1', '2']]);
  });

  it.each([
    ['timestamp,price,quantity\n2,1.00,1\n1,1.00,1\n', 'row 2: timestamp 1 is earlier than the row before it'],
    ['timestamp,price,quantity,buyer_maker\n1,1.00,1,maybe\n', 'row 1: buyer_maker "maybe" is not true or false'],
    ['timestamp,price,quantity\n1,abc,1\n', 'row 1: price "abc" is not a number'],
    ['timestamp,price\n1,1.00\n', 'no "quantity" column (columns: timestamp, price)'],
    ['timestamp,price,quantity\n', 'holds no rows'],
  ])('names the row and column of a bad cell: %s', async (text, problem) => {
    const path = csv(text);
    const err = await loadTicks(path, 'trades', 'X').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BarDataError);
    expect((err as Error).message).toBe(`${path}: ${problem}`);
  });
});
