import type { Claim, PageReport } from '../utils/report';
import type { Settings } from '../utils/settings';
import { renderClaimsList, type ClaimHandlers } from './claims-list';
import { el } from './dom';
import { renderReportHeader } from './report-header';
import { notArticleReason } from './words/report-words';
import type { MessageKey, Words } from './words/words';

export type PopupView =
  | { state: 'loading' }
  | { state: 'unavailable' }
  /** No content script answered: a tab opened before install or update, or a page closed to extensions. */
  | { state: 'reload' }
  | { state: 'silent'; host: string }
  /**
   * `claimsSkipped`: why the claims step did not run (a page too large or deep), or null; `claimsFailed`:
   * the step could not run (the page gave no article, the engine failed to load or threw).
   */
  | { state: 'ready'; report: PageReport; claims: Claim[] | null; claimsSkipped?: string | null; claimsFailed?: boolean };

/** The popup's buttons besides the claims' own. */
export interface PopupHandlers extends ClaimHandlers {
  onReload(): void;
}

/** What the stamp finder looks at, told to the reader when it finds nothing. */
export const PLACES_LOOKED: readonly MessageKey[] = ['places.data', 'places.timeElements', 'places.url', 'places.notices'];

/** Renders one popup state into `root`, text nodes only. */
export function renderPopup(root: HTMLElement, view: PopupView, settings: Settings, handlers: PopupHandlers, words: Words): void {
  root.replaceChildren(...viewNodes(view, settings, handlers, words));
  root.dataset.state = view.state;
  // Lets scripts and tests wait for the claims, which arrive after the header.
  root.dataset.claims = view.state === 'ready' && view.claims === null ? 'pending' : 'done';
}

function viewNodes(view: PopupView, settings: Settings, handlers: PopupHandlers, words: Words): Node[] {
  switch (view.state) {
    case 'loading':
      return [el('p', { class: 'status', role: 'status' }, words.t('popup.loading'))];
    case 'unavailable':
      return [el('p', { class: 'status' }, words.t('popup.unavailable')),
        el('p', { class: 'muted' }, words.t('popup.unavailableHint'))];
    case 'reload': {
      const reload = el('button', { type: 'button', class: 'reload' }, words.t('popup.reload'));
      reload.addEventListener('click', () => handlers.onReload());
      return [el('p', { class: 'status' }, words.t('popup.notRead')),
        el('p', { class: 'muted' }, words.t('popup.reloadHint')), el('p', {}, reload),
        el('p', { class: 'muted' }, words.t('popup.closedPages'))];
    }
    case 'silent':
      return [el('p', { class: 'status' }, words.t('popup.silent', [view.host])),
        el('p', { class: 'muted' }, words.t('popup.silentHint'))];
    case 'ready':
      return readyNodes(view.report, view.claims, view.claimsFailed ? 'popup.claimsFailed' : view.claimsSkipped ? 'popup.claimsSkipped' : null, settings, handlers, words);
  }
}

/** `unchecked`: the words saying why the statements were not checked, or null when they were (or are being). */
function readyNodes(report: PageReport, claims: Claim[] | null, unchecked: 'popup.claimsFailed' | 'popup.claimsSkipped' | null, settings: Settings, handlers: ClaimHandlers, words: Words): Node[] {
  if (!report.article.isArticle) {
    return [el('p', { class: 'status' }, words.t('popup.notArticle')),
      el('p', { class: 'muted' }, notArticleReason(report.article, words))];
  }
  const nodes: Node[] = [];
  if (!report.published && !report.notice) {
    nodes.push(el('p', { class: 'status' }, words.t('popup.noDate')),
      el('p', { class: 'muted' }, words.t('popup.lookedAt')),
      el('ul', { class: 'looked' }, ...PLACES_LOOKED.map((place) => el('li', {}, words.t(place)))),
      ...report.problems.map((p) => el('p', { class: 'muted' }, words.t('popup.readFailed', [p]))));
  } else {
    nodes.push(renderReportHeader(report, settings, words));
  }
  if (unchecked !== null) nodes.push(el('p', { class: 'muted claims-skipped' }, words.t(unchecked)));
  else nodes.push(claims === null
    ? el('p', { class: 'muted', role: 'status' }, words.t('popup.findingClaims'))
    : renderClaimsList(claims, settings.categories, handlers, words));
  return nodes;
}
