import { ageOf } from '../utils/age';
import type { Precision, StampFinding, StampSource } from '../utils/report';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Below this a stamp gets the "low confidence" mark. */
export const LOW_CONFIDENCE = 0.5;

/** The date at the precision the page stated it: "12 Jun 2014", "Jun 2014" or "2014". */
export function formatStampDate(stamp: Pick<StampFinding, 'value' | 'day' | 'precision'>): string {
  const [year, month, day] = (stamp.day ?? stamp.value).slice(0, 10).split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (stamp.precision === 'year' || !monthName) return year ?? stamp.value;
  if (stamp.precision === 'month' || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** "3 years ago", "about 2 years ago", "today": how long since the stamp. */
export function agoPhrase(stamp: StampFinding, now: Date): string {
  const { label } = ageOf(stamp, now, 'updated');
  if (label === 'from today') return 'today';
  if (label === 'from this year') return 'this year';
  return label.replace(/ old$/, ' ago');
}

/** Does the updated stamp name another day (or period) than the published one? */
export function updatedDiffers(published: StampFinding | null, updated: StampFinding | null): updated is StampFinding {
  if (!updated) return false;
  if (!published) return true;
  return (updated.day ?? updated.value.slice(0, 10)) !== (published.day ?? published.value.slice(0, 10));
}

export function precisionWord(precision: Precision): string {
  return precision === 'instant' ? 'to the minute' : `to the ${precision}`;
}

/** Each signal family in a reader's words; `where` says whether its location adds anything. */
const SOURCES: Record<StampSource, { name: string; where: boolean }> = {
  'json-ld': { name: 'structured data (JSON-LD)', where: true },
  microdata: { name: 'microdata', where: true },
  meta: { name: 'a meta tag', where: true },
  'time-element': { name: 'a <time> element', where: true },
  byline: { name: 'the byline', where: false },
  url: { name: 'the URL', where: false },
  notice: { name: 'the page’s notice', where: false },
  'web-archive': { name: 'the web archive’s capture', where: false },
  weekday: { name: 'a weekday in the text', where: false },
  copyright: { name: 'the copyright line', where: false },
  'script-json': { name: 'the page’s script data', where: true },
};

/** "the copyright line: “© 2014 …”": which signal a stamp came from and its raw text. */
export function stampEvidence(stamp: StampFinding): string {
  const source = SOURCES[stamp.source] ?? { name: stamp.source, where: true };
  const where = source.where && stamp.location ? ` ${stamp.location}` : '';
  return `${source.name}${where}: “${stamp.evidence}”`;
}

export function isLowConfidence(stamp: StampFinding | null): boolean {
  return stamp !== null && stamp.confidence < LOW_CONFIDENCE;
}
