import type { ClaimCategory, ClaimCue } from '../report';
import { FORECAST, OFFICE_HOLDER, PAST_OFFICE, PRESENT_STATE, RECORD, RUNNING_FIGURE, SINCE_YEAR, WILL_AS_NOUN, type CuePattern } from './constants';
import { yearResolved } from './date-label';

/** Matches that a cue pattern finds but that do not say what the category means. */
type Veto = (sentence: string, start: number, text: string) => boolean;

const BARE_YEAR = /^(?:19|20)\d{2}$/;

function matchAll(sentence: string, kind: ClaimCategory, patterns: readonly CuePattern[], veto?: Veto): ClaimCue[] {
  const cues: ClaimCue[] = [];
  for (const { pattern, why } of patterns) {
    for (const match of sentence.matchAll(pattern)) {
      const text = match[0].trim();
      if (!text) continue;
      const start = (match.index ?? 0) + match[0].indexOf(text);
      if (veto?.(sentence, start, text)) continue;
      cues.push({ kind, text, start, end: start + text.length, why });
    }
  }
  return cues;
}

export const presentStateCues = (s: string): ClaimCue[] => matchAll(s, 'present-state', PRESENT_STATE);

/** A year ("in 2007") or a time of day is not a running figure. */
export const runningFigureCues = (s: string): ClaimCue[] =>
  matchAll(s, 'running-figure', RUNNING_FIGURE, (_s, _start, text) => BARE_YEAR.test(text));

export const officeHolderCues = (s: string): ClaimCue[] =>
  matchAll(s, 'office-holder', [OFFICE_HOLDER], (sentence, start) => PAST_OFFICE.test(sentence.slice(Math.max(0, start - 60), start)));

export const forecastCues = (s: string): ClaimCue[] =>
  matchAll(s, 'forecast', FORECAST, (sentence, start, text) => /^will$/i.test(text) && WILL_AS_NOUN.test(sentence.slice(Math.max(0, start - 15), start)));

/** Records carry the year their span starts from: "unseen since 2007" → 2007. */
export const recordCues = (s: string): ClaimCue[] =>
  matchAll(s, 'record', RECORD).map((cue) => {
    const year = SINCE_YEAR.exec(cue.text)?.[1];
    return year ? { ...cue, resolved: yearResolved(Number(year), 'since ') } : cue;
  });
