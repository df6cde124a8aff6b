import { describe, expect, it } from 'vitest';
import type { ClaimCategory } from '../report';
import { sentenceCues, sentenceVerdict } from './sentence-cues';
import type { Reference } from './types';

const REF: Reference = { precision: 'day', year: 2014, month: 6, day: 12 };

const cueTexts = (sentence: string, kind: ClaimCategory): string[] =>
  sentenceCues(sentence, REF).filter((c) => c.kind === kind).map((c) => c.text);
const kinds = (sentence: string): ClaimCategory[] => [...new Set(sentenceCues(sentence, REF).map((c) => c.kind))];
/** Is the sentence listed at all (a lone weak cue from tense is not enough)? */
const listed = (sentence: string): boolean => sentenceVerdict(sentence, REF).listed;

describe('present state that can lapse', () => {
  it('finds states described as of the day of writing', () => {
    expect(cueTexts('For now, militants remain in control of Mosul.', 'present-state')).toEqual(['For now', 'remain in control']);
    expect(cueTexts('Local police forces are still in charge of the security inside the city.', 'present-state')).toContain('still in charge');
    expect(cueTexts('Kurdish troops now control the entire province of Kirkuk.', 'present-state')).toEqual(['now control']);
    expect(cueTexts('The United States is looking to see what more support it can provide.', 'present-state')).toEqual(['is looking to see']);
    expect(cueTexts('The company has yet to say how many jobs will go.', 'present-state')).toContain('has yet to');
    expect(cueTexts('So far, no group has claimed the attack.', 'present-state')).toEqual(['So far', 'has claimed']);
  });
});

describe('running figures', () => {
  it('finds counts and amounts that grow or change', () => {
    expect(cueTexts('More than 500,000 people have fled the fighting there.', 'running-figure')).toEqual(['More than 500,000 people']);
    expect(cueTexts('Washington has provided $15 billion in training.', 'running-figure')).toEqual(['$15 billion']);
    expect(cueTexts('Militants raided the consulate, capturing 48 people, including diplomats.', 'running-figure')).toEqual(['48 people']);
    expect(cueTexts('Mosul, a predominantly Sunni city of 1.6 million, fell.', 'running-figure')).toEqual(['1.6 million']);
    expect(cueTexts('Unemployment rose to 7.2% in May.', 'running-figure')).toEqual(['7.2%']);
  });

  it('leaves years, durations and distances alone', () => {
    expect(kinds('CNN cannot confirm the authenticity of the 17-minute-long audio.')).not.toContain('running-figure');
    expect(kinds('The city lies about 165 miles north of Baghdad.')).not.toContain('running-figure');
    expect(kinds('The dam was completed in 1986.')).toEqual([]);
    expect(listed('The city lies about 165 miles north of Baghdad.')).toBe(false);
  });
});

describe('office holders', () => {
  it('takes the title with the name', () => {
    expect(cueTexts('The session was requested by Prime Minister Nuri al-Maliki.', 'office-holder')).toEqual(['Prime Minister Nuri al-Maliki']);
    expect(cueTexts('Iraqi Foreign Minister Hoshyar Zebari told CNN the army collapsed.', 'office-holder')).toEqual(['Foreign Minister Hoshyar Zebari']);
    expect(cueTexts('National Security Council spokeswoman Bernadette Meehan said options were open.', 'office-holder')).toEqual(['spokeswoman Bernadette Meehan']);
    expect(cueTexts('It can fight the forces of Syrian President Bashar al-Assad.', 'office-holder')).toEqual(['President Bashar al-Assad']);
    expect(cueTexts('But Vice-President Mike Pence stressed the risk.', 'office-holder')).toEqual(['Vice-President Mike Pence']);
    expect(cueTexts('A former soldier said President Barack Obama erred.', 'office-holder')).toEqual(['President Barack Obama']);
  });

  it('does not flag a former office or a title without a name', () => {
    expect(kinds('Tikrit is the hometown of former leader Saddam Hussein.')).not.toContain('office-holder');
    expect(kinds('Appointees like former New York mayor Rudy Giuliani wait.')).not.toContain('office-holder');
    expect(kinds('The president spoke to reporters.')).toEqual([]);
  });
});

describe('forecasts and intentions', () => {
  it('finds what was expected, planned, hoped or threatened', () => {
    expect(cueTexts('It appears that Iraqi forces will team up with Kurdish fighters.', 'forecast')).toEqual(['will']);
    expect(cueTexts('The central bank is expected to raise rates.', 'forecast')).toEqual(['is expected to']);
    expect(cueTexts('The company plans to close the plant.', 'forecast')).toEqual(['plans to']);
    expect(cueTexts('The Iraqi government hopes the militants can be beaten back.', 'forecast')).toEqual(['hopes']);
    expect(cueTexts('ISIS is threatening the takeover of more cities.', 'forecast')).toEqual(['threatening']);
  });

  it('does not read "will" the noun as a forecast', () => {
    expect(kinds('Reform needs political will.')).not.toContain('forecast');
    expect(listed('Reform needs political will.')).toBe(false);
  });
});

describe('records and spans', () => {
  it('finds records measured up to the day of writing, with the year they count from', () => {
    const cue = sentenceCues('Violence is at “levels unseen since 2007.”', REF).find((c) => c.kind === 'record');
    expect(cue).toMatchObject({ text: 'levels unseen since 2007', resolved: { value: '2007', precision: 'year' } });
    expect(cueTexts('The flood was the largest since records began.', 'record')).toEqual(['largest since records began']);
    expect(cueTexts('Women voted for the first time.', 'record')).toEqual(['for the first time']);
  });
});

describe('sentences that are not time-sensitive', () => {
  it('finds no cue in timeless statements, background facts or quotes without state', () => {
    for (const sentence of [
      'Water boils at 100 degrees.',
      'Saddam Hussein was born in Tikrit.',
      '“Don’t give up a hand’s width of ground you’ve liberated,” the voice said.',
      'Some lawmakers refused to attend the session to prevent a quorum.',
    ]) expect(listed(sentence), sentence).toBe(false);
  });
});

describe('quotations that close in this sentence', () => {
  it('reads an unpaired straight quote after the quote\'s last comma as its close: the attribution after it is narration', () => {
    // The quote opened in the sentence before; its mark here closes it. The office in the attribution is the story's, and
    // the past year inside the quote does not make it history.
    const sentence = 'What is planned is much smaller than what stood there in 2009," said Ann Reed who is County Parks Director.';
    expect(kinds(sentence)).toContain('office-holder');
    // Still a quote when the mark opens one: the tense inside it weighs nothing.
    expect(listed('She said: "We are building something new and the lake is busier')).toBe(false);
  });
});
