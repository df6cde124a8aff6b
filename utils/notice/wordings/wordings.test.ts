import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../test/helpers/fixtures';
import { findNotice } from '../find-notice';
import { NOTICE_WORDINGS } from '.';

const examples = NOTICE_WORDINGS.flatMap((wording) => wording.examples.map((example) => ({ wording, ...example })));
const page = (notice: string): Document =>
  parseHtml(`<html><body><header><nav><a href="/">Home</a></nav></header><main><h1>Headline</h1>${notice}<p>${'Story text. '.repeat(30)}</p></main></body></html>`);

describe('every notice wording finds its own real examples', () => {
  it.each(examples)('$text ($seen)', ({ wording, text, statedAge }) => {
    const notice = findNotice(page(`<div class="note">${text}</div>`));
    expect(notice).toMatchObject({ kind: wording.kind, text, tagName: 'div' });
    if (statedAge !== undefined) expect(notice!.statedAge).toEqual(statedAge);
  });

  it.each(examples)('with an icon, a label and markup inside the wording: $text', ({ wording, text, statedAge }) => {
    // Split after the first three words, as a publisher's <strong> or a line break would.
    const words = text.split(' ');
    const html = `<aside class="notice"><svg viewBox="0 0 10 10"><path d="M0 0"/></svg> <span class="label">${/^Let op:/.test(text) ? '' : 'Note:'}</span> ${words.slice(0, 3).join(' ')} <strong>${words.slice(3).join(' ')}</strong></aside>`;
    const notice = findNotice(page(html));
    expect(notice).toMatchObject({ kind: wording.kind, tagName: 'aside' });
    if (statedAge !== undefined) expect(notice!.statedAge).toEqual(statedAge);
  });

  it('each wording has at least one example, and its cue is in every example', () => {
    for (const wording of NOTICE_WORDINGS) {
      expect(wording.examples.length).toBeGreaterThan(0);
      for (const { text } of wording.examples) expect(new RegExp(wording.cue.replaceAll(' ', '\\s+'), 'i').test(text)).toBe(true);
    }
  });
});
