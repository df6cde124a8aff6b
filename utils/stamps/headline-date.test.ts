import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { DATE_LABELS, labelBefore } from './date-labels';
import { findStamps } from './find-stamps';
import { findHeadlineStamps } from './headline-date';
import { findTextDate, LETTER } from './parse-text-date';

const page = (title: string, body: string): Document => parseHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`);
const URL_PLAIN = 'https://verband.example/aktuelles/meldung';

describe('visible dates near the headline', () => {
  it('reads "Pressemitteilung vom" under a press release headline with no date markup', () => {
    const doc = page('Erste Zusagen für Aufnahmen | Verband', `<nav><a href="/">Start</a></nav><main><section class="article press-article">
      <h1>Erste Zusagen für Aufnahmen von über 80 Menschen</h1><div>Pressemitteilung vom 20.01.2022</div><p>Berlin. Die Bundesregierung hat ...</p></section></main>`);
    expect(findStamps(doc, URL_PLAIN, NOW).published).toMatchObject({ day: '2022-01-20', source: 'byline' });
  });

  it('reads "von <name> am" and "Veröffentlicht am" with the date in its own element', () => {
    const byName = page('Ein Remis als Mutmacher', '<h1>Ein Remis als Mutmacher im Abstiegskampf</h1><p>von Max Muster am <b>5. März 2021</b></p><p>Text.</p>');
    expect(findHeadlineStamps(byName)[0]).toMatchObject({ day: '2021-03-05', role: 'published', weight: 0.7 });
    const podcast = page('RES158 Sternfusion', '<h1>RES158 Sternfusion am Teilchenbeschleuniger</h1><p>Download: mp3 (30 MB)</p><p>Veröffentlicht am 16.08.2019 Dauer: 1 Stunde</p>');
    expect(findHeadlineStamps(podcast)[0]).toMatchObject({ day: '2019-08-16', role: 'published' });
  });

  it('gives "Stand:" and "Updated" the updated role, "Posted on <weekday>" the published one', () => {
    const doc = page('Story title here', '<h1>Story title here and more</h1><div class="x">Posted on Friday, December 23, 2016</div><div>Stand: 19.10.2019 11:05 Uhr</div>');
    const found = findHeadlineStamps(doc);
    expect(found.map((c) => [c.role, c.day])).toEqual([['published', '2016-12-23'], ['updated', '2019-10-19']]);
  });

  it('takes an unlabelled dateline just above or under the headline', () => {
    const above = page('Land zahlte Prämie', '<div><h3>02.01.2022</h3><h1>Land zahlte rund 1,4 Millionen Euro Prämie</h1><p>Potsdam – Das Land hat im Jahr ...</p></div>');
    expect(findHeadlineStamps(above)[0]).toMatchObject({ day: '2022-01-02', weight: 0.45 });
    // A saved page's source indentation between the dateline and the headline is not text: it must not push the date out of reach.
    const pad = '\n' + ' '.repeat(40);
    const indented = page('Verfassungsgericht: Prozess geht weiter', `<div><div class="boxHeader">${pad}<span>14. Februar 2012</span>${pad}<ul><li><a href="/print">Drucken</a></li></ul>${pad}</div>${pad}<div>${pad}<img src="x.jpg" alt="">${pad}</div>${pad}<span class="category">Politik</span>${pad}<h1>Verfassungsgericht: Prozess geht weiter</h1><p>Rom. Das Verfassungsgericht verwarf am Dienstag einen Antrag.</p></div>`);
    expect(findHeadlineStamps(indented)[0]).toMatchObject({ day: '2012-02-14', weight: 0.45 });
    // A sub-line set as table cells, twice (desktop and mobile): the cells' numbers stay apart, and the
    // copy cut in half by the 120 characters read above the headline is not read as the 6th.
    const cells = (n: number): string => `<table><tr><td>26 | 01 | 2022 </td><td>Schweiz | Praxis | Video</td><td><b>Text &amp; Fotos:</b> Ivan Valetny</td><td>${n}</td><td>337</td></tr></table>`;
    const subline = page('Bielersee-Winterhechte', `<section><div class="subline">${cells(0)}${cells(0)}</div><h1>Bielersee-Winterhechte</h1><p>Im Winter sind die Hechte tief.</p></section>`);
    expect(findHeadlineStamps(subline)[0]?.day).toBe('2022-01-26');
    // The 120 characters read above the headline may start inside a date: its cut-off tail is not a date.
    const filler = `${'ab '.repeat(36)}a`;
    const halved = page('Winterhechte', `<div><div>26.01.2022 ${filler}</div><h1>Winterhechte im Bielersee</h1><p>Im Winter sind die Hechte tief.</p></div>`);
    expect(findHeadlineStamps(halved).map((c) => c.day)).not.toContain('2022-01-06');
    const opening = page('Trauern digital', '<h1>Trauern digital am Ewigkeitssonntag</h1><div><strong>Karlsruhe, (12.11.2021). Traditionell gedenken evangelische Christinnen und Christen am Ewigkeitssonntag ihrer Verstorbenen.</strong></div>');
    expect(findHeadlineStamps(opening)[0]?.day).toBe('2021-11-12');
  });

  it('does not take a date from the middle of the story text, a join date or a list of dated items', () => {
    const sentence = page('Stammtisch Kassel', '<h1>Stammtisch in Kassel jeden Monat</h1><p>Der nächste Stammtisch findet wie immer im Gasthaus statt, diesmal am Mi. 5. Februar 2020 ab 19 Uhr.</p>');
    expect(findHeadlineStamps(sentence)).toEqual([]);
    const forum = page('What, where did it go?', '<h1>What, where did it go? A thread</h1><div>Brokepixel</div><div>Joined May 11, 2017</div>');
    expect(findHeadlineStamps(forum)).toEqual([]);
    const listing = page('Pressemitteilungen | Amt', `<h1>Pressemitteilungen des Amtes</h1>${['03.02.2022', '01.02.2022', '28.01.2022'].map((d) => `<div><span>${d}</span><a href="/m">Meldung</a></div>`).join('')}`);
    expect(findHeadlineStamps(listing)).toEqual([]);
  });

  it('takes no date from a topic page\'s teasers, each with its own "Aktualisiert:" day, under a short intro', () => {
    const teasers = ['08.03.2023', '07.03.2023', '05.03.2023', '02.03.2023'].map((d, i) => `<div class="item"><h3><a href="/s${i}">Meldung Nummer ${i} aus der Region</a></h3><p>Aktualisiert: ${d}</p></div>`).join('');
    const topic = page('Thema: Verkehr in der Region', `<h1>Thema: Verkehr in der Region</h1><p>Alle Meldungen zum Thema.</p>${teasers}`);
    expect(findHeadlineStamps(topic)).toEqual([]);
    // One story with its own two lines keeps them both.
    const story = page('Brücke bleibt gesperrt', '<h1>Brücke bleibt gesperrt bis zum Sommer</h1><p>Veröffentlicht: 01.03.2023</p><p>Aktualisiert: 08.03.2023</p><p>Text.</p>');
    expect(findHeadlineStamps(story).map((c) => [c.role, c.day])).toEqual([['published', '2023-03-01'], ['updated', '2023-03-08']]);
  });

  it('finds a press service\'s title in an <h4> under its date line, and no <h4> that does not name the title', () => {
    const release = (title: string): Document => page(title, `<div class="menu">Teilen</div><p><em>01.11.2023 11:35</em></p><h4>Effiziente Hybridbatterie für Elektroautos</h4>
      <h5>Universität Beispielstadt</h5><p>${'Forschende haben eine neue Batterie entwickelt. '.repeat(12)}</p>`);
    expect(findHeadlineStamps(release('Effiziente Hybridbatterie für Elektroautos'))[0]?.day).toBe('2023-11-01');
    expect(findHeadlineStamps(release('Pressemitteilungen der Hochschulen'))).toEqual([]);
  });

  it('finds the headline by the document title when the first <h1> is a site menu', () => {
    const doc = page('Synchronschwimmen: Levelpässe bestellen', `<h1>Quicklinks</h1><ul><li>Schwimmen</li></ul><div class="sidebar">03.03.2021</div>
      <div class="newsSingle"><h2>Synchronschwimmen: Levelpässe bestellen</h2><span>01.02.2022</span></div>`);
    expect(findHeadlineStamps(doc)[0]?.day).toBe('2022-02-01');
  });
});

describe('date labels registry', () => {
  it('recognises every example of every entry, and only at the end of the text before the date', () => {
    for (const label of DATE_LABELS) {
      for (const example of label.examples) {
        const before = example.slice(0, findTextDate(example, 'dmy')?.index ?? 0);
        expect(labelBefore(before)?.role, `${label.lang} ${example}`).toBe(label.role);
      }
    }
    expect(labelBefore('Das Datum der Wahl steht fest, ')).toBeNull();
    // Two labels match: the one next to the date names it ("Von … Aktualisiert am" is an update by that author).
    expect(labelBefore('Das steckt dahinter Von Wenke Gürtler Aktualisiert am ')?.role).toBe('updated');
    expect(labelBefore('Das steckt dahinter von Wenke Gürtler am ')?.role).toBe('published');
    expect(labelBefore('')).toBeNull();
  });

  it('keeps every entry in lower case with no capturing group, as the one combined pattern needs', () => {
    for (const label of DATE_LABELS) {
      const bare = label.pattern.split(LETTER).join('').replace(/\\[a-zA-Z]/g, '');
      expect(bare, `${label.lang} ${label.pattern}`).not.toMatch(/[A-Z]|\((?!\?)/);
    }
    // Each label still reads in any case the page writes it.
    expect(labelBefore('ОПУБЛИКОВАНО ')?.role).toBe('published');
    expect(labelBefore('Last Updated: ')?.role).toBe('updated');
  });
});
