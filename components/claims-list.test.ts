import { describe, expect, it } from 'vitest';
import { claimCitation } from './claims-list';
import { claim } from './test-reports';
import { wordsFor } from '../test/helpers/words';

describe('claimCitation', () => {
  it('carries the sentence, its date and where it came from', () => {
    expect(claimCitation(claim(), 'https://news.example/story', '12 Jun 2014', wordsFor('en'))).toBe(
      `“${claim().text}”\n— published 12 Jun 2014, https://news.example/story`,
    );
    expect(claimCitation(claim(), 'https://news.example/story', null, wordsFor('en'))).toContain('publish date unknown');
    expect(claimCitation(claim(), 'https://news.example/story', '12. Juni 2014', wordsFor('de'))).toContain('— veröffentlicht 12. Juni 2014,');
  });
});
