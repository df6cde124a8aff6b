import { describe, expect, it } from 'vitest';
import { claimCitation } from './claims-list';
import { claim } from './test-reports';

describe('claimCitation', () => {
  it('carries the sentence, its date and where it came from', () => {
    expect(claimCitation(claim(), 'https://news.example/story', '12 Jun 2014')).toBe(
      `“${claim().text}”\n— published 12 Jun 2014, https://news.example/story`,
    );
    expect(claimCitation(claim(), 'https://news.example/story', null)).toContain('publish date unknown');
  });
});
