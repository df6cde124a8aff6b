import type { AgeInfo, Precision, StampFinding } from './report';

const DAY = 86_400_000;

/** The start of the period a stamp names, in UTC milliseconds. */
export function stampStart(stamp: Pick<StampFinding, 'value' | 'day' | 'precision'>): number {
  if (stamp.precision === 'instant') return Date.parse(stamp.value);
  const [y, m, d] = (stamp.day ?? stamp.value).split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Age of a stamp at `now`, in words and in the toolbar's short form. */
export function ageOf(stamp: StampFinding, now: Date, from: AgeInfo['from']): AgeInfo {
  const start = stampStart(stamp);
  const days = Math.max(0, Math.floor((now.getTime() - start) / DAY));
  const years = wholeYears(stamp, now);
  const months = wholeMonths(start, now);
  const about = stamp.precision === 'year' || stamp.precision === 'month';
  let label: string;
  let short: string;
  if (stamp.precision === 'year') {
    label = years <= 0 ? 'from this year' : `about ${plural(years, 'year')} old`;
    short = years <= 0 ? '<1y' : `${years}y`;
  } else if (years >= 1) {
    label = `${about ? 'about ' : ''}${plural(years, 'year')} old`;
    short = `${years}y`;
  } else if (months >= 1) {
    label = `${about ? 'about ' : ''}${plural(months, 'month')} old`;
    short = `${months}mo`;
  } else if (days >= 1) {
    label = `${plural(days, 'day')} old`;
    short = `${days}d`;
  } else {
    label = 'from today';
    short = 'new';
  }
  return { days, label, short, from, precision: stamp.precision as Precision };
}

function wholeYears(stamp: Pick<StampFinding, 'value' | 'day' | 'precision'>, now: Date): number {
  if (stamp.precision === 'year') return now.getUTCFullYear() - Number(stamp.value.slice(0, 4));
  const start = new Date(stampStart(stamp));
  let years = now.getUTCFullYear() - start.getUTCFullYear();
  const anniversary = Date.UTC(now.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  if (now.getTime() < anniversary) years -= 1;
  return years;
}

function wholeMonths(start: number, now: Date): number {
  const s = new Date(start);
  let months = (now.getUTCFullYear() - s.getUTCFullYear()) * 12 + now.getUTCMonth() - s.getUTCMonth();
  if (now.getUTCDate() < s.getUTCDate()) months -= 1;
  return Math.max(0, months);
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
