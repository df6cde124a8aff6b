import { describe, expect, it } from 'vitest';
import { ALL_CATEGORIES } from '../utils/settings';
import { claimCitation, FIRST_SHOWN, renderClaimsList } from './claims-list';
import { claim } from './test-reports';
import { wordsFor } from '../test/helpers/words';

const noop = { onShow: () => undefined, onCopy: () => undefined };
/** Claims with falling scores: "c0" is the strongest. Every third one is a forecast, the rest present states. */
const many = (n: number) => Array.from({ length: n }, (_, i) =>
  claim({ id: `c${i}`, score: 1 - i / 100, categories: i % 3 === 0 ? ['forecast'] : ['present-state'], cues: [] }));
const visibleIds = (root: HTMLElement): string[] =>
  Array.from(root.querySelectorAll<HTMLElement>('.claim')).filter((li) => !li.hidden).map((li) => li.dataset.claimId ?? '');
const showAll = (root: HTMLElement): HTMLButtonElement | null => root.querySelector<HTMLButtonElement>('button.show-all');

describe('claimCitation', () => {
  it('carries the sentence, its date and where it came from', () => {
    expect(claimCitation(claim(), 'https://news.example/story', '12 Jun 2014', wordsFor('en'))).toBe(
      `“${claim().text}”\n— published 12 Jun 2014, https://news.example/story`,
    );
    expect(claimCitation(claim(), 'https://news.example/story', null, wordsFor('en'))).toContain('publish date unknown');
    expect(claimCitation(claim(), 'https://news.example/story', '12. Juni 2014', wordsFor('de'))).toContain('— veröffentlicht 12. Juni 2014,');
  });
});

describe('the claims list', () => {
  it('shows the strongest claims first and collapses the rest behind "Show all N"', () => {
    const root = renderClaimsList(many(26), ALL_CATEGORIES, noop, wordsFor('en'));
    expect(visibleIds(root)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(visibleIds(root)).toHaveLength(FIRST_SHOWN);
    expect(showAll(root)?.textContent).toBe('Show all 26');
    expect(showAll(root)?.hidden).toBe(false);
    expect(root.querySelector('h2')?.textContent).toBe('Statements to recheck (26)');
  });

  it('opens the whole list on "Show all" and moves focus to the first newly shown claim', () => {
    const root = renderClaimsList(many(26), ALL_CATEGORIES, noop, wordsFor('en'));
    document.body.append(root);
    showAll(root)!.click();
    expect(visibleIds(root)).toHaveLength(26);
    expect(showAll(root)?.hidden).toBe(true);
    expect((document.activeElement as HTMLElement | null)?.closest('.claim')?.getAttribute('data-claim-id')).toBe(`c${FIRST_SHOWN}`);
    root.remove();
  });

  it('has nothing to collapse when the list is short', () => {
    const root = renderClaimsList(many(FIRST_SHOWN), ALL_CATEGORIES, noop, wordsFor('en'));
    expect(visibleIds(root)).toHaveLength(FIRST_SHOWN);
    expect(showAll(root)?.hidden).toBe(true);
  });

  it('shows every claim of a chosen category, collapsed or not, and collapses again for all categories', () => {
    const root = renderClaimsList(many(26), ALL_CATEGORIES, noop, wordsFor('en'));
    const select = root.querySelector<HTMLSelectElement>('#claim-filter')!;
    select.value = 'forecast';
    select.dispatchEvent(new Event('change'));
    expect(visibleIds(root)).toEqual(['c0', 'c3', 'c6', 'c9', 'c12', 'c15', 'c18', 'c21', 'c24']);
    expect(showAll(root)?.hidden).toBe(true);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(visibleIds(root)).toHaveLength(FIRST_SHOWN);
    expect(showAll(root)?.hidden).toBe(false);
  });
});
