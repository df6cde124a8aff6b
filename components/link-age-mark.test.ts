import { describe, expect, it } from 'vitest';
import { NOW } from '../test/helpers/fixtures';
import { wordsFor } from '../test/helpers/words';
import { datedLink } from '../utils/links/find-link-dates';
import { DEFAULT_SETTINGS, contrastRatio } from '../utils/settings';
import { createLinkAgeMark, linkAgeMarkContent, linkAgeMarkTag } from './link-age-mark';

const en = wordsFor('en-GB');

function contentFor(href: string) {
  const link = datedLink({ href }, { url: 'https://www.google.com/search?q=x', now: NOW });
  return linkAgeMarkContent(link!.published!, link!.age!, DEFAULT_SETTINGS, en);
}

describe('link age mark', () => {
  it('shows the short age, the date from the address on hover, in the badge colour for that age', () => {
    const content = contentFor('https://www.theguardian.com/us-news/2016/nov/29/standing-rock');
    expect(content.text).toBe('9y');
    expect(content.title).toBe('29 Nov 2016 · from the address');
    expect(content.label).toContain('29 Nov 2016');
    expect(content.background).toBe(DEFAULT_SETTINGS.olderColor);
    expect(contrastRatio(content.background, content.color)).toBeGreaterThanOrEqual(4.5);
  });

  it('says a month-only address at month precision', () => {
    expect(contentFor('https://www.theatlantic.com/ideas/archive/2020/08/californias-disasters/615610/').title).toBe('August 2020 · from the address');
  });

  it('is one element with an unpredictable tag and nothing readable in the light DOM', () => {
    const tag = linkAgeMarkTag();
    expect(tag).toMatch(/^as-of-age-[a-z0-9]{8}$/);
    expect(linkAgeMarkTag()).not.toBe(tag);
    const host = createLinkAgeMark(tag, contentFor('https://www.nytimes.com/2020/08/16/business/california-blackouts.html'));
    expect(host.localName).toBe(tag);
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    expect(host.style.getPropertyValue('display')).toBe('inline');
  });
});
