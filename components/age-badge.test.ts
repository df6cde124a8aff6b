import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../utils/settings';
import { badgeText, evidenceLines, renderAgeBadge } from './age-badge';
import { report, stamp } from './test-reports';

describe('badgeText', () => {
  it('gives the age and the day at day precision', () => {
    expect(badgeText(report())).toBe('12 years old · 12 Jun 2014');
  });

  it('gives only the year at year precision', () => {
    const r = report({
      published: stamp({ value: '2014', day: null, precision: 'year', source: 'copyright', confidence: 0.3 }),
      age: { days: 4710, label: 'about 12 years old', short: '12y', from: 'published', precision: 'year' },
    });
    expect(badgeText(r)).toBe('about 12 years old · 2014');
  });

  it('adds how long ago it was updated when the updated stamp names another day', () => {
    const r = report({ updated: stamp({ value: '2023-05-01', day: '2023-05-01' }) });
    expect(badgeText(r)).toBe('12 years old · 12 Jun 2014 · updated 3 years ago');
  });

  it('says nothing about an update on the same day', () => {
    expect(badgeText(report({ updated: stamp({ value: '2014-06-12T18:00:00Z', precision: 'instant' }) }))).toBe('12 years old · 12 Jun 2014');
  });

  it('falls back to the notice when no date is known, and to nothing without one', () => {
    const notice = { kind: 'archived' as const, text: 'This is an archived article', selector: 'p', tagName: 'p', statedAge: null, agreesWithStamps: null };
    expect(badgeText(report({ published: null, age: null, notice }))).toBe('Archived article · date unknown');
    expect(badgeText(report({ published: null, age: null }))).toBeNull();
  });
});

describe('renderAgeBadge', () => {
  it('is a focusable button named with the age, coloured by the scale', () => {
    const container = document.createElement('div');
    renderAgeBadge(container, report(), DEFAULT_SETTINGS, { onDismiss: () => undefined });
    const chip = container.querySelector('button.as-of-chip') as HTMLButtonElement;
    expect(chip.getAttribute('aria-label')).toBe('Article age: 12 years old · 12 Jun 2014');
    expect(chip.getAttribute('style')).toContain(DEFAULT_SETTINGS.olderColor);
    expect(container.querySelector('.as-of-badge')?.textContent).toBe('12 years old · 12 Jun 2014');
    expect(container.querySelector('.as-of-low')).toBeNull();
  });

  it('marks low confidence and explains the evidence and disagreements', () => {
    const weak = stamp({ confidence: 0.3, source: 'copyright', evidence: '© 2014 News Inc.', disagreements: ['url: 2015 (/2015/)'] });
    const container = document.createElement('div');
    renderAgeBadge(container, report({ published: weak }), DEFAULT_SETTINGS, { onDismiss: () => undefined });
    expect(container.querySelector('.as-of-low')).not.toBeNull();
    expect(container.querySelector('.as-of-chip')?.getAttribute('aria-label')).toContain('low confidence');
    const evidence = container.querySelector('#as-of-evidence')?.textContent ?? '';
    expect(evidence).toContain('© 2014 News Inc.');
    expect(evidence).toContain('Disagreed: url: 2015 (/2015/)');
    expect(evidenceLines(report({ published: weak }))).toContain('Confidence 30% (low)');
  });

  it('calls onDismiss from the close button', () => {
    const container = document.createElement('div');
    const onDismiss = vi.fn();
    renderAgeBadge(container, report(), DEFAULT_SETTINGS, { onDismiss });
    (container.querySelector('.as-of-dismiss') as HTMLButtonElement).click();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('renders page text as text, never as markup', () => {
    const container = document.createElement('div');
    const hostile = stamp({ evidence: '<img src=x onerror=alert(1)>' });
    renderAgeBadge(container, report({ published: hostile }), DEFAULT_SETTINGS, { onDismiss: () => undefined });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
