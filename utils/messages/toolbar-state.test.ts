import { describe, expect, it } from 'vitest';
import { report } from '../../components/test-reports';
import { boundedToolbarState, MAX_TOOLBAR_TEXT, MAX_TOOLBAR_TITLE, toToolbarState } from './toolbar-state';

describe('toolbar state: all the background keeps about a tab', () => {
  it('holds the few characters, the age in days and the tooltip of an article', () => {
    const r = report();
    expect(toToolbarState(r, '12y', 'As Of: 12 years old')).toEqual({ text: '12y', days: r.age!.days, title: 'As Of: 12 years old' });
  });

  it('is null where the toolbar shows nothing: no report, not an article, nothing to say', () => {
    expect(toToolbarState(null, '12y', '')).toBeNull();
    expect(toToolbarState(report({ article: { isArticle: false, reasons: [] } }), '12y', '')).toBeNull();
    expect(toToolbarState(report(), '', '')).toBeNull();
  });

  it('cuts whatever a tab sends to size, so no page can fill storage.session', () => {
    const huge = 'x'.repeat(1_000_000);
    const state = boundedToolbarState({ text: huge, days: 4553.7, title: huge, selector: huge, evidence: huge });
    expect(state).toEqual({ text: 'x'.repeat(MAX_TOOLBAR_TEXT), days: 4554, title: 'x'.repeat(MAX_TOOLBAR_TITLE) });
    expect(JSON.stringify(state).length).toBeLessThan(250);
  });

  it('refuses what is not a toolbar state', () => {
    for (const value of [null, '12y', 42, {}, { text: 7 }, { text: '' }]) expect(boundedToolbarState(value)).toBeNull();
    expect(boundedToolbarState({ text: '3d', days: Number.NaN, title: 5 })).toEqual({ text: '3d', days: null, title: '' });
  });
});
