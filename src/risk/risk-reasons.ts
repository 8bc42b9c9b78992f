/**
 * Why the risk layer refused an entry: the `reasons` of a RiskCheckResult. Seed 000 names the
 * session ones (MAX_TRADES_PER_HOUR_REACHED, MAX_DAILY_LOSS_REACHED) and SIZE_TOO_SMALL.
 */
export const RiskReason = {
  /** Missing or invalid equity, price, ATR, volatility or instrument filters: fail safe, no trade. */
  dataMissing: 'DATA_MISSING',
  /** Edge at or below edge_sizing.min_edge with below_min_edge = no_trade. */
  edgeTooLow: 'EDGE_TOO_LOW',
  /** The normalised quantity is 0, under the venue's min quantity or min notional, or under min_notional. */
  sizeTooSmall: 'SIZE_TOO_SMALL',
  /** The exposure or leverage cap leaves no room (or on_exposure_limit = block). */
  positionTooLarge: 'POSITION_TOO_LARGE',
  /** SL or TP would fall outside the venue's price range (e.g. an SL at or below zero). */
  stopsInvalid: 'STOPS_INVALID',
  maxTradesPerHour: 'MAX_TRADES_PER_HOUR_REACHED',
  maxDailyLoss: 'MAX_DAILY_LOSS_REACHED',
  maxDailyProfit: 'MAX_DAILY_PROFIT_REACHED',
  cooldownActive: 'COOLDOWN_ACTIVE',
  /** Another host control refused the entry (the survival posture: TURTLE, HIBERNATE, STALKER's leverage cap). */
  hostBlocked: 'HOST_BLOCKED',
  /** An unexpected failure inside the risk layer: fail safe, no trade. */
  riskError: 'RISK_ERROR',
} as const;
export type RiskReason = (typeof RiskReason)[keyof typeof RiskReason];
