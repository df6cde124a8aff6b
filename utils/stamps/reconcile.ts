import type { DateConflict, StampFinding } from '../report';
import type { StampCandidate, StampRole } from './candidate';
import { HIDDEN_SOURCES, VISIBLE_SOURCES } from './constants';
import { localDay } from './local-day';
import { DAY_MS, withinADay } from '../time/day';

const PRECISION_RANK = { instant: 3, day: 2, month: 1, year: 0 } as const;
/** Sources that state a role in machine-readable form; the visible ones check them. */
const STRONG = 0.8;
const MEDIUM = 0.5;

/**
 * Picks the stamp for a role. Published: the earliest credible date among the strongest sources (a later
 * "published" meta is often a republication); updated: the latest. Other signals that name another period
 * lower the confidence and are listed; signals that agree raise it.
 */
export function reconcile(candidates: StampCandidate[], role: StampRole): StampFinding | null {
  const ofRole = candidates.filter((c) => c.role === role);
  if (ofRole.length === 0) return null;
  const top = Math.max(...ofRole.map((c) => c.weight));
  const floor = top >= STRONG ? STRONG : top >= MEDIUM ? MEDIUM : 0;
  const fine = ofRole.filter((c) => c.precision !== 'year' && c.precision !== 'month');
  const pool = fine.filter((c) => c.weight >= floor);
  // A bare year or month never outranks a stated day, whatever its source (a paper's citations in microdata).
  const ranked = (pool.length > 0 ? pool : fine.length > 0 ? fine : ofRole).sort(
    (a, b) =>
      (role === 'published' ? dayKey(a) - dayKey(b) : dayKey(b) - dayKey(a)) ||
      b.weight - a.weight ||
      PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision] ||
      (role === 'published' ? a.epoch - b.epoch : b.epoch - a.epoch),
  );
  const best = ranked[0]!;
  const others = candidates.filter((c) => c !== best && c.role === role);
  const agreeing = new Set(others.filter((c) => samePeriod(c, best)).map((c) => c.source));
  agreeing.delete(best.source);
  const disagreeing = others.filter((c) => c.weight >= MEDIUM && !samePeriod(c, best));
  const disagreeingSources = new Set(disagreeing.map((c) => c.source));
  disagreeingSources.delete(best.source);
  const confidence = Math.min(0.99, Math.max(0.05, best.weight + 0.05 * agreeing.size - 0.15 * disagreeingSources.size));
  return {
    value: best.value,
    day: localDay(best, candidates),
    precision: best.precision,
    source: best.source,
    evidence: best.evidence,
    location: best.location,
    confidence: Math.round(confidence * 100) / 100,
    disagreements: disagreeing.slice(0, 8).map((c) => `${c.source}: ${c.value} (${c.location}: ${c.evidence.slice(0, 80)})`),
  };
}

/** Day number of a candidate, for ordering; coarse ones sort at the start of their period. */
function dayKey(c: StampCandidate): number {
  return Math.floor(c.epoch / DAY_MS);
}

/** Two candidates agree when the coarser contains the finer, or their days are at most one apart (time zones). */
export function samePeriod(a: StampCandidate, b: StampCandidate): boolean {
  if (a.day && b.day) return withinADay(Date.parse(a.day), Date.parse(b.day));
  const coarse = PRECISION_RANK[a.precision] <= PRECISION_RANK[b.precision] ? a : b;
  const fine = coarse === a ? b : a;
  return (fine.day ?? fine.value).startsWith(coarse.value);
}

/** Visible and hidden publish days further apart than this are a contradiction, not a time-zone slip. */
export const CONFLICT_DAYS = 3;
/** The confidence a publish stamp keeps when the page contradicts itself. */
const CONFLICT_CONFIDENCE = 0.45;

/**
 * Visible dates against fresh metadata: a story whose byline, <time> or address says 12 June 2014 while
 * its JSON-LD says two days ago was republished or migrated. The earliest credible visible date of first
 * publication wins; the metadata's day is kept as the conflict, and the confidence is lowered visibly.
 * Only when the page shows no date near the metadata's, and the visible one is credible (see `credible`).
 */
export function preferVisibleFirst(published: StampFinding | null, candidates: StampCandidate[]): { published: StampFinding | null; conflict: DateConflict | null } {
  if (!published?.day || !HIDDEN_SOURCES.has(published.source)) return { published, conflict: null };
  const hiddenDay = Date.parse(published.day);
  const shown = candidates.filter((c) => c.role === 'published' && c.day && VISIBLE_SOURCES.has(c.source));
  // The page also shows the metadata's day somewhere: the earlier visible dates are other items' (a list, a teaser).
  if (shown.some((c) => withinADay(Date.parse(c.day!), hiddenDay))) return { published, conflict: null };
  const earlier = shown.filter((c) => hiddenDay - Date.parse(c.day!) > CONFLICT_DAYS * DAY_MS && credible(c, shown));
  if (earlier.length === 0) return { published, conflict: null };
  const visible = reconcile(earlier, 'published')!;
  return {
    published: { ...visible, confidence: Math.min(visible.confidence, CONFLICT_CONFIDENCE), disagreements: [`${published.source}: ${published.value} (${published.location})`, ...visible.disagreements].slice(0, 8) },
    conflict: { visible: visible.day ?? visible.value, metadata: published.day, metadataSource: published.source },
  };
}

/**
 * A visible date credible enough to outvote metadata: a day in the address, one the page labels next to
 * its headline ("Veröffentlicht am …"), or one that two kinds of visible signal state alike (a byline and a <time>).
 */
function credible(c: StampCandidate, shown: StampCandidate[]): boolean {
  if (c.source === 'url') return true;
  if (c.location.startsWith(NEAR_HEADLINE_LOCATION) && c.weight >= LABELLED_NEAR_HEADLINE) return true;
  return shown.some((o) => o.source !== c.source && o.day === c.day);
}
/** How the headline scan marks its candidates, and the weight of a labelled one there. */
const NEAR_HEADLINE_LOCATION = 'near headline';
const LABELLED_NEAR_HEADLINE = 0.7;

/** One source stating this many different publish days describes a list of items (related stories' JSON-LD). */
export const REPEATED_DAYS = 3;

/**
 * Related or listed items' dates: when one source (JSON-LD, microdata, <time>) states several different
 * publish days, only its first in document order is the page's own (the story precedes its related list);
 * the earliest of them is usually an older related story.
 */
export function firstOfRepeated(candidates: StampCandidate[]): StampCandidate[] {
  const days = new Map<string, Set<string>>();
  for (const c of candidates) if (c.role === 'published' && c.day) days.set(c.source, (days.get(c.source) ?? new Set()).add(c.day));
  const repeated = new Set([...days].filter(([, set]) => set.size >= REPEATED_DAYS).map(([source]) => source));
  if (repeated.size === 0) return candidates;
  const firstSeen = new Set<string>();
  return candidates.filter((c) => {
    if (c.role !== 'published' || !repeated.has(c.source)) return true;
    if (firstSeen.has(c.source)) return false;
    firstSeen.add(c.source);
    return true;
  });
}
