import { describe, expect, it } from 'vitest';
import { fillRows, loadScenario, runScenario, scenarioNames } from './scenario-harness.js';

describe('SimulatedVenue scenario table', () => {
  for (const name of scenarioNames()) {
    const { scenario, expected } = loadScenario(name);
    it(`reproduces Nautilus event by event: ${name} (${scenario.description})`, () => {
      const { events, result } = runScenario(scenario);
      const n = Math.max(events.length, expected.events.length);
      for (let i = 0; i < n; i++) {
        expect({ index: i, event: events[i] }).toEqual({ index: i, event: expected.events[i] });
      }
      expect(fillRows(result)).toEqual(expected.fills);
      expect(result.finalBalance).toBe(expected.final_balance);
    });
  }
});
