import type { StampFinding, StampSource } from '../report';
import type { StampCandidate } from './candidate';
import { HIDDEN_SOURCES, WEIGHTS } from './constants';
import { reconcile } from './reconcile';
import { DAY_MS, withinADay } from '../time/day';

/** Dates the reader sees in the page's text (VISIBLE_SOURCES less the address: it is written once, at first publication). */
const SHOWN: ReadonlySet<StampSource> = new Set<StampSource>(['byline', 'time-element']);
/** Machine-readable publish dates below this weight are generic ones (`date`, `dc.date`), often the record's creation. */
const SPECIFIC = 0.8;

/**
 * A machine-readable publish day the page shows nowhere, against a later day the page shows its reader:
 * a CMS that stamps the draft's creation as `datePublished` (a JSON-LD of 4 January under a byline and an
 * `article:published_time` of 6 January). The shown day wins when it is credible: a machine-readable
 * publish date states it too, or, against a generic date meta only, the page shows it in two places.
 * An earlier shown day is not this rule's (see `preferVisibleFirst`). Runs on the few candidates already found.
 */
export function preferShownDay(published: StampFinding | null, candidates: StampCandidate[]): StampFinding | null {
  if (!published?.day || !HIDDEN_SOURCES.has(published.source)) return published;
  const hiddenDay = Date.parse(published.day);
  const ofRole = candidates.filter((c) => c.role === 'published' && c.day !== null);
  const shown = ofRole.filter((c) => SHOWN.has(c.source));
  if (shown.some((c) => withinADay(Date.parse(c.day!), hiddenDay))) return published;
  const generic = ofRole.filter((c) => HIDDEN_SOURCES.has(c.source) && withinADay(Date.parse(c.day!), hiddenDay)).every((c) => c.weight < SPECIFIC);
  const later = shown.filter((c) => Date.parse(c.day!) - hiddenDay > DAY_MS && credible(c, ofRole, generic));
  if (later.length === 0) return published;
  const rest = candidates.filter((c) => !(c.role === 'published' && c.day && HIDDEN_SOURCES.has(c.source) && withinADay(Date.parse(c.day), hiddenDay)));
  const chosen = reconcile(rest, 'published');
  return chosen?.day && later.some((c) => withinADay(Date.parse(c.day!), Date.parse(chosen.day!))) ? chosen : published;
}

/**
 * Confirmed by a machine-readable publish date; or, against a generic meta only, shown twice: by a byline
 * element or <time> and again at another place (the text under the headline). A masthead's "today" is shown once.
 */
function credible(c: StampCandidate, ofRole: StampCandidate[], generic: boolean): boolean {
  const near = (o: StampCandidate): boolean => withinADay(Date.parse(o.day!), Date.parse(c.day!));
  if (ofRole.some((o) => HIDDEN_SOURCES.has(o.source) && near(o))) return true;
  const places = new Set(ofRole.filter((o) => SHOWN.has(o.source) && near(o)).map((o) => o.location));
  return generic && c.weight >= Math.min(WEIGHTS.byline, WEIGHTS.timeElement) && places.size >= 2;
}
