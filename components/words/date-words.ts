import type { StampDate } from '../../utils/report';
import type { Words } from './words';


const AT_PRECISION: Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};
const WITH_TIME: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' };

/**
 * The date at the precision the page stated it, in the reader's language: "12 Jun 2014",
 * "June 2014", "2014". With `withTime`, an instant keeps its time: "9 July 2020, 10:04 UTC".
 */
export function formatStampDate(stamp: StampDate, words: Words, { withTime = false } = {}): string {
  if (withTime && stamp.precision === 'instant') {
    // With an offset the instant is known: told in UTC. Without one it is the page's own clock time: told as is.
    const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(stamp.value);
    const at = Date.parse(zoned ? stamp.value : `${stamp.value.slice(0, 19)}Z`);
    if (!Number.isNaN(at)) {
      const options: Intl.DateTimeFormatOptions = { ...WITH_TIME, timeZone: 'UTC', timeZoneName: zoned ? 'short' : undefined };
      return new Intl.DateTimeFormat(words.locale, options).format(new Date(at));
    }
  }
  const [year, month, day] = (stamp.day ?? stamp.value).slice(0, 10).split('-').map(Number);
  if (!year || Number.isNaN(year)) return stamp.value;
  const precision = stamp.precision === 'instant' ? 'day' : stamp.precision;
  const shown = !month ? 'year' : !day && precision === 'day' ? 'month' : precision;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(words.locale, { ...AT_PRECISION[shown], timeZone: 'UTC' }).format(date);
}
