import type { Claim, ClaimCategory } from '../utils/report';
import { CATEGORY_NAMES } from './category-names';
import { highlightCues } from './cue-highlight';
import { el } from './dom';

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
export function renderClaimsList(claims: readonly Claim[], categories: readonly ClaimCategory[], handlers: ClaimHandlers): HTMLElement {
  const shown = visibleClaims(claims, categories);
  const section = el('section', { class: 'claims', 'aria-labelledby': 'claims-title' },
    el('h2', { id: 'claims-title' }, `Statements to recheck (${shown.length})`));
  if (shown.length === 0) {
    section.append(el('p', { class: 'muted' }, 'No time-sensitive statements found in the listed categories.'));
    return section;
  }
  const list = el('ol', { class: 'claim-list', id: 'claim-list' }, ...shown.map((claim) => renderClaim(claim, handlers)));
  const more = el('button', { type: 'button', class: 'show-all', 'aria-controls': 'claim-list' }, `Show all ${shown.length}`);
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
  section.append(renderFilter(shown, (filter) => { state.filter = filter; apply(); }), list, more);
  return section;
}

function renderFilter(claims: readonly Claim[], onChange: (category: string) => void): HTMLElement {
  const present = [...new Set(claims.flatMap((c) => c.categories))];
  const select = el('select', { id: 'claim-filter' },
    el('option', { value: '' }, 'All categories'),
    ...present.map((k) => el('option', { value: k }, `${CATEGORY_NAMES[k]} (${claims.filter((c) => c.categories.includes(k)).length})`)));
  select.addEventListener('change', () => onChange(select.value));
  return el('div', { class: 'filter' }, el('label', { for: 'claim-filter' }, 'Show'), select);
}

function renderClaim(claim: Claim, handlers: ClaimHandlers): HTMLElement {
  const show = el('button', { type: 'button', class: 'show', 'data-claim-id': claim.id }, 'Show in page');
  show.addEventListener('click', () => handlers.onShow(claim));
  const copy = el('button', { type: 'button', class: 'copy' }, 'Copy');
  copy.addEventListener('click', () => handlers.onCopy(claim));
  const resolved = claim.cues.flatMap((cue) => (cue.resolved ? [`“${cue.text}” → ${cue.resolved.label}`] : []));
  return el('li', { class: 'claim', 'data-claim-id': claim.id, 'data-categories': claim.categories.join(' ') },
    el('p', { class: 'tags' }, ...claim.categories.map((k) => el('span', { class: `tag tag-${k}` }, CATEGORY_NAMES[k]))),
    el('p', { class: 'sentence' }, ...highlightCues(claim.text, claim.cues)),
    resolved.length > 0 && el('p', { class: 'resolved' }, resolved.join(' · ')),
    el('div', { class: 'actions' }, show, copy));
}

/** What "Copy" puts on the clipboard: the sentence with its date and where it came from. */
export function claimCitation(claim: Claim, url: string, published: string | null): string {
  return `“${claim.text}”\n— ${published ? `published ${published}` : 'publish date unknown'}, ${url}`;
}
