/** One day in milliseconds: how far apart two stamps' days are, and how old a page is, are counted in it. */
export const DAY_MS = 86_400_000;

/** Two moments (epoch ms) at most a day apart: the same calendar day seen from two time zones, or the days either side. */
export function withinADay(a: number, b: number): boolean {
  return Math.abs(a - b) <= DAY_MS;
}
