/**
 * Fault injection for drills and tests (the `faults:` config section): force the MC-Forewarner's
 * status on given UTC dates, and override the drawdown the survival stack sees during time windows.
 * Faults change only what the controls *read*; venue, fills and balances stay real, so a drill
 * shows exactly how the system degrades and recovers.
 */
import { z } from 'zod';
import type { Clock } from '../market/index.js';
import { classifyMcReport, type McConfig, type McForewarner, type McReport, type McStatus } from './mc-forewarner.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a UTC date YYYY-MM-DD');
const isoTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO-8601 time such as 2022-01-03T06:00:00Z');

export const faultsSchema = z
  .object({
    /** The MC-Forewarner reports this status on these dates (whatever the model says). */
    mc_status: z.array(z.object({ date: isoDate, status: z.enum(['OK', 'ORANGE', 'RED']) }).strict()).default([]),
    /** The survival stack reads this drawdown (fraction of peak equity) during [from, to). */
    drawdown: z
      .array(
        z
          .object({ from: isoTime, to: isoTime, value: z.number().min(0).max(1) })
          .strict()
          .refine((w) => Date.parse(w.from) < Date.parse(w.to), { message: 'from must be before to', path: ['to'] }),
      )
      .default([]),
  })
  .strict();
export type FaultsConfig = z.infer<typeof faultsSchema>;

/** Reports that classify to each status (seed 002 section 12 thresholds). */
const FORCED_REPORTS: Readonly<Record<McStatus, McReport>> = {
  OK: { catastrophic_probability: 0, envelope_score: 1 },
  ORANGE: { catastrophic_probability: 0.15, envelope_score: -0.5 },
  RED: { catastrophic_probability: 0.5, envelope_score: -2 },
};

/** UTC date (YYYY-MM-DD) of a time in ms. */
export function utcDate(tMs: number): string {
  return new Date(tMs).toISOString().slice(0, 10);
}

/**
 * A forewarner that answers the forced status on forced dates (date of the clock at the call) and
 * defers to `inner` (or OK) otherwise; `onStatus` sees every status it reports.
 */
export function forcedMcForewarner(
  inner: McForewarner | null,
  clock: Clock,
  forced: FaultsConfig['mc_status'],
  onStatus?: (status: McStatus, tMs: number) => void,
): McForewarner {
  const byDate = new Map(forced.map((f) => [f.date, f.status]));
  return {
    assess(config: McConfig): McReport {
      const tMs = clock.nowMs();
      const status = byDate.get(utcDate(tMs));
      const report = status ? FORCED_REPORTS[status] : (inner?.assess(config) ?? FORCED_REPORTS.OK);
      onStatus?.(classifyMcReport(report), tMs);
      return report;
    },
  };
}

/** The MC status forced on the UTC date of `tMs`, or null when that date has none. */
export function forcedMcStatusAt(faults: FaultsConfig, tMs: number): McStatus | null {
  const date = utcDate(tMs);
  for (const f of faults.mc_status) if (f.date === date) return f.status;
  return null;
}

/** The drawdown forced at `tMs` by the config's windows, or null when none is active. */
export function injectedDrawdownAt(faults: FaultsConfig, tMs: number): number | null {
  for (const w of faults.drawdown) if (tMs >= Date.parse(w.from) && tMs < Date.parse(w.to)) return w.value;
  return null;
}
