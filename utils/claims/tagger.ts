import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word of a sentence as wink-nlp tags it: universal part of speech, lemma, offsets in the sentence. */
export interface Token {
  text: string;
  /** Lower case. */
  lower: string;
  lemma: string;
  /** Universal POS: NOUN, PROPN, VERB, AUX, NUM, ADJ, ADV, ADP, DET, PRON, PART, PUNCT, SYM, … */
  pos: string;
  start: number;
  end: number;
}

/** A named span wink-nlp's model finds: DATE, CARDINAL, MONEY, PERCENT, ORDINAL, DURATION, TIME, … */
export interface Entity {
  type: string;
  text: string;
  start: number;
  end: number;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
}

export interface Tagged {
  tokens: Token[];
  entities: Entity[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** Loads the English model once (about 100 ms); the popup calls it early, while it waits for the page. */
export function warmTagger(): void {
  nlp ??= winkNLP(model, ['pos', 'ner']);
}

/** Between sentences of a batch: a paragraph break, so the model never reads two sentences as one. */
const SEPARATOR = '\n\n';

/**
 * The sentences' words with part of speech and lemma, and their number, date and money entities, as
 * wink-nlp's light English model reads them; offsets are each sentence's own. The sentences are read
 * as one document: the model's cost is mostly per document (some 1 ms), not per word.
 */
export function tagSentences(texts: readonly string[]): Tagged[] {
  warmTagger();
  const its = nlp!.its;
  const joined = texts.join(SEPARATOR);
  const doc = nlp!.readDoc(joined);
  const values = doc.tokens().out(its.value);
  const pos = doc.tokens().out(its.pos);
  const lemmas = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + SEPARATOR.length;
  }
  const tagged: Tagged[] = texts.map(() => ({ tokens: [], entities: [] }));
  /** Which sentence a joined offset falls in, and that token's index in the sentence. */
  const place: { sentence: number; index: number }[] = [];
  let at = 0;
  let sentence = 0;
  values.forEach((value, i) => {
    if (value.trim() === '') {
      place.push({ sentence: -1, index: -1 }); // the model's own token for a line break between sentences
      return;
    }
    const found = joined.indexOf(value, at);
    const start = found < 0 ? at : found;
    at = found < 0 ? at : start + value.length;
    while (sentence + 1 < starts.length && start >= starts[sentence + 1]!) sentence += 1;
    const base = starts[sentence]!;
    const tokens = tagged[sentence]!.tokens;
    place.push({ sentence, index: tokens.length });
    tokens.push({ text: value, lower: value.toLowerCase(), lemma: lemmas[i] ?? value.toLowerCase(), pos: pos[i] ?? 'X', start: start - base, end: at - base });
  });
  const spans = doc.entities().out(its.span) as unknown as number[][];
  const types = doc.entities().out(its.type);
  spans.forEach(([first = 0, last = 0], i) => {
    const a = place[first];
    const b = place[last];
    if (!a || !b || a.sentence < 0 || a.sentence !== b.sentence) return;
    const { tokens, entities } = tagged[a.sentence]!;
    const [ta, tb] = [tokens[a.index]!, tokens[b.index]!];
    entities.push({ type: types[i] ?? '', text: texts[a.sentence]!.slice(ta.start, tb.end), start: ta.start, end: tb.end, first: a.index, last: b.index });
  });
  return tagged;
}

/** One sentence's tags (see tagSentences). */
export const tagSentence = (text: string): Tagged => tagSentences([text])[0]!;
