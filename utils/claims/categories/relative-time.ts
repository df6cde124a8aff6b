import { relativeTimeCues } from '../relative-time';
import { defineCategory, type Category, type FoundCue } from './category';

/** "Tuesday", "last week", "earlier this year", "recently", "20 November" (no year): each resolved against the publish stamp. */
/** The light part (read by settings, the options page and the content script without loading any detector). */
export const relativeTimeCard = { id: 'relative-time', label: 'Relative time', weight: 2.5 } as const;

export const relativeTime: Category<'relative-time'> = /* @__PURE__ */ defineCategory(relativeTimeCard, () => ({
  detectors: [(view): FoundCue[] => relativeTimeCues(view).map((cue) => ({ ...cue, strength: 1 }))],
  vetoes: [],
  examples: [
    'The minister resigned on Thursday after a week of protests.',
    'Flights resumed late last month, the airline said.',
    'Prices have fallen sharply in recent weeks.',
    'On the night of 14 March, the river burst its banks.',
    'Peak electricity use over the weekend fell below the peaks of other years.',
    'Much of the Northern Hemisphere saw record warming this summer.',
    'She told reporters in a recent email that the plan had stalled.',
  ],
  negatives: [
    'The bridge opened on 12 June 1998.',
    'The Sunday Times first published the letter.',
    'Friday Night Lights ran for five seasons.',
    'The museum is open on the weekend.',
    'The festival is held every summer in the old town.',
  ],
}));
