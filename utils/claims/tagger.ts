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

/**
 * The sentence's words with part of speech and lemma, and its number, date and money entities, as
 * wink-nlp's light English model reads them. Offsets are the sentence's own character positions.
 */
export function tagSentence(text: string): Tagged {
  warmTagger();
  const its = nlp!.its;
  const doc = nlp!.readDoc(text);
  const values = doc.tokens().out(its.value);
  const pos = doc.tokens().out(its.pos);
  const lemmas = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
  const tokens: Token[] = [];
  let at = 0;
  values.forEach((value, i) => {
    const found = text.indexOf(value, at);
    const start = found < 0 ? at : found;
    const end = found < 0 ? at : start + value.length;
    at = end;
    tokens.push({ text: value, lower: value.toLowerCase(), lemma: lemmas[i] ?? value.toLowerCase(), pos: pos[i] ?? 'X', start, end });
  });
  const spans = doc.entities().out(its.span) as unknown as number[][];
  const types = doc.entities().out(its.type);
  const entities: Entity[] = [];
  spans.forEach(([first = 0, last = 0], i) => {
    const a = tokens[first];
    const b = tokens[last];
    if (a && b) entities.push({ type: types[i] ?? '', text: text.slice(a.start, b.end), start: a.start, end: b.end, first, last });
  });
  return { tokens, entities };
}
