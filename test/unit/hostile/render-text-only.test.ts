import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAgeBadge } from '../../../components/age-badge';
import { renderPopup } from '../../../components/popup-view';
import { analyzePage } from '../../../utils/analyze-page';
import type { Claim, PageReport } from '../../../utils/report';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { NOW, SEED_URL, seedDocument } from '../../helpers/fixtures';
import { wordsFor } from '../../helpers/words';
import { SCRIPT_LIKE } from './hostile-values';

/** Tags and attributes that only markup built from page text could bring. */
const FOREIGN_TAGS = 'script, img, svg, iframe, object, embed, as-of-badge, title, style';

/** A report whose every page-derived string is `text`: what a hostile page could make the analyser quote. */
const base = analyzePage(seedDocument(), { url: SEED_URL, now: NOW });

function hostileReport(text: string): { report: PageReport; claims: Claim[] } {
  const claim: Claim = {
    id: 'c1', text: `Now ${text}`, categories: ['present-state'], score: 1,
    cues: [{ kind: 'present-state', text: 'Now', start: 0, end: 3, why: 'now', resolved: { value: '2014', precision: 'year' } }],
    locator: { sentenceIndex: 0, quote: text, prefix: text, suffix: text },
  };
  const report: PageReport = {
    ...base,
    url: `https://news.example/${encodeURIComponent(text)}`,
    article: { isArticle: true, reasons: [text] },
    notice: base.notice && { ...base.notice, text },
    published: base.published && { ...base.published, evidence: text, location: text, disagreements: [text] },
    problems: [text],
    claims: [claim],
  };
  return { report, claims: [claim] };
}

function expectTextOnly(root: HTMLElement, text: string): void {
  expect(root.querySelectorAll(FOREIGN_TAGS)).toHaveLength(0);
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) expect(attribute.name.startsWith('on'), `${element.tagName} ${attribute.name}`).toBe(false);
  }
  // Visible as the very characters the page had, not as parsed markup.
  if (text.trim()) expect(root.textContent).toContain(text.trim().slice(0, 20));
}

const handlers = { onShow: () => undefined, onCopy: () => undefined, onReload: () => undefined };
const hostileText = fc.oneof(fc.constantFrom(...SCRIPT_LIKE), fc.string({ minLength: 1, maxLength: 60 }).map((s) => `<b>${s}</b><img src=x onerror=alert(1)>`));

describe('badge and popup render page text as text only', () => {
  it('the badge never turns a quoted notice or evidence into elements', () => {
    fc.assert(fc.property(hostileText, (text) => {
      const container = document.createElement('div');
      renderAgeBadge(container, hostileReport(text).report, DEFAULT_SETTINGS, { onDismiss: () => undefined }, wordsFor('en'));
      // The evidence box is filled when the reader opens it (focus, hover or a tap).
      container.querySelector('.as-of-chip')?.dispatchEvent(new FocusEvent('focus'));
      expectTextOnly(container, text);
    }), { numRuns: 200, seed: 7 });
  });

  it('the popup never turns a notice, evidence, reason or claim into elements', () => {
    fc.assert(fc.property(hostileText, (text) => {
      const root = document.createElement('main');
      const { report, claims } = hostileReport(text);
      renderPopup(root, { state: 'ready', report, claims }, DEFAULT_SETTINGS, handlers, wordsFor('en'));
      expectTextOnly(root, text);
    }), { numRuns: 200, seed: 7 });
  });
});
