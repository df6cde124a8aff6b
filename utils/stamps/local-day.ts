import type { StampCandidate } from './candidate';
import { dayAtOffset, offsetOf } from './parse-date';
import { DAY_MS, withinADay } from '../time/day';

const NEAR = 2 * DAY_MS;

/**
 * The publisher's own calendar day for a stamp. An instant given in UTC ("...Z") may fall on the next
 * day in UTC while the reader saw the evening before; another signal on the page that states the
 * publisher's offset, or the day its visible byline shows, gives the local day back.
 */
export function localDay(best: StampCandidate, all: StampCandidate[]): string | null {
  if (best.precision !== 'instant' || !best.day) return best.day;
  const own = offsetOf(best.value);
  if (own !== null && own !== 0) return best.day;
  const withOffset = all.find((c) => {
    const offset = c.precision === 'instant' ? offsetOf(c.value) : null;
    return offset !== null && offset !== 0 && Math.abs(c.epoch - best.epoch) < NEAR;
  });
  if (withOffset) return dayAtOffset(best.epoch, offsetOf(withOffset.value)!);
  if (own === 0) {
    const visible = all.find((c) => (c.source === 'byline' || c.source === 'notice') && c.role === best.role && c.day && withinADay(Date.parse(c.day), Date.parse(best.day!)));
    if (visible) return visible.day;
  }
  return best.day;
}
