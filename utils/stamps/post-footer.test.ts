import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { findStamps } from './find-stamps';

const TEXT = `<div class="entry">${'<p>Mit einer Infrarot-LED und einem Arduino baut man eine virtuelle Wand für den Saugroboter.</p>'.repeat(30)}</div>`;
const published = (body: string): string | null =>
  findStamps(parseHtml(`<html><head><title>Eine Arduino-Virtual-Wall für den Roomba</title></head><body>${body}</body></html>`), 'https://blog.example/arduino/424-virtual-wall.php', NOW).published?.day ?? null;

describe('the post\'s own footer, read when nothing else states a day', () => {
  it('reads the date the post footer labels, far below the headline', () => {
    expect(published(`<div class="post-424 post hentry"><h1>Eine Arduino-Virtual-Wall für den Roomba</h1>${TEXT}
      <div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben.</div></div>`)).toBe('2015-12-14');
    expect(published(`<article><h1>Eine Arduino-Virtual-Wall für den Roomba</h1>${TEXT}<footer class="entry-footer"><span>Posted on December 14, 2015 by Heiner</span></footer></article>`)).toBe('2015-12-14');
  });

  it('ignores an unlabelled or an "other" date there, and the footer of another post', () => {
    expect(published(`<div class="post"><h1>Eine Arduino-Virtual-Wall für den Roomba</h1>${TEXT}<div class="post-footer">14.12.2015 · 3 Kommentare</div></div>`)).toBeNull();
    expect(published(`<div class="post"><h1>Eine Arduino-Virtual-Wall für den Roomba</h1>${TEXT}<div class="post-footer">Mitglied seit 14.12.2015</div></div>`)).toBeNull();
    expect(published(`<div class="post"><h1>Eine Arduino-Virtual-Wall für den Roomba</h1>${TEXT}</div>
      <div class="sidebar"><div class="recent"><div class="item"><div class="post-footer">Veröffentlicht am 02.01.2016</div></div></div></div>`)).toBeNull();
  });
});
