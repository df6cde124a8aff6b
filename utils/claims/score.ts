import { CATEGORY_WEIGHTS, type CategoryId } from './categories';
import type { FoundCue } from './categories/category';
import type { SentenceView } from './types';
import { inQuote } from './view-helpers';

/** Each cue beyond the first in a category adds this much (at most two such), if it is not a weak one. */
const EXTRA_CUE_WEIGHT = 0.5;
const EXTRA_CUE_MIN_STRENGTH = 0.8;
/** Raw weights map to 0..1 by 1 - exp(-raw / SCORE_SCALE). */
const SCORE_SCALE = 6;
/** The first sentences carry the story's main state: a reader rechecks them first. */
const LEAD_SENTENCES = 3;
const LEAD_BONUS = 1;
/** A forecast with a date ("by 2030", "next week") is a check a reader can make: ranks above a bare "will". */
const DATED_FORECAST_BONUS = 1.5;
/** A cue inside a quote is someone's words: it ranks below the story's own statements. */
const QUOTE_FACTOR = 0.5;
/** Below this raw weight a sentence is not listed (a lone weak tense cue says too little). */
export const MIN_RAW = 1.6;

/**
 * How much a sentence says "recheck me", as raw weights: each category adds its weight times its
 * strongest cue, further cues a little. `listing` decides whether the sentence is listed at all;
 * `ranking` orders the list: the lead and dated forecasts rank higher, cues inside quotes lower.
 */
export function rawScore(cues: readonly FoundCue[], view: SentenceView): { listing: number; ranking: number } {
  const weigh = (discountQuotes: boolean): number => {
    const best = new Map<CategoryId, { strength: number; count: number }>();
    for (const cue of cues) {
      const strength = cue.strength * (discountQuotes && inQuote(view, cue.start) ? QUOTE_FACTOR : 1);
      const seen = best.get(cue.kind) ?? { strength: 0, count: 0 };
      best.set(cue.kind, { strength: Math.max(seen.strength, strength), count: seen.count + (strength >= EXTRA_CUE_MIN_STRENGTH ? 1 : 0) });
    }
    let raw = 0;
    for (const [kind, { strength, count }] of best) raw += CATEGORY_WEIGHTS[kind] * strength + Math.min(Math.max(count - 1, 0), 2) * EXTRA_CUE_WEIGHT;
    return raw;
  };
  const listing = weigh(false);
  let ranking = weigh(true);
  if (cues.some((c) => c.kind === 'forecast') && cues.some((c) => c.kind === 'relative-time' || view.entities.some((e) => e.type === 'DATE'))) ranking += DATED_FORECAST_BONUS;
  if (view.index < LEAD_SENTENCES) ranking += LEAD_BONUS;
  return { listing, ranking };
}

export const toScore = (raw: number): number => Math.round((1 - Math.exp(-raw / SCORE_SCALE)) * 1000) / 1000;

/** Categories in the order of their weight, so the first tag is the strongest reason. */
export function categoriesOf(cues: readonly FoundCue[]): CategoryId[] {
  return [...new Set(cues.map((c) => c.kind))].sort((a, b) => CATEGORY_WEIGHTS[b] - CATEGORY_WEIGHTS[a]);
}
