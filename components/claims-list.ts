import type { Claim, ClaimCategory } from '../utils/report';
import { categoryName } from './category-names';
import { highlightCues } from './cue-highlight';
import { el } from './dom';
import { resolvedLine } from './words/claim-words';
import { formatNumber, type Words } from './words/words';

export interface ClaimHandlers {
  onShow(claim: Claim): void;
  onCopy(claim: Claim): void;
}

/** Claims in the listed categories, highest score first. */
export function visibleClaims(claims: readonly Claim[], categories: readonly ClaimCategory[]): Claim[] {
  return claims.filter((c) => c.categories.some((k) => categories.includes(k))).sort((a, b) => b.score - a.score);
}

/** How many claims the popup shows before "Show all N": what a reader sees in one screen. */
export const FIRST_SHOWN = 5;

/**
 * The claims section: the strongest FIRST_SHOWN claims, the rest collapsed behind "Show all N",
 * and a filter per category present (choosing a category shows all of its claims).
 */
export function renderClaimsList(claims: readonly Claim[], categories: readonly ClaimCategory[], handlers: ClaimHandlers, words: Words): HTMLElement {
  const shown = visibleClaims(claims, categories);
  const section = el('section', { class: 'claims', 'aria-labelledby': 'claims-title' },
    el('h2', { id: 'claims-title' }, words.t('claims.title', [formatNumber(words, shown.length)])));
  if (shown.length === 0) {
    section.append(el('p', { class: 'muted' }, words.t('claims.none')));
    return section;
  }
  const list = el('ol', { class: 'claim-list', id: 'claim-list' }, ...shown.map((claim) => renderClaim(claim, handlers, words)));
  const more = el('button', { type: 'button', class: 'show-all', 'aria-controls': 'claim-list' }, words.t('claims.showAll', [formatNumber(words, shown.length)]));
  const state = { filter: '', expanded: shown.length <= FIRST_SHOWN };
  const apply = (): void => {
    (Array.from(list.children) as HTMLElement[]).forEach((item, rank) => {
      const matches = state.filter === '' || (item.dataset.categories ?? '').split(' ').includes(state.filter);
      item.hidden = !matches || (state.filter === '' && !state.expanded && rank >= FIRST_SHOWN);
    });
    more.hidden = state.expanded || state.filter !== '';
  };
  more.addEventListener('click', () => {
    state.expanded = true;
    apply();
    (list.children[FIRST_SHOWN]?.querySelector('button') as HTMLElement | null)?.focus();
  });
  apply();
  section.append(renderFilter(shown, words, (filter) => { state.filter = filter; apply(); }), list, more);
  return section;
}

function renderFilter(claims: readonly Claim[], words: Words, onChange: (category: string) => void): HTMLElement {
  const present = [...new Set(claims.flatMap((c) => c.categories))];
  const select = el('select', { id: 'claim-filter' },
    el('option', { value: '' }, words.t('claims.all')),
    ...present.map((k) => el('option', { value: k }, `${categoryName(k, words)} (${formatNumber(words, claims.filter((c) => c.categories.includes(k)).length)})`)));
  select.addEventListener('change', () => onChange(select.value));
  return el('div', { class: 'filter' }, el('label', { for: 'claim-filter' }, words.t('claims.filter')), select);
}

function renderClaim(claim: Claim, handlers: ClaimHandlers, words: Words): HTMLElement {
  const show = el('button', { type: 'button', class: 'show', 'data-claim-id': claim.id }, words.t('claims.show'));
  show.addEventListener('click', () => handlers.onShow(claim));
  const copy = el('button', { type: 'button', class: 'copy' }, words.t('claims.copy'));
  copy.addEventListener('click', () => handlers.onCopy(claim));
  const resolved = claim.cues.flatMap((cue) => resolvedLine(cue, words) ?? []);
  return el('li', { class: 'claim', 'data-claim-id': claim.id, 'data-categories': claim.categories.join(' ') },
    el('p', { class: 'tags' }, ...claim.categories.map((k) => el('span', { class: `tag tag-${k}` }, categoryName(k, words)))),
    el('p', { class: 'sentence' }, ...highlightCues(claim.text, claim.cues, words)),
    resolved.length > 0 && el('p', { class: 'resolved' }, resolved.join(' · ')),
    el('div', { class: 'actions' }, show, copy));
}

/** What "Copy" puts on the clipboard: the sentence with its date and where it came from. */
export function claimCitation(claim: Claim, url: string, published: string | null, words: Words): string {
  return `“${claim.text}”\n— ${published ? words.t('claims.citedPublished', [published]) : words.t('claims.citedUnknown')}, ${url}`;
}
