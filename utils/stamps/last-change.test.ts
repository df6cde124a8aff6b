import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { analyzeDates } from '../analyze-dates';
import { findStamps } from './find-stamps';

const TEXT = `<div class="content"><h1>Kinder und Arbeit</h1>${'<p>Kinderarbeit ist ein weites Feld, über das in Deutschland wenig gesprochen wird.</p>'.repeat(12)}</div>`;
const stamps = (body: string) => findStamps(parseHtml(`<html><head><title>Kinder und Arbeit</title></head><body>${body}</body></html>`), 'https://verein.example/informationen/kinder-und-arbeit/', NOW);

describe('the page\'s "last changed" line, at its end', () => {
  it('reads the day a wiki, an association page or a portal last changed the page', () => {
    expect(stamps(`${TEXT}<p class="info">Aktualisiert: 30.12.2016</p>`).updated?.day).toBe('2016-12-30');
    expect(stamps(`${TEXT}<ul id="footer-info"><li id="footer-info-lastmod"> Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li></ul>`).updated?.day).toBe('2020-01-29');
    expect(stamps(`${TEXT}<p id="pageinfo" class="info">BeginnersGuide/Download  (last edited 2019-11-10 13:28:18 by <span>MatsWichmann</span>)</p>`).updated?.day).toBe('2019-11-10');
    // Its label in an element of its own, just before the date's.
    expect(stamps(`${TEXT}<div class="label_container"><label>Letzte Änderung:</label><div class="label_content"> 14.01.2022 um 09:25 </div></div>`).updated?.day).toBe('2022-01-14');
  });

  it('states no publish day: the page is aged from the update, and a footer\'s copyright year adds nothing', () => {
    const doc = parseHtml(`<html><head><title>Kinder und Arbeit</title></head><body>${TEXT}<p class="info">Stand: 30.12.2016</p><footer>© 2022 Verein e.V.</footer></body></html>`);
    const { report } = analyzeDates(doc, { url: 'https://verein.example/informationen/kinder-und-arbeit/', now: NOW });
    expect(report.published).toBeNull();
    expect(report.updated?.day).toBe('2016-12-30');
    expect(report.age?.from).toBe('updated');
  });

  it('takes no unlabelled date, no other kind of date, and no label far from its date', () => {
    expect(stamps(`${TEXT}<p>Kontakt: 30.12.2016</p>`).updated).toBeNull();
    expect(stamps(`${TEXT}<p>Anmeldeschluss: 30.12.2016</p>`).updated).toBeNull();
    expect(stamps(`${TEXT}<p><span>Aktualisiert:</span></p><p>Unsere Sprechzeiten</p><p>30.12.2016</p>`).updated).toBeNull();
    // The copyright year is still read when no line states a change.
    expect(stamps(`${TEXT}<footer>© 2022 Verein e.V.</footer>`).published?.value).toBe('2022');
  });

  it('is not read when the page states its publish day', () => {
    expect(stamps(`${TEXT.replace('</h1>', '</h1><p class="date">Veröffentlicht am 02.05.2015</p>')}<p class="info">Aktualisiert: 30.12.2016</p>`).published?.day).toBe('2015-05-02');
  });
});
