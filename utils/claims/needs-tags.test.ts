import { describe, expect, it } from 'vitest';
import { mayNeedTags } from './needs-tags';
import { sentenceVerdict } from './sentence-cues';

/** Sentences a story is full of that hold no number, modal, be + -ing or have + verb. */
const PLAIN = [
  'The minister resigned after a week of protests in the capital.',
  'Rebels control the north of the country, residents said.',
  'Police arrested the suspect at his home and seized a laptop.',
  'Officials say the bridge carries most of the traffic into the city.',
];

describe('mayNeedTags', () => {
  it('lets sentences without numbers, modals or tense cues skip the language model, and such a sentence is never listed', () => {
    for (const sentence of PLAIN) {
      expect(mayNeedTags(sentence), sentence).toBe(false);
      expect(sentenceVerdict(sentence, null).listed, sentence).toBe(false);
    }
  });

  it('sends numbers, forecasts and present states (negated ones too) to the model', () => {
    expect(mayNeedTags('More than 160,000 people are sheltering in schools.')).toBe(true);
    expect(mayNeedTags('Hundreds of families fled.')).toBe(true);
    expect(mayNeedTags('The company will close the plant.')).toBe(true);
    expect(mayNeedTags('The agency is still advising residents to boil water.')).toBe(true);
    expect(mayNeedTags('No group has claimed responsibility.')).toBe(true);
    expect(mayNeedTags('The police haven’t seen the photos, the Journal reported.')).toBe(true);
    expect(mayNeedTags('The ministry isn’t saying where the troops are.')).toBe(true);
    expect(mayNeedTags('The ministry does not publish its figures for the region.')).toBe(true);
    expect(mayNeedTags('The chain doesn’t carry the cereal.')).toBe(true);
    expect(mayNeedTags('The two countries technically remain at war.')).toBe(true);
    expect(mayNeedTags('There should be zero tolerance for such material.')).toBe(true);
  });
});
