import { afterEach, describe, expect, it } from 'vitest';
import { locateClaim } from '../../utils/claims/locate-claim';
import { clearHighlight, highlightRange } from '../../entrypoints/content/highlight-claim';

const QUOTE = 'Tikrit, the hometown of former leader Saddam Hussein, was in full control of the military.';

function page(): void {
  document.body.innerHTML = `<article><p>Intro.</p><p>Tikrit, the hometown of <a href="#">former leader</a>
    Saddam Hussein, was in full control of the military. Then more.</p></article>`;
}

describe('Show in page: the highlight', () => {
  afterEach(() => {
    clearHighlight();
    document.body.innerHTML = '';
  });

  it('marks the sentence (marks where the Highlight API is missing) and clears it on the next show', () => {
    page();
    const range = locateClaim(document, { sentenceIndex: 1, quote: QUOTE, prefix: '', suffix: '' })!;
    highlightRange(range, 'c1', true);
    const holder = document.querySelector('[data-as-of-highlight]');
    expect(holder?.textContent?.replace(/\s+/g, ' ')).toContain(QUOTE);
    const marked = Array.from(document.querySelectorAll('mark[data-as-of-highlight]'), (m) => m.textContent).join('');
    // happy-dom has no CSS Custom Highlight API, so this takes the <mark> path.
    expect(typeof CSS !== 'undefined' && 'highlights' in CSS).toBe(false);
    expect(marked.replace(/\s+/g, ' ')).toBe(QUOTE);
    clearHighlight();
    expect(document.querySelector('[data-as-of-highlight]')).toBeNull();
    expect(document.body.textContent).toContain('Then more.');
    expect(document.querySelectorAll('article p')[1]?.textContent?.replace(/\s+/g, ' ')).toContain(QUOTE);
  });
});
