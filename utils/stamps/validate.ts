/** The web's first pages date from 1990; nothing a news page says can be older. */
export const EARLIEST_PLAUSIBLE = Date.UTC(1990, 0, 1);

/** A date is plausible when it is after the web began and not after `now` (one day of slack for time zones). */
export function isPlausible(epoch: number, now: Date): boolean {
  return Number.isFinite(epoch) && epoch >= EARLIEST_PLAUSIBLE && epoch <= now.getTime() + 86_400_000;
}
