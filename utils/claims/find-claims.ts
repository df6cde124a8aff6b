import type { Claim, StampFinding } from '../report';
import { articleParagraphs } from './article-paragraphs';
import { MAX_BODY_CHARS, MAX_SENTENCE_CHARS } from './constants';
import { locatorFor, type BodySentence } from './locator';
import { mayNeedTags } from './needs-tags';
import { untimed, type ClaimsPart } from './parts';
import { referenceOf } from './reference';
import { categoriesOf, MIN_RAW, rawScore, toScore } from './score';
import { viewCues } from './sentence-cues';
import { sentenceView } from './sentence-view';
import { splitSentences } from './split-sentences';
import { tagSentences, type Tagged } from './tagger';
import type { SentenceView } from './types';

/** Sentences tagged per pass of the language model: its cost is mostly per pass, and a deadline is checked between sentences. */
const TAG_BATCH = 40;
/** A sentence has at least four words; "30." or "9" left by a split is not a statement. */
const MIN_WORDS = /\S+\s+\S+\s+\S+\s+\S/;
/** What a sentence that needs no tagging is read with (see needs-tags.ts). */
const UNTAGGED: Tagged = { tokens: [], entities: [] };

/** A short stable id from the sentence text (FNV-1a), so the popup can ask for it again. */
function idOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `c${(hash >>> 0).toString(36)}`;
}

export interface ScanOptions {
  /** Asked before each sentence; true stops the scan (the caller owns the clock: utils/ never reads it). */
  overBudget?: () => boolean;
  /** Runs each part of the step; a benchmark passes one that times them (the caller owns the clock). */
  timed?: <T>(part: ClaimsPart, work: () => T) => T;
}

export interface ScanResult {
  claims: Claim[];
  /** Sentences left unread because the budget ran out. */
  skipped: number;
}

const CLOSING = new Set([' ', '.', '!', '?', '…', '"', '”', '’', "'"]);
/** A sentence as it is compared for repeats: case, spacing and its closing punctuation aside (trimmed by a loop: linear on any run). */
function repeatKey(text: string): string {
  const folded = text.toLowerCase().replace(/\s+/g, ' ');
  let end = folded.length;
  while (end > 0 && CLOSING.has(folded[end - 1]!)) end -= 1;
  return folded.slice(0, end);
}

/**
 * The body's sentences, bounded: at most MAX_BODY_CHARS of text, sentences longer than MAX_SENTENCE_CHARS left out.
 * A sentence the page states twice (the standfirst's, again in the body; a pull quote) is read once, where it first stands.
 */
function bodySentences(doc: Document, timed: NonNullable<ScanOptions['timed']>): BodySentence[] {
  const sentences: BodySentence[] = [];
  const seen = new Set<string>();
  let chars = 0;
  const paragraphs = timed('paragraphs', () => articleParagraphs(doc));
  return timed('split', () => {
    for (const paragraph of paragraphs) {
      chars += paragraph.length;
      if (chars > MAX_BODY_CHARS) break;
      for (const { text } of splitSentences(paragraph)) {
        const key = repeatKey(text);
        if (seen.has(key)) continue;
        seen.add(key);
        sentences.push({ text, index: sentences.length });
      }
    }
    return sentences;
  });
}

/**
 * The article's time-sensitive sentences, ranked: each sentence is tagged (wink-nlp) and read by
 * every category of the registry; `published` is the reference for relative dates; `now` only
 * bounds what may be resolved (analyzeClaims drops resolved dates after it).
 */
export function scanClaims(doc: Document, published: StampFinding | null, _now: Date, options: ScanOptions = {}): ScanResult {
  const ref = referenceOf(published);
  const timed = options.timed ?? untimed;
  const sentences = bodySentences(doc, timed);
  const seen = new Set<string>();
  const claims: Claim[] = [];
  const readable = (text: string): boolean => text.length <= MAX_SENTENCE_CHARS && MIN_WORDS.test(text);
  /** Sentences read without tags to decide whether they need them (needs-tags.ts), kept for reuse. */
  const untagged = new Map<number, SentenceView | null>();
  const needsTags = (position: number): boolean => {
    const { text } = sentences[position]!;
    if (!readable(text)) return false;
    if (mayNeedTags(text)) return true;
    if (!untagged.has(position)) {
      const view = timed('view', () => sentenceView(text, ref, position, UNTAGGED));
      untagged.set(position, timed('cues', () => viewCues(view)).length > 0 ? view : null);
    }
    return untagged.get(position) !== null;
  };
  let batch = new Map<number, Tagged>();
  for (const [position, sentence] of sentences.entries()) {
    if (options.overBudget?.()) return { claims: ranked(claims), skipped: sentences.length - position };
    if (seen.has(sentence.text) || !needsTags(position)) continue;
    seen.add(sentence.text);
    if (!batch.has(position)) batch = tagBatch(sentences, position, needsTags, timed);
    const tags = batch.get(position)!;
    const cheap = untagged.get(position);
    const view = cheap ? { ...cheap, ...tags } : timed('view', () => sentenceView(sentence.text, ref, position, tags));
    const found = timed('cues', () => viewCues(view));
    const raw = found.length > 0 ? timed('cues', () => rawScore(found, view)) : { listing: 0, ranking: 0 };
    if (raw.listing < MIN_RAW) continue;
    claims.push({
      id: idOf(sentence.text),
      text: sentence.text,
      categories: categoriesOf(found),
      cues: found.map(({ strength: _strength, ...cue }) => cue),
      score: toScore(raw.ranking),
      locator: locatorFor(sentences, position),
    });
  }
  return { claims: ranked(claims), skipped: 0 };
}

/** Tags the next TAG_BATCH sentences from `from` that need tags, in one pass of the model. */
function tagBatch(
  sentences: readonly BodySentence[], from: number, needsTags: (position: number) => boolean, timed: NonNullable<ScanOptions['timed']>,
): Map<number, Tagged> {
  const positions: number[] = [];
  for (let p = from; p < sentences.length && positions.length < TAG_BATCH; p += 1) if (needsTags(p)) positions.push(p);
  const tagged = timed('tag', () => tagSentences(positions.map((p) => sentences[p]!.text)));
  return new Map(positions.map((p, i) => [p, tagged[i]!]));
}

const ranked = (claims: Claim[]): Claim[] => claims.sort((a, b) => b.score - a.score || a.locator.sentenceIndex - b.locator.sentenceIndex);

export function findClaims(doc: Document, published: StampFinding | null, now: Date, options: ScanOptions = {}): Claim[] {
  return scanClaims(doc, published, now, options).claims;
}
