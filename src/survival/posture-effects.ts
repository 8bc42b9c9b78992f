/**
 * What each posture does to trading (seed 002 section 11.7), as data for engines that apply it
 * themselves (the DOLPHIN strategy reads ctx.posture) and for the host's posture gate.
 */
import { InvariantError } from '../market/index.js';
import type { Posture } from '../strategy/index.js';

/** Effects of one posture. Exits are always allowed, in every posture. */
export interface PostureEffects {
  readonly posture: Posture;
  /** False in TURTLE and HIBERNATE: no new entries (`regime_dd_halt`). */
  readonly allowEntries: boolean;
  /** Leverage cap on entries (STALKER: 2.0), or null for none (APEX: the engine's own ceiling). */
  readonly maxLeverage: number | null;
  /** True in HIBERNATE: open positions are force-closed (EXIT "HIBERNATE_HALT"). */
  readonly forceClose: boolean;
}

/** Tag of the closing orders a HIBERNATE force-close creates (the seed's exit reason). */
export const HIBERNATE_HALT_TAG = 'HIBERNATE_HALT';

const DEFAULT_STALKER_MAX_LEVERAGE = 2.0;

function buildEffects(stalkerMaxLeverage: number): Readonly<Record<Posture, PostureEffects>> {
  return Object.freeze({
    APEX: Object.freeze({ posture: 'APEX', allowEntries: true, maxLeverage: null, forceClose: false }),
    STALKER: Object.freeze({ posture: 'STALKER', allowEntries: true, maxLeverage: stalkerMaxLeverage, forceClose: false }),
    TURTLE: Object.freeze({ posture: 'TURTLE', allowEntries: false, maxLeverage: null, forceClose: false }),
    HIBERNATE: Object.freeze({ posture: 'HIBERNATE', allowEntries: false, maxLeverage: null, forceClose: true }),
  });
}

const DEFAULT_EFFECTS = buildEffects(DEFAULT_STALKER_MAX_LEVERAGE);

/**
 * The effects of `posture`: APEX none; STALKER caps entry leverage at `stalkerMaxLeverage`
 * (default 2.0, config `survival.effects.stalker_max_leverage`); TURTLE blocks entries; HIBERNATE
 * blocks entries and force-closes. Returns a frozen shared object (no allocation at the default).
 * @throws InvariantError when `stalkerMaxLeverage` is not positive.
 */
export function postureEffects(posture: Posture, stalkerMaxLeverage = DEFAULT_STALKER_MAX_LEVERAGE): PostureEffects {
  if (stalkerMaxLeverage === DEFAULT_STALKER_MAX_LEVERAGE) return DEFAULT_EFFECTS[posture];
  if (!(stalkerMaxLeverage > 0)) throw new InvariantError('stalkerMaxLeverage', 'not positive', stalkerMaxLeverage);
  return buildEffects(stalkerMaxLeverage)[posture];
}
