import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { wordsFor } from '../../test/helpers/words';
import { stampLine } from '../../components/words/evidence-words';
import { analyzeDates } from '../analyze-dates';
import { findStamps } from './find-stamps';

const URL = 'https://verein.example/informationen/kinder-und-arbeit/';
const PARAGRAPH = '<p>Kinderarbeit ist ein weites Feld, über das in Deutschland wenig gesprochen wird.</p>';
const TEXT = `<div class="content"><h1>Kinder und Arbeit</h1>${PARAGRAPH.repeat(12)}</div>`;
/** A body far longer than the walk near the headline reads: only the line at the page's end can state its day. */
const LONG = `<div class="content"><h1>Kinder und Arbeit</h1>${PARAGRAPH.repeat(40)}</div>`;
const page = (body: string) => parseHtml(`<html><head><title>Kinder und Arbeit</title></head><body>${body}</body></html>`);
const stamps = (body: string) => findStamps(page(body), URL, NOW);
const analyze = (body: string) => analyzeDates(page(body), { url: URL, now: NOW }).report;

describe('the page\'s "last changed" line, at its end', () => {
  it('reads the day a wiki, an association page or a portal last changed the page', () => {
    const lastChange = { source: 'last-change', location: 'last-change line' };
    expect(stamps(`${LONG}<p class="info">Aktualisiert: 30.12.2016</p>`).updated).toMatchObject({ day: '2016-12-30', ...lastChange });
    expect(stamps(`${LONG}<ul id="footer-info"><li id="footer-info-lastmod"> Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li></ul>`).updated).toMatchObject({ day: '2020-01-29', ...lastChange });
    expect(stamps(`${LONG}<p id="pageinfo" class="info">StartingOut/Install  (last edited 2019-11-10 13:28:18 by <span>KimLarsen</span>)</p>`).updated).toMatchObject({ day: '2019-11-10', ...lastChange });
    // Its label in an element of its own, just before the date's.
    expect(stamps(`${LONG}<div class="label_container"><label>Letzte Änderung:</label><div class="label_content"> 14.01.2022 um 09:25 </div></div>`).updated).toMatchObject({ day: '2022-01-14', ...lastChange });
    // In the site's <footer>: still the page's own line.
    expect(stamps(`${LONG}<footer><p>Stand: 30.12.2016</p></footer>`).updated).toMatchObject({ day: '2016-12-30', ...lastChange });
  });

  it('states no publish day: the page is aged from the update, says where it read it, and a footer\'s copyright year adds nothing', () => {
    const report = analyze(`${LONG}<p class="info">Stand: 30.12.2016</p><footer>© 2022 Verein e.V.</footer>`);
    expect(report.published).toBeNull();
    expect(report.updated?.day).toBe('2016-12-30');
    expect(report.age?.from).toBe('updated');
    expect(stampLine(report.updated!, 'updated', wordsFor('en'))).toContain('the page’s last-changed line says');
    expect(stampLine(report.updated!, 'updated', wordsFor('en'))).not.toContain('byline');
  });

  it('takes no unlabelled date, no other kind of date, and no label far from its date', () => {
    expect(stamps(`${TEXT}<p>Kontakt: 30.12.2016</p>`).updated).toBeNull();
    expect(stamps(`${TEXT}<p>Anmeldeschluss: 30.12.2016</p>`).updated).toBeNull();
    expect(stamps(`${TEXT}<p><span>Aktualisiert:</span></p><p>Unsere Sprechzeiten</p><p>30.12.2016</p>`).updated).toBeNull();
    // The copyright year is still read when no line states a change.
    expect(stamps(`${TEXT}<footer>© 2022 Verein e.V.</footer>`).published?.value).toBe('2022');
  });

  it('keeps the copyright year when the line it found is dropped (a day still to come)', () => {
    const found = stamps(`${LONG}<p class="info">Aktualisiert: 30.12.2030</p><footer>© 2022 Verein e.V.</footer>`);
    expect(found.updated).toBeNull();
    expect(found.published?.value).toBe('2022');
  });

  it('takes no other item\'s line: a related story, a comment, a teaser list', () => {
    const related = analyze(`${LONG}<aside class="related"><h3><a href="/anderes/">Ein anderer Beitrag</a></h3><span>Aktualisiert: 12.05.2023</span></aside>`);
    expect(related.updated).toBeNull();
    const comment = analyze(`${LONG}<section id="comments"><div class="entry"><p>Danke für den Beitrag!</p><small>Edited 12 March 2021</small></div></section>`);
    expect(comment.updated).toBeNull();
    const teaser = analyze(`${LONG}<div class="teaser-list"><div><h3>Ferienbetreuung</h3><p>Stand: 01.02.2024</p></div></div>`);
    expect(teaser.updated).toBeNull();
  });

  it('reads no date from a list whose items each state their update (a topic page)', () => {
    // Four intro paragraphs, longer together than the walk near the headline reads: only the end's walk meets the teasers.
    const intro = `<p>${'Hier finden Sie alle Beiträge des Vereins zum Thema Kinder und Arbeit, von der Beratung bis zum Recht. '.repeat(4)}</p>`.repeat(4);
    const teasers = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `<div><h3>Beitrag ${n} zum Thema</h3><p>Eine kurze Zusammenfassung des Beitrags.</p><p>Aktualisiert: 0${n}.03.2023</p></div>`).join('');
    const report = analyze(`<div class="content"><h1>Kinder und Arbeit</h1>${intro}${teasers}</div>`);
    expect(report.updated).toBeNull();
    expect(report.age).toBeNull();
    // The same line twice (at the top and at the end of a wiki page) is one page's, not a list.
    expect(stamps(`${LONG}<p>Stand: 30.12.2016</p><p>Kontakt</p><p>Stand: 30.12.2016</p>`).updated?.day).toBe('2016-12-30');
  });

  it('is not read when the page states its publish day', () => {
    expect(stamps(`${TEXT.replace('</h1>', '</h1><p class="date">Veröffentlicht am 02.05.2015</p>')}<p class="info">Aktualisiert: 30.12.2016</p>`).published?.day).toBe('2015-05-02');
  });
});
