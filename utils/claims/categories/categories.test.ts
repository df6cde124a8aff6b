import { beforeAll, describe, expect, it } from 'vitest';
import { sentenceCues, sentenceVerdict } from '../sentence-cues';
import { warmTagger } from '../tagger';
import type { Reference } from '../types';
import { CATEGORIES, CATEGORY_IDS, CATEGORY_LABELS, CATEGORY_WEIGHTS } from '.';

/** Thursday 2 November 2023. */
const REF: Reference = { precision: 'day', year: 2023, month: 11, day: 2 };
const kindsOf = (sentence: string): string[] => sentenceCues(sentence, REF).map((c) => c.kind);

beforeAll(warmTagger);

describe('the category registry', () => {
  it('gives every category a unique id, an English label, a weight and real examples both ways', () => {
    expect(new Set(CATEGORY_IDS).size).toBe(CATEGORIES.length);
    for (const category of CATEGORIES) {
      expect(CATEGORY_LABELS[category.id]).toMatch(/^[A-Z][a-z]+(?: [a-z]+)*$/);
      expect(CATEGORY_WEIGHTS[category.id]).toBeGreaterThan(0);
      expect(category.examples.length).toBeGreaterThanOrEqual(3);
      expect(category.negatives.length).toBeGreaterThanOrEqual(1);
    }
  });
});

describe.each(CATEGORIES.map((c) => [c.id, c] as const))('category %s', (id, category) => {
  it.each(category.examples.map((e) => [e]))('flags “%s”', (sentence) => {
    expect(kindsOf(sentence)).toContain(id);
    expect(sentenceVerdict(sentence, REF).listed).toBe(true);
  });

  it.each(category.negatives.map((e) => [e]))('does not flag “%s” as this category', (sentence) => {
    expect(kindsOf(sentence)).not.toContain(id);
  });
});

describe('vetoes', () => {
  it('a stated earlier year makes figures, offices and tense-only states history', () => {
    expect(kindsOf('In 1998 the bridge cost $40 million to build.')).toEqual([]);
    expect(kindsOf('Roof entered the church on the evening of June 17, 2015, and sat with the group.')).not.toContain('running-figure');
    expect(kindsOf('The bridge cost $40 million to build.')).toContain('running-figure');
  });

  it('a past year inside a quotation does not make the attribution around it history; one in the narration still dates the quote', () => {
    expect(kindsOf('“Back in the 1990s the lake was far busier,” said Ann Reed, who is the county parks director.')).toContain('office-holder');
    expect(kindsOf('In 1998, Mayor Tom Reed opened the bridge.')).not.toContain('office-holder');
    expect(kindsOf('“Mayor Tom Reed opened it,” she said of the bridge built in 1998.')).not.toContain('office-holder');
  });

  it('a title in the past is no office held now', () => {
    expect(kindsOf('The late Pope John Paul II visited the town.')).not.toContain('office-holder');
    expect(kindsOf('Then-Secretary of State Hillary Clinton met him.')).not.toContain('office-holder');
    expect(kindsOf('Secretary of State Antony Blinken met him.')).toContain('office-holder');
  });

  it('generic "will" is no forecast, a named or dated one is', () => {
    expect(kindsOf('The benefits will be enormous.')).not.toContain('forecast');
    expect(kindsOf('Heavier rain will fall in future as the air warms.')).not.toContain('forecast');
    expect(kindsOf('Toyota will open the plant in March.')).toContain('forecast');
  });

  it('"hope" the noun is no forecast, "hopes" the verb is', () => {
    expect(kindsOf('There is little hope left in the camp.')).not.toContain('forecast');
    expect(kindsOf('The mayor hopes the road reopens soon.')).toContain('forecast');
  });

  it('ages, small counts and years are not running figures', () => {
    expect(kindsOf('Smith, who was 21 at the time, was arrested.')).not.toContain('running-figure');
    expect(kindsOf('The 34-year-old driver was not hurt.')).not.toContain('running-figure');
    expect(kindsOf('The league has eight teams in two groups of four.').filter((k) => k === 'running-figure').length).toBeLessThanOrEqual(2);
    expect(sentenceVerdict('The league has eight teams in two groups of four.', REF).listed).toBe(false);
  });

  it('the present perfect runs through "been" to its verb or adjective; the past perfect is no state now', () => {
    expect(kindsOf('Several airlines have been cancelling flights across the region.')).toContain('present-state');
    expect(kindsOf('The bridge has been closed to traffic.')).toContain('present-state');
    expect(kindsOf('The number of new cases in the region has been more stable.')).toContain('present-state');
    expect(kindsOf('The number of new cases in the region had been more stable.')).not.toContain('present-state');
    expect(kindsOf('The airline had been cancelling flights across the region.')).not.toContain('present-state');
  });

  it('tense read inside a quote or a history sentence weighs nothing', () => {
    expect(sentenceVerdict('“We are building something new,” she said.', REF).listed).toBe(false);
    expect(sentenceVerdict('In 2009 the council was weighing a new tax.', REF).listed).toBe(false);
  });

  it('page furniture is never a claim', () => {
    for (const sentence of [
      'Sign up for our morning newsletter to get the latest headlines.',
      'MORE: City council votes to raise fares next year',
      'Police patrol the square on Tuesday. (Photo: John Smith/Getty Images)',
      'Reporting by Jane Roe; Editing by Tom Lee',
    ]) expect(sentenceCues(sentence, REF), sentence).toEqual([]);
  });
});
