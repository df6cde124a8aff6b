import { expect } from 'vitest';
import type { PageReport } from '../../../utils/report';
import { analyzePage } from '../../../utils/analyze-page';

const EARLIEST = Date.UTC(1990, 0, 1);
/** The furthest-ahead time zone (UTC+14) may already be on the next calendar day. */
const LATEST_ZONE_MS = 14 * 3_600_000;

/** Every date a report states: the stamps and every resolved claim cue. */
export function datesIn(report: PageReport): { where: string; value: string }[] {
  const dates: { where: string; value: string }[] = [];
  for (const key of ['published', 'updated', 'captured'] as const) {
    const stamp = report[key];
    if (stamp) dates.push({ where: key, value: stamp.value });
  }
  for (const claim of report.claims) {
    for (const cue of claim.cues) if (cue.resolved) dates.push({ where: `claim ${claim.id} cue`, value: cue.resolved.value });
  }
  return dates;
}

/** The earliest and latest instant an ISO value at its own precision can mean. */
export function periodOf(value: string): { start: number; end: number } | null {
  const year = /^(\d{4})$/.exec(value);
  if (year) return { start: Date.UTC(+year[1]!, 0, 1), end: Date.UTC(+year[1]! + 1, 0, 1) - 1 };
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return { start: Date.UTC(+month[1]!, +month[2]! - 1, 1), end: Date.UTC(+month[1]!, +month[2]!, 1) - 1 };
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return { start: Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!), end: Date.UTC(+day[1]!, +day[2]! - 1, +day[3]! + 1) - 1 };
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? null : { start: instant, end: instant };
}

/**
 * What must hold for any page: a readable date between 1990 and now (an instant never after now;
 * a calendar day no later than the day somewhere on Earth at now), a report that survives JSON,
 * and a document left exactly as it was.
 */
export function expectSafeReport(report: PageReport, now: Date): void {
  for (const { where, value } of datesIn(report)) {
    const period = periodOf(value);
    expect(period, `${where} "${value}" is not a readable ISO date`).not.toBeNull();
    expect(period!.end, `${where} "${value}" is before 1990`).toBeGreaterThanOrEqual(EARLIEST);
    const isInstant = value.includes('T');
    const latest = isInstant ? now.getTime() : now.getTime() + LATEST_ZONE_MS;
    expect(period!.start, `${where} "${value}" is after now (${now.toISOString()})`).toBeLessThanOrEqual(latest);
  }
  if (report.age) expect(report.age.days).toBeGreaterThanOrEqual(0);
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}

/** Runs analyzePage and checks it neither throws, nor changes the document, nor breaks the invariants. */
export function analyzeSafely(doc: Document, now: Date, url = 'https://news.example/story'): PageReport {
  const before = doc.documentElement.outerHTML;
  const report = analyzePage(doc, { url, now });
  expectSafeReport(report, now);
  expect(doc.documentElement.outerHTML).toBe(before);
  return report;
}
