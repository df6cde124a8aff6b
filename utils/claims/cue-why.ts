/**
 * Why a stretch of a sentence is a cue, as an id: the engine returns data, and the reader's words
 * live in the catalogue (`cue.<id>` in locales/*.yml), said by components/words/claim-words.ts.
 * A new reason is one id here and one line per locale (components/words/claim-words.test.ts checks).
 */
export const CUE_WHYS = [
  // present states, from cue words
  'mayHaveChanged', 'holdsUntilChange', 'control', 'still', 'now', 'openQuestion', 'notYet', 'ongoing', 'notDone',
  // present states, from tense and aspect
  'goingOn', 'wasGoingOn', 'upToWriting', 'howThingsStood',
  // forecasts
  'expectation', 'intention', 'prediction', 'prospect', 'forecast', 'hope',
  // office holders, records, relative times, figures
  'office', 'recordSince', 'first', 'record', 'relative', 'undated', 'partOfPeriod', 'recently', 'figure', 'movingFigure',
] as const;

export type CueWhy = (typeof CUE_WHYS)[number];

/**
 * How a resolved date is said beside its value: on the day itself (none), "since 2007", "the week
 * around 12 Jun 2014", "early in June 2014", "late in the week of …", or, when only the month or year
 * of publication is known, "a Thursday in 2014", "a week in June 2014".
 */
export type DateQualifier = 'since' | 'weekAround' | 'early' | 'earlier' | 'late' | 'later' | 'someDay' | 'someWeek' | 'someMonth' | 'someWeekday';
