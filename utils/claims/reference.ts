import type { StampFinding } from '../report';
import type { Reference } from './types';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})/;
const YEAR = /^(\d{4})/;

/** The publisher's calendar day (or month, or year) that relative dates count from. */
export function referenceOf(published: StampFinding | null): Reference | null {
  if (!published) return null;
  const day = published.day ? DAY.exec(published.day) : null;
  if (day) return { precision: 'day', year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
  const month = published.precision === 'month' ? MONTH.exec(published.value) : null;
  if (month) return { precision: 'month', year: Number(month[1]), month: Number(month[2]) };
  const year = YEAR.exec(published.value);
  return year ? { precision: 'year', year: Number(year[1]) } : null;
}

/** Noon UTC on the reference day (mid-period when coarser), for chrono's reference instant. */
export function referenceInstant(ref: Reference): Date {
  if (ref.precision === 'day') return new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  if (ref.precision === 'month') return new Date(Date.UTC(ref.year, ref.month - 1, 15, 12));
  return new Date(Date.UTC(ref.year, 6, 1, 12));
}
