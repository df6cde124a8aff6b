import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../test/helpers/fixtures';
import { findCopyrightStamps } from './copyright';

const year = (body: string): string | null => findCopyrightStamps(parseHtml(`<html><body>${body}</body></html>`))[0]?.value ?? null;

describe('the copyright year, read from the end of the page', () => {
  it('takes the newest year a copyright line names: a photo credit in the story over a stale site footer', () => {
    expect(year('<article><p>Text.</p><figure><span>&copy; 2012 APA/AP</span></figure></article><footer><p>&copy; 2009 Südtirol Online</p></footer>')).toBe('2012');
    expect(year('<p>Text.</p><footer>Copyright © 2010–2023 Example GmbH</footer>')).toBe('2023');
  });

  it('finds the footer after a long page, and never reads a script', () => {
    expect(year(`${'<p>Paragraph of the story.</p>'.repeat(20_000)}<footer>(c) 2019 Example</footer>`)).toBe('2019');
    expect(year('<p>Text.</p><script>var c = "© 2031";</script>')).toBeNull();
    expect(year('<p>We wrote this in 2019 and copied it.</p>')).toBeNull();
  });
});
