import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../utils/settings';
import { PLACES_LOOKED, renderPopup, type PopupView } from './popup-view';
import { claim, report, stamp } from './test-reports';
import { wordsFor } from '../test/helpers/words';

const en = wordsFor('en-GB');

const noop = { onShow: () => undefined, onCopy: () => undefined, onReload: () => undefined };

function rendered(view: PopupView, settings = DEFAULT_SETTINGS): HTMLElement {
  const root = document.createElement('main');
  renderPopup(root, view, settings, noop, en);
  return root;
}

describe('renderPopup states', () => {
  it('says it is loading', () => {
    expect(rendered({ state: 'loading' }).textContent).toBe('Loading…');
  });

  it('says it cannot run on browser pages and stores', () => {
    expect(rendered({ state: 'unavailable' }).textContent).toContain('As Of can’t run on this page.');
  });

  it('asks for a reload, with a button that does it, when no content script answered', () => {
    const onReload = vi.fn();
    const root = document.createElement('main');
    renderPopup(root, { state: 'reload' }, DEFAULT_SETTINGS, { ...noop, onReload }, en);
    expect(root.textContent).toContain('A page opened before As Of was installed or updated needs a reload.');
    expect(root.textContent).not.toContain('silent');
    const button = root.querySelector('button.reload') as HTMLButtonElement;
    expect(button.textContent).toBe('Reload this tab');
    button.click();
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('says the statements were not checked when the page was too large, rather than that none were found', () => {
    const text = rendered({ state: 'ready', report: report(), claims: [], claimsSkipped: 'page too large: claims skipped' }).textContent ?? '';
    expect(text).toContain('Statements were not checked on this page (too large).');
    expect(text).not.toContain('No time-sensitive statements found');
  });

  it('says the statements could not be checked when the step failed, rather than that none were found', () => {
    const text = rendered({ state: 'ready', report: report(), claims: [], claimsFailed: true }).textContent ?? '';
    expect(text).toContain('Statements on this page could not be checked. Open As Of again to retry.');
    expect(text).not.toContain('No time-sensitive statements found');
  });

  it('says when a page is not a news article, and why', () => {
    const r = report({ article: { isArticle: false, reasons: ['no article metadata, <article> element or body text'] }, published: null, age: null });
    const text = rendered({ state: 'ready', report: r, claims: [] }).textContent ?? '';
    expect(text).toContain('This is not a news article.');
    expect(text).toContain('The page carries no article data (the date and kind of page news sites give search engines) and no article text.');
    const short = report({ article: { isArticle: false, reasons: [], paragraphs: 1 }, published: null, age: null });
    expect(rendered({ state: 'ready', report: short, claims: [] }).textContent).toContain('The page carries no article data, and its article part holds only 1 paragraph.');
    expect(rendered({ state: 'ready', report: { ...short, article: { ...short.article, paragraphs: 2 } }, claims: [] }).textContent).toContain('only 2 paragraphs.');
  });

  it('says no date was found and lists what it looked at', () => {
    const root = rendered({ state: 'ready', report: report({ published: null, age: null }), claims: [] });
    expect(root.textContent).toContain('No date found.');
    expect(Array.from(root.querySelectorAll('.looked li'), (li) => li.textContent)).toEqual(PLACES_LOOKED.map((key) => en.t(key)));
  });

  it('says in the reader\'s language that part of the page could not be read, with the detail for a bug report', () => {
    const failed = report({ published: null, age: null, problems: ['stamps failed: too much recursion'] });
    const root = document.createElement('div');
    renderPopup(root, { state: 'ready', report: failed, claims: [] }, DEFAULT_SETTINGS, noop, wordsFor('de-DE'));
    expect(root.textContent).toContain('Ein Teil der Seite konnte nicht gelesen werden (Angaben für eine Fehlermeldung: stamps failed: too much recursion)');
    expect(rendered({ state: 'ready', report: failed, claims: [] }).textContent).toContain('Part of the page could not be read');
  });

  it('heads a found date with its age, precision, evidence and the notice', () => {
    const notice = { kind: 'archived' as const, text: 'This is an archived article.', selector: 'p', tagName: 'p', statedAge: null, agreesWithStamps: null };
    const r = report({ notice, updated: stamp({ value: '2016-01-03', day: '2016-01-03', source: 'json-ld', evidence: '"dateModified": "2016-01-03"' }) });
    const text = rendered({ state: 'ready', report: r, claims: [] }).textContent ?? '';
    // An update a year and a half into a twelve-year-old story is not worth the badge's space; the header lists it.
    expect(text).toContain('12 years old · 12 Jun 2014Published');
    expect(text).toContain('Published12 Jun 2014according to the page’s publishing data');
    expect(text).toContain('Updated3 Jan 2016according to the page’s publishing data');
    expect(text).not.toContain('(to the');
    expect(text).not.toContain('2014-06-12T09:40:00Z');
    expect(text).not.toContain('dateModified');
    expect(text).toContain('This is an archived article.');
  });

  it('shows that claims are still being found', () => {
    expect(rendered({ state: 'ready', report: report(), claims: null }).textContent).toContain('Finding statements');
  });
});

describe('claims in the popup', () => {
  it('highlights each cue span and shows resolved dates', () => {
    const root = rendered({ state: 'ready', report: report(), claims: [claim()] });
    expect(Array.from(root.querySelectorAll('.sentence mark'), (m) => m.textContent)).toEqual(['now', 'last week']);
    expect(root.querySelector('.sentence')?.textContent).toBe(claim().text);
    expect(root.querySelector('.resolved')?.textContent).toBe('“last week” → the week around Thu, 5 Jun 2014');
    expect(Array.from(root.querySelectorAll('.sentence mark'), (m) => m.getAttribute('title'))).toEqual([
      '“now” describes the day of writing', 'counts from the day of writing, not from today',
    ]);
  });

  it('says each cue’s reason and resolved date in the reader’s language', () => {
    const root = document.createElement('main');
    renderPopup(root, { state: 'ready', report: report(), claims: [claim()] }, DEFAULT_SETTINGS, noop, wordsFor('de-DE'));
    expect(root.querySelector('.resolved')?.textContent).toBe('„last week“ → die Woche um den Do., 5. Juni 2014');
    expect(root.querySelector('.sentence mark')?.getAttribute('title')).toBe('„jetzt“ meint den Tag, an dem der Text entstand');
  });

  it('orders by score and lists only the chosen categories', () => {
    const claims = [
      claim({ id: 'low', score: 0.2, categories: ['record'], cues: [] }),
      claim({ id: 'high', score: 0.9, categories: ['forecast'], cues: [] }),
      claim({ id: 'hidden', score: 1, categories: ['office-holder'], cues: [] }),
    ];
    const settings = { ...DEFAULT_SETTINGS, categories: DEFAULT_SETTINGS.categories.filter((k) => k !== 'office-holder') };
    const root = rendered({ state: 'ready', report: report(), claims }, settings);
    expect(Array.from(root.querySelectorAll('.claim'), (li) => li.getAttribute('data-claim-id'))).toEqual(['high', 'low']);
  });

  it('filters by category in place', () => {
    const claims = [claim({ id: 'a', categories: ['record'], cues: [] }), claim({ id: 'b', categories: ['forecast'], cues: [] })];
    const root = rendered({ state: 'ready', report: report(), claims });
    const select = root.querySelector('#claim-filter') as HTMLSelectElement;
    select.value = 'forecast';
    select.dispatchEvent(new Event('change'));
    const visible = Array.from(root.querySelectorAll<HTMLElement>('.claim')).filter((li) => !li.hidden);
    expect(visible.map((li) => li.dataset.claimId)).toEqual(['b']);
  });

  it('renders a hostile sentence as text', () => {
    const hostile = claim({ text: 'Now <img src=x onerror=alert(1)> is here.', cues: [{ kind: 'present-state', text: 'Now', start: 0, end: 3, why: 'now' }] });
    const root = rendered({ state: 'ready', report: report(), claims: [hostile] });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.sentence')?.textContent).toBe(hostile.text);
  });

  it('sends Show in page and Copy for the clicked claim', () => {
    const onShow = vi.fn();
    const onCopy = vi.fn();
    const root = document.createElement('main');
    renderPopup(root, { state: 'ready', report: report(), claims: [claim()] }, DEFAULT_SETTINGS, { onShow, onCopy, onReload: () => undefined }, en);
    (root.querySelector('.show') as HTMLButtonElement).click();
    (root.querySelector('.copy') as HTMLButtonElement).click();
    expect(onShow).toHaveBeenCalledWith(claim());
    expect(onCopy).toHaveBeenCalledWith(claim());
  });
});
