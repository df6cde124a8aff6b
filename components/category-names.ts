import type { ClaimCategory } from '../utils/report';
import type { MessageKey, Words } from './words/words';

/** Each claim category's stable id and its name's key in the message catalogue (locales/*.yml, `category.*`). */
const CATEGORY_KEYS: Record<ClaimCategory, MessageKey> = {
  'relative-time': 'category.relativeTime',
  'present-state': 'category.presentState',
  'running-figure': 'category.runningFigure',
  'office-holder': 'category.officeHolder',
  forecast: 'category.forecast',
  record: 'category.record',
};

/** A category's name in the reader's language; the id itself if the catalogue lacks it. */
export function categoryName(id: ClaimCategory, words: Words): string {
  const key = CATEGORY_KEYS[id];
  return (key && words.t(key)) || id;
}
