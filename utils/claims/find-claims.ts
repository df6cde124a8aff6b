import type { Claim, StampFinding } from '../report';
import { articleParagraphs } from './article-paragraphs';
import { locatorFor, type BodySentence } from './locator';
import { referenceOf } from './reference';
import { categoriesOf, scoreCues } from './score';
import { sentenceCues } from './sentence-cues';
import { splitSentences } from './split-sentences';

/** A short stable id from the sentence text (FNV-1a), so the popup can ask for it again. */
function idOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `c${(hash >>> 0).toString(36)}`;
}

/**
 * The article's time-sensitive sentences, ranked. `published` is the reference for relative
 * dates; `now` only bounds what may be resolved (analyzePage drops resolved dates after it).
 * Runs off the page's critical path: the content script calls it when idle or asked.
 */
export function findClaims(doc: Document, published: StampFinding | null, _now: Date): Claim[] {
  const ref = referenceOf(published);
  const sentences: BodySentence[] = articleParagraphs(doc)
    .flatMap((paragraph) => splitSentences(paragraph).map((s) => s.text))
    .map((text, index) => ({ text, index }));
  const seen = new Set<string>();
  const claims: Claim[] = [];
  sentences.forEach((sentence, position) => {
    if (seen.has(sentence.text)) return;
    seen.add(sentence.text);
    const cues = sentenceCues(sentence.text, ref);
    if (cues.length === 0) return;
    claims.push({
      id: idOf(sentence.text),
      text: sentence.text,
      categories: categoriesOf(cues),
      cues,
      score: scoreCues(cues),
      locator: locatorFor(sentences, position),
    });
  });
  return claims.sort((a, b) => b.score - a.score || a.locator.sentenceIndex - b.locator.sentenceIndex);
}
