import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { NL } from './nl';
import type { NoticeWording } from './types';

/**
 * Every old-story wording, one registry per language. A new wording is one entry with its examples;
 * the page-text scan, the element match and the tests are all derived from this list.
 * (Portuguese: no wording could be confirmed on a real page yet.)
 */
export const NOTICE_WORDINGS: readonly NoticeWording[] = [...EN, ...DE, ...FR, ...ES, ...IT, ...NL];
