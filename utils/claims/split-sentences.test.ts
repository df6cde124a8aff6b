import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

const texts = (paragraph: string): string[] => splitSentences(paragraph).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after titles, months or initialisms inside a sentence', () => {
    expect(texts('Mr. Smith met Gen. Allen on Jan. 5 at the U.S. Capitol. Then he left.')).toEqual([
      'Mr. Smith met Gen. Allen on Jan. 5 at the U.S. Capitol.',
      'Then he left.',
    ]);
    expect(texts('The U.S. Army withdrew. Sen. John McCain objected.')).toEqual(['The U.S. Army withdrew.', 'Sen. John McCain objected.']);
  });

  it('still ends a sentence after an initialism when a new sentence clearly starts', () => {
    expect(texts('The envoy flew back to the U.S. He declined to comment.')).toEqual([
      'The envoy flew back to the U.S.',
      'He declined to comment.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(texts('“Really, this is not the time,” he said. “We are facing a larger threat.”')).toEqual([
      '“Really, this is not the time,” he said.',
      '“We are facing a larger threat.”',
    ]);
    expect(texts('He said, “Nobody has called.” The talks ended.')).toEqual(['He said, “Nobody has called.”', 'The talks ended.']);
  });

  it('gives each sentence its offset in the paragraph', () => {
    const paragraph = 'Tikrit fell. Mosul held.';
    for (const s of splitSentences(paragraph)) expect(paragraph.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});
