import type { StampRole } from './candidate';
import { LETTER } from './parse-text-date';

/**
 * Words a page writes just before a visible date to say what the date is. One entry per wording, with
 * its language, the role it gives the date and real examples (each from a page of that kind). The one
 * pattern below is built from these entries once, at module scope, and tested only against the few
 * dozen characters before a date already found near the headline.
 */
export interface DateLabel {
  lang: string;
  /** 'other' names a date that is not the page's: a member's join day, a birthday, an event's day. */
  role: StampRole | 'other';
  /** Regular-expression source, matched case-insensitively at the end of the text before the date. */
  pattern: string;
  examples: string[];
}

/** A personal name of one to four words: "Max Muster", "Fred Hüning", "rasos". */
const NAME = `[${LETTER}][${LETTER}.'’-]*(?:\\s+[${LETTER}][${LETTER}.'’-]*){0,3}`;

export const DATE_LABELS: readonly DateLabel[] = [
  { lang: 'en', role: 'published', pattern: String.raw`(?:first\s+|originally\s+)?(?:posted|published|released|uploaded|written)(?:\s+on)?`, examples: ['Posted on June 12, 2014', 'Published 3 March 2021', 'Written: 2023-11-07 15:03:30'] },
  { lang: 'en', role: 'published', pattern: String.raw`(?:date|dated)`, examples: ['Date: 03/02/2022'] },
  { lang: 'en', role: 'updated', pattern: String.raw`(?:last\s+)?(?:updated|modified|edited|revised)(?:\s+on)?`, examples: ['Updated: November 02, 2023 09:20 PM IST', 'last edited 2019-11-10 13:28:18'] },
  { lang: 'de', role: 'published', pattern: String.raw`(?:datum|erstellt(?:\s+am)?|veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|publiziert(?:\s+am)?|eingestellt(?:\s+am)?|geschrieben(?:\s+am)?)`, examples: ['Datum: 18.10.2021', 'Veröffentlicht am 16.08.2019', 'Erschienen: 12.03.2020'] },
  { lang: 'de', role: 'published', pattern: String.raw`(?:presse(?:mitteilung|meldung|information|info)|medienmitteilung|mitteilung|meldung|beitrag|artikel|nachricht)\s+vom`, examples: ['Pressemitteilung vom 20.01.2022', 'Medienmitteilung vom 8. Februar 2022'] },
  { lang: 'de', role: 'published', pattern: String.raw`(?:von|gespeichert\s+von|geschrieben\s+von|verfasst\s+von)\s+${NAME}\s+am`, examples: ['von Max Muster am 5. März 2021', 'Gespeichert von rasos am 24. Juli 2017 - 18:55'] },
  { lang: 'de', role: 'published', pattern: String.raw`(?:dieser\s+)?(?:artikel|beitrag|eintrag)\s+wurde\s+am`, examples: ['Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben'] },
  { lang: 'de', role: 'updated', pattern: String.raw`(?:stand|(?:zuletzt\s+)?aktualisiert(?:\s+am)?|zuletzt\s+geändert(?:\s+am)?|zuletzt\s+am|letzte\s+änderung)`, examples: ['Stand: 19.10.2019 11:05 Uhr', 'Aktualisiert: 30.12.2016', 'Diese Seite wurde zuletzt am 29. Januar 2020 geändert'] },
  { lang: 'fr', role: 'published', pattern: String.raw`(?:publié|posté|mis\s+en\s+ligne|mise\s+en\s+ligne|paru)(?:\s+le)?`, examples: ['Publié le 27 juin 2019', 'Mise en ligne 23 mai 2019'] },
  { lang: 'fr', role: 'updated', pattern: String.raw`(?:mis\s+à\s+jour|mise\s+à\s+jour|modifié)(?:\s+le)?`, examples: ['Mis à jour le 28 juin 2019'] },
  { lang: 'es', role: 'published', pattern: String.raw`(?:publicado|fecha(?:\s+de\s+publicación)?)(?:\s+el)?`, examples: ['Publicado el 15 de abril de 2020', 'Fecha: 27/01/2020'] },
  { lang: 'es', role: 'updated', pattern: String.raw`(?:actualizado|modificado)(?:\s+el)?`, examples: ['Actualizado el 16 de abril de 2020'] },
  { lang: 'pt', role: 'published', pattern: String.raw`(?:publicad[oa]|postad[oa])(?:\s+em)?`, examples: ['Publicado em 22/11/2020'] },
  { lang: 'pt', role: 'updated', pattern: String.raw`atualizad[oa](?:\s+em)?`, examples: ['Atualizado em 22/11/2020 08:10'] },
  { lang: 'it', role: 'published', pattern: String.raw`pubblicat[oa](?:\s+il)?`, examples: ['Pubblicato il 3 marzo 2021'] },
  { lang: 'it', role: 'updated', pattern: String.raw`aggiornat[oa](?:\s+il)?`, examples: ['Aggiornato il 4 marzo 2021'] },
  { lang: 'nl', role: 'published', pattern: String.raw`(?:gepubliceerd|geplaatst)(?:\s+op)?`, examples: ['Gepubliceerd op 4 februari 2022'] },
  { lang: 'nl', role: 'updated', pattern: String.raw`(?:bijgewerkt|gewijzigd)(?:\s+op)?`, examples: ['Bijgewerkt op 5 februari 2022'] },
  { lang: 'en', role: 'other', pattern: String.raw`(?:joined|member\s+since|born|since|deadline|event\s+date|expires?|valid\s+until)`, examples: ['Joined May 11, 2017', 'Member since Jan 3, 2019'] },
  { lang: 'de', role: 'other', pattern: String.raw`(?:mitglied\s+seit|dabei\s+seit|registriert\s+seit|geboren(?:\s+am)?|seit|bis|ab|termin|frist|gültig\s+bis|anmeldeschluss|findet\s+am)`, examples: ['Mitglied seit 26.10.13', 'Termin: 5. Februar 2020'] },
];

/**
 * Each entry as its own anchored pattern: a label counts only right before the date (punctuation between).
 * Letters are spelled as ranges, not \p{L} with the 'u' flag: that form took 0.1-0.6 ms per text (the
 * name pattern tried from every position), this one a few microseconds.
 */
const COMPILED = DATE_LABELS.map((label) => ({ label, re: new RegExp(`(?<![${LETTER}])(?:${label.pattern})\\s*[:：,(]?\\s*$`, 'i') }));

/**
 * The label that ends `before` (the text just before a date), if any. When two match, the one nearest the
 * date is its label: in "Von Wenke Gürtler Aktualisiert am 06. Mär. 2023" it is "Aktualisiert am", not "von … am".
 */
export function labelBefore(before: string): DateLabel | null {
  const tail = before.slice(-60).replace(/\s+/g, ' ');
  let found: DateLabel | null = null;
  let at = -1;
  for (const { label, re } of COMPILED) {
    const match = re.exec(tail);
    if (match && match.index > at) [found, at] = [label, match.index];
  }
  return found;
}
