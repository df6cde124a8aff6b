import { describe, expect, it } from 'vitest';
import { tagSentences } from './tagger';

describe('tagSentences', () => {
  it('reads a batch of sentences in one pass and gives each its own offsets, tags and entities', () => {
    const sentences = ['The council met in private.', 'Some 2,000 people are still waiting for $4.5 million in aid.', 'It will vote on Tuesday.'];
    const [first, second, third] = tagSentences(sentences);
    for (const [i, tagged] of [first, second, third].entries()) {
      for (const token of tagged!.tokens) expect(sentences[i]!.slice(token.start, token.end)).toBe(token.text);
    }
    expect(second!.tokens[0]).toMatchObject({ text: 'Some', start: 0 });
    expect(second!.tokens.find((t) => t.text === 'waiting')).toMatchObject({ pos: 'VERB', lemma: 'wait' });
    expect(second!.entities.map((e) => [e.type, e.text])).toEqual(expect.arrayContaining([['MONEY', '$4.5 million']]));
    for (const entity of second!.entities) expect(sentences[1]!.slice(entity.start, entity.end)).toBe(entity.text);
    expect(third!.tokens.find((t) => t.lower === 'will')?.pos).toBe('AUX');
    expect(first!.entities).toEqual([]);
  });

  it('returns nothing for no sentences and survives text the model has never seen', () => {
    expect(tagSentences([])).toEqual([]);
    const [odd] = tagSentences(['\u0000\u202e ￿ 𝕏𝕐 <script>alert(1)</script> ' + '9'.repeat(500)]);
    expect(odd!.tokens.length).toBeGreaterThan(0);
  });
});
