/** The host's wall clock (live mode and heartbeats). Pure modules never read it directly. */
import type { Clock } from '../market/index.js';

export const systemClock: Clock = {
  nowMs: () => Date.now(), // determinism-ok: the host's wall clock, injected into pure code
  nowNs: () => BigInt(Date.now()) * 1_000_000n, // determinism-ok: idem
};
