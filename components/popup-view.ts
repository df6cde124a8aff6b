import type { Claim, PageReport } from '../utils/report';
import type { Settings } from '../utils/settings';
import { renderClaimsList, type ClaimHandlers } from './claims-list';
import { el } from './dom';
import { renderReportHeader } from './report-header';

export type PopupView =
  | { state: 'loading' }
  | { state: 'unavailable' }
  /** No content script answered: a tab opened before install or update, or a page closed to extensions. */
  | { state: 'reload' }
  | { state: 'silent'; host: string }
  /** `claimsSkipped`: why the claims step did not run (a page too large or deep), or null. */
  | { state: 'ready'; report: PageReport; claims: Claim[] | null; claimsSkipped?: string | null };

/** The popup's buttons besides the claims' own. */
export interface PopupHandlers extends ClaimHandlers {
  onReload(): void;
}

/** What the stamp finder looks at, told to the reader when it finds nothing. */
export const PLACES_LOOKED = [
  'structured data (JSON-LD, microdata)',
  'meta tags (article:published_time and kin)',
  '<time> elements and the byline',
  'the URL',
  'notices and the copyright line',
];

/** Renders one popup state into `root`, text nodes only. */
export function renderPopup(root: HTMLElement, view: PopupView, settings: Settings, handlers: PopupHandlers): void {
  root.replaceChildren(...viewNodes(view, settings, handlers));
  root.dataset.state = view.state;
  // Lets scripts and tests wait for the claims, which arrive after the header.
  root.dataset.claims = view.state === 'ready' && view.claims === null ? 'pending' : 'done';
}

function viewNodes(view: PopupView, settings: Settings, handlers: PopupHandlers): Node[] {
  switch (view.state) {
    case 'loading':
      return [el('p', { class: 'status', role: 'status' }, 'Loading…')];
    case 'unavailable':
      return [el('p', { class: 'status' }, 'As Of can’t run on this page.'),
        el('p', { class: 'muted' }, 'Browser pages, extension stores and other extensions’ pages are closed to extensions. Open a news article to see its age.')];
    case 'reload': {
      const reload = el('button', { type: 'button', class: 'reload' }, 'Reload this tab');
      reload.addEventListener('click', () => handlers.onReload());
      return [el('p', { class: 'status' }, 'As Of has not read this tab.'),
        el('p', { class: 'muted' }, 'A page opened before As Of was installed or updated needs a reload.'), el('p', {}, reload),
        el('p', { class: 'muted' }, 'Browser pages, extension stores and other extensions’ pages are closed to extensions.')];
    }
    case 'silent':
      return [el('p', { class: 'status' }, `As Of stays silent on ${view.host}.`),
        el('p', { class: 'muted' }, 'You chose this in the options.')];
    case 'ready':
      return readyNodes(view.report, view.claims, view.claimsSkipped ?? null, settings, handlers);
  }
}

function readyNodes(report: PageReport, claims: Claim[] | null, claimsSkipped: string | null, settings: Settings, handlers: ClaimHandlers): Node[] {
  if (!report.article.isArticle) {
    return [el('p', { class: 'status' }, 'This is not a news article.'),
      el('p', { class: 'muted' }, `Looked for: ${report.article.reasons.join('; ')}.`)];
  }
  const nodes: Node[] = [];
  if (!report.published && !report.notice) {
    nodes.push(el('p', { class: 'status' }, 'No date found.'),
      el('p', { class: 'muted' }, 'Looked at:'),
      el('ul', { class: 'looked' }, ...PLACES_LOOKED.map((place) => el('li', {}, place))),
      ...report.problems.map((p) => el('p', { class: 'muted' }, p)));
  } else {
    nodes.push(renderReportHeader(report, settings));
  }
  if (claimsSkipped !== null) nodes.push(el('p', { class: 'muted claims-skipped' }, 'Statements were not checked on this page (too large).'));
  else nodes.push(claims === null
    ? el('p', { class: 'muted', role: 'status' }, 'Finding statements to recheck…')
    : renderClaimsList(claims, settings.categories, handlers));
  return nodes;
}
