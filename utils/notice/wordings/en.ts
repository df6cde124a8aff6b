import { parseTextDate } from '../../stamps/parse-text-date';
import { ageBound, countPattern, type NoticeWording } from './types';

const COUNTS = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const COUNT = countPattern(COUNTS);
const UNIT = '(years?|months?)';

/** English wordings. */
export const EN: readonly NoticeWording[] = [
  {
    kind: 'archived',
    pattern: /^This is an archived article and the information in the article may be outdated\b/i,
    cue: 'archiv',
    examples: [{ text: 'This is an archived article and the information in the article may be outdated. Please look at the time stamp on the story to see when it was last updated.', seen: 'Nexstar local-TV sites (corpus)' }],
  },
  {
    kind: 'age-label',
    pattern: new RegExp(`^This (?:article|story|post|page) is (?:more than|over) ${COUNT} ${UNIT} old\\b`, 'i'),
    stated: ageBound(COUNTS, /^y/i),
    cue: '(?:years?|months?) old',
    examples: [
      { text: 'This article is more than 5 years old', statedAge: { minYears: 5 }, seen: 'The Guardian (corpus page pl-theguardian.com)' },
      { text: 'This article is more than 2 years old.', statedAge: { minYears: 2 }, seen: 'Quartz (corpus page pl-qz.com)' },
      { text: 'This article is over a year old', statedAge: { minYears: 1 }, seen: 'issue 13: passed the old pre-scan, never found' },
      { text: 'This story is more than a year old', statedAge: { minYears: 1 }, seen: 'kept from the earlier notice tests (page not recorded)' },
    ],
  },
  {
    kind: 'dated-story',
    pattern: /^This (?:story|article) is from ([A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\b/i,
    stated: (m) => {
      const date = parseTextDate(m[1] ?? '');
      return date?.day ? { date: date.day } : null;
    },
    cue: 'is from',
    examples: [{ text: 'This story is from October 9, 2019', statedAge: { date: '2019-10-09' }, seen: 'The Times of India' }],
  },
  {
    kind: 'archived',
    pattern: /^(?:This (?:article|story|page|post) is from (?:the|our) archives?|From the archives?\b|Archived(?: article| story| page| content)?\s*[:\-–]|This (?:article|page|story) (?:has been|was) archived\b)/i,
    cue: 'archiv',
    examples: [
      { text: 'This article is from the archives', seen: 'kept from the earlier notice tests (page not recorded)' },
      { text: 'Archived: this page is no longer maintained', seen: 'kept from the earlier notice tests (page not recorded)' },
    ],
  },
  {
    kind: 'outdated-content',
    pattern: /^(?:Older articles may contain outdated (?:content|information)|This (?:article|page|post|content) (?:may|might) be (?:outdated|out of date)|The information in this (?:article|post|page) may be (?:outdated|out of date))\b/i,
    cue: 'outdated|out of date',
    examples: [{ text: 'Older articles may contain outdated content. Check that the information is still current.', seen: 'kept from the earlier notice tests (page not recorded)' }],
  },
];
