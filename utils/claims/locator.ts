import type { ClaimLocator } from '../report';
import { LOCATOR_CONTEXT_WORDS } from './constants';

export interface BodySentence {
  text: string;
  /** Index among the body's sentences. */
  index: number;
}

const lastWords = (text: string): string => text.split(' ').slice(-LOCATOR_CONTEXT_WORDS).join(' ');
const firstWords = (text: string): string => text.split(' ').slice(0, LOCATOR_CONTEXT_WORDS).join(' ');

/** The sentence itself plus a few words either side, to pick the right occurrence in the page. */
export function locatorFor(sentences: readonly BodySentence[], position: number): ClaimLocator {
  const sentence = sentences[position]!;
  return {
    sentenceIndex: sentence.index,
    quote: sentence.text,
    prefix: lastWords(sentences[position - 1]?.text ?? ''),
    suffix: firstWords(sentences[position + 1]?.text ?? ''),
  };
}
