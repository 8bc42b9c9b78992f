import { describe, expect, it } from 'vitest';
import { accountStateRows, fillRows, loadScenario, positionRows, runScenario, scenarioNames } from './scenario-harness.js';

describe('SimulatedVenue scenario table', () => {
  for (const name of scenarioNames()) {
    const { scenario, expected } = loadScenario(name);
    it(`reproduces Nautilus event by event: ${name} (${scenario.description})`, () => {
      const run = runScenario(scenario);
      const result = run.result;
      // In Nautilus's order, including the bursts it walks in Python set order (PYTHONHASHSEED=0).
      const events = run.events;
      const wanted = expected.events;
      const n = Math.max(events.length, wanted.length);
      for (let i = 0; i < n; i++) {
        expect({ index: i, event: events[i] }).toEqual({ index: i, event: wanted[i] });
      }
      expect(fillRows(result)).toEqual(expected.fills);
      expect(result.finalBalance).toBe(expected.final_balance);
      // Every recorded state, including those generated but never re-published to the strategy.
      expect(accountStateRows(result)).toEqual(expected.account_states);
      // Nautilus's positions report, row for row and field for field (positions.json).
      expect(positionRows(result)).toEqual(expected.positions);
    });
  }
});
