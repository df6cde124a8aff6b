import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../utils/settings';
import { wordsFor } from '../test/helpers/words';
import { renderAgeBadge } from './age-badge';
import { report, stamp } from './test-reports';

const en = wordsFor('en-GB');

describe('renderAgeBadge', () => {
  it('is a focusable button named with the age, coloured by the scale', () => {
    const container = document.createElement('div');
    renderAgeBadge(container, report(), DEFAULT_SETTINGS, { onDismiss: () => undefined }, en);
    const chip = container.querySelector('button.as-of-chip') as HTMLButtonElement;
    expect(chip.getAttribute('aria-label')).toBe('Article age: 12 years old · 12 Jun 2014');
    expect(chip.getAttribute('style')).toContain(DEFAULT_SETTINGS.olderColor);
    expect(container.querySelector('.as-of-badge')?.textContent).toBe('12 years old · 12 Jun 2014');
    expect(container.querySelector('.as-of-low')).toBeNull();
  });

  it('mounts with the words it is given (the background\'s, in the reader\'s language) without asking the catalogue', () => {
    const de = wordsFor('de');
    const container = document.createElement('div');
    const catalogue = vi.fn(en.t);
    const known = { text: 'vor 12 Jahren', label: 'Alter des Artikels: vor 12 Jahren', dismiss: de.t('badge.dismiss'), unsure: de.t('badge.unsure') };
    renderAgeBadge(container, report({ published: stamp({ confidence: 0.3 }) }), DEFAULT_SETTINGS, { onDismiss: () => undefined }, { locale: 'en-GB', t: catalogue }, known);
    expect(container.querySelector('.as-of-badge')?.textContent).toBe('vor 12 Jahren');
    expect(container.querySelector('.as-of-dismiss')?.getAttribute('aria-label')).toBe(de.t('badge.dismiss'));
    expect(container.querySelector('.as-of-low')?.getAttribute('title')).toBe(de.t('badge.unsure'));
    expect(catalogue).not.toHaveBeenCalled();
  });

  it('marks low confidence and explains the evidence and disagreements', () => {
    const weak = stamp({ confidence: 0.3, source: 'copyright', evidence: '© 2014 News Inc.', disagreements: ['url: 2015 (/2015/)'] });
    const container = document.createElement('div');
    renderAgeBadge(container, report({ published: weak }), DEFAULT_SETTINGS, { onDismiss: () => undefined }, en);
    expect(container.querySelector('.as-of-low')).not.toBeNull();
    expect(container.querySelector('.as-of-chip')?.getAttribute('aria-label')).toContain('(not sure)');
    (container.querySelector('.as-of-chip') as HTMLButtonElement).dispatchEvent(new FocusEvent('focus'));
    const evidence = container.querySelector('#as-of-evidence')?.textContent ?? '';
    expect(evidence).toContain('the copyright line says “© 2014…”');
    expect(evidence).toContain('Another date on the page points elsewhere: 2015.');
    expect(evidence).toContain('How sure: not very (30%). That is what the “?” means');
  });

  it('fills the evidence box when the reader first opens it: on hover, on focus and on a tap', () => {
    for (const open of [
      (chip: HTMLElement) => chip.parentElement!.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' })),
      (chip: HTMLElement) => chip.dispatchEvent(new FocusEvent('focus')),
      (chip: HTMLElement) => chip.click(),
    ]) {
      const container = document.body.appendChild(document.createElement('div'));
      renderAgeBadge(container, report(), DEFAULT_SETTINGS, { onDismiss: () => undefined }, en);
      const chip = container.querySelector('.as-of-chip') as HTMLButtonElement;
      const box = container.querySelector(`#${chip.getAttribute('aria-describedby')}`);
      expect(box, 'the box the chip points to is there from the start').not.toBeNull();
      expect(box?.textContent, 'nothing worked out before it is asked for').toBe('');
      open(chip);
      expect(container.querySelector('.as-of-root')?.getAttribute('data-open')).toBe('true');
      expect(box?.textContent).toContain('according to the page’s publishing data');
      // Closed and opened again, it says the same once.
      const said = box?.textContent;
      chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      expect(container.querySelector('.as-of-root')?.getAttribute('data-open')).toBe('false');
      chip.parentElement!.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
      expect(box?.textContent).toBe(said);
      container.remove();
    }
  });

  it('calls onDismiss from the close button', () => {
    const container = document.createElement('div');
    const onDismiss = vi.fn();
    renderAgeBadge(container, report(), DEFAULT_SETTINGS, { onDismiss }, en);
    (container.querySelector('.as-of-dismiss') as HTMLButtonElement).click();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('renders page text as text, never as markup', () => {
    const container = document.createElement('div');
    const hostile = stamp({ source: 'notice', evidence: '<img src=x onerror=alert(1)>' });
    renderAgeBadge(container, report({ published: hostile }), DEFAULT_SETTINGS, { onDismiss: () => undefined }, en);
    (container.querySelector('.as-of-chip') as HTMLButtonElement).dispatchEvent(new FocusEvent('focus'));
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
