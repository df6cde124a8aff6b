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
  /** Regular-expression source in lower case, matched at the end of the text before the date (lower-cased). */
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
  { lang: 'ru', role: 'published', pattern: String.raw`(?:опубликовано|дата\s+публикации|размещено)`, examples: ['Опубликовано 5 марта 2021', 'Дата публикации: 18.02.2020'] },
  { lang: 'ru', role: 'updated', pattern: String.raw`(?:обновлено|изменено|дата\s+обновления)`, examples: ['Обновлено 6 марта 2021'] },
  { lang: 'uk', role: 'published', pattern: String.raw`(?:опубліковано|дата\s+публікації)`, examples: ['Опубліковано 5 березня 2021'] },
  { lang: 'uk', role: 'updated', pattern: String.raw`оновлено`, examples: ['Оновлено 6 березня 2021'] },
  { lang: 'bg', role: 'published', pattern: String.raw`(?:публикувано|публикувана)`, examples: ['Публикувано 18 февруари 2020'] },
  { lang: 'bg', role: 'updated', pattern: String.raw`(?:обновено|обновена|актуализирано)`, examples: ['Обновено 19 февруари 2020'] },
  { lang: 'pl', role: 'published', pattern: String.raw`(?:opublikowano|data\s+publikacji|dodano)`, examples: ['Opublikowano 12 października 2021', 'Data publikacji: 12.10.2021'] },
  { lang: 'pl', role: 'updated', pattern: String.raw`(?:zaktualizowano|aktualizacja|data\s+aktualizacji)`, examples: ['Aktualizacja: 13.10.2021'] },
  { lang: 'cs', role: 'published', pattern: String.raw`(?:publikováno|zveřejněno|vydáno)`, examples: ['Publikováno 5. března 2021'] },
  { lang: 'cs', role: 'updated', pattern: String.raw`(?:aktualizováno|upraveno)`, examples: ['Aktualizováno 6. března 2021'] },
  { lang: 'sk', role: 'published', pattern: String.raw`(?:publikované|uverejnené|zverejnené)`, examples: ['Publikované 12. júna 2020'] },
  { lang: 'sk', role: 'updated', pattern: String.raw`aktualizované`, examples: ['Aktualizované 13. júna 2020'] },
  { lang: 'hu', role: 'published', pattern: String.raw`(?:közzétéve|publikálva|megjelent)`, examples: ['Közzétéve: 2021. március 5.'] },
  { lang: 'hu', role: 'updated', pattern: String.raw`(?:frissítve|módosítva|utolsó\s+módosítás)`, examples: ['Frissítve: 2021. március 6.'] },
  { lang: 'tr', role: 'published', pattern: String.raw`(?:yayınlanma(?:\s+tarihi)?|yayın\s+tarihi|yayımlanma(?:\s+tarihi)?)`, examples: ['Yayınlanma: 30 Ekim 2020', 'Yayın tarihi 30.10.2020'] },
  { lang: 'tr', role: 'updated', pattern: String.raw`(?:güncelleme(?:\s+tarihi)?|güncellenme(?:\s+tarihi)?|son\s+güncelleme)`, examples: ['Güncelleme: 31 Ekim 2020'] },
  { lang: 'ro', role: 'published', pattern: String.raw`(?:publicat(?:\s+la|\s+pe|\s+în)?|data\s+publicării)`, examples: ['Publicat la 20 septembrie 2020'] },
  { lang: 'ro', role: 'updated', pattern: String.raw`(?:actualizat(?:\s+la|\s+pe)?|modificat(?:\s+la)?)`, examples: ['Actualizat la 21 septembrie 2020'] },
  { lang: 'id', role: 'published', pattern: String.raw`(?:diterbitkan|dipublikasikan|diposting|tayang)(?:\s+pada)?`, examples: ['Diterbitkan 4 Mei 2020', 'Dipublikasikan pada 4 Mei 2020'] },
  { lang: 'id', role: 'updated', pattern: String.raw`(?:diperbarui|pembaruan)(?:\s+pada)?`, examples: ['Diperbarui 5 Mei 2020'] },
  { lang: 'da', role: 'published', pattern: String.raw`(?:udgivet|publiceret|offentliggjort)(?:\s+den)?`, examples: ['Udgivet 5. marts 2021'] },
  { lang: 'da', role: 'updated', pattern: String.raw`opdateret(?:\s+den)?`, examples: ['Opdateret 6. marts 2021'] },
  { lang: 'nb', role: 'published', pattern: String.raw`(?:publisert|publisert\s+den)`, examples: ['Publisert 12. desember 2020'] },
  { lang: 'nb', role: 'updated', pattern: String.raw`(?:oppdatert|sist\s+oppdatert)(?:\s+den)?`, examples: ['Oppdatert 13. desember 2020'] },
  { lang: 'sv', role: 'published', pattern: String.raw`(?:publicerad|publicerat)(?:\s+den)?`, examples: ['Publicerad 3 augusti 2021'] },
  { lang: 'sv', role: 'updated', pattern: String.raw`(?:uppdaterad|uppdaterat|senast\s+uppdaterad)(?:\s+den)?`, examples: ['Uppdaterad 4 augusti 2021'] },
  { lang: 'fi', role: 'published', pattern: String.raw`julkaistu`, examples: ['Julkaistu 5.3.2021'] },
  { lang: 'fi', role: 'updated', pattern: String.raw`(?:päivitetty|päivitys)`, examples: ['Päivitetty 6.3.2021'] },
  { lang: 'el', role: 'published', pattern: String.raw`(?:δημοσιεύθηκε|δημοσίευση|δημοσιεύτηκε)`, examples: ['Δημοσιεύθηκε 5 Μαρτίου 2021'] },
  { lang: 'el', role: 'updated', pattern: String.raw`(?:ενημερώθηκε|ενημέρωση|τελευταία\s+ενημέρωση)`, examples: ['Ενημερώθηκε 6 Μαρτίου 2021'] },
  { lang: 'en', role: 'other', pattern: String.raw`(?:joined|member\s+since|born|since|deadline|event\s+date|expires?|valid\s+until)`, examples: ['Joined May 11, 2017', 'Member since Jan 3, 2019'] },
  { lang: 'de', role: 'other', pattern: String.raw`(?:mitglied\s+seit|dabei\s+seit|registriert\s+seit|geboren(?:\s+am)?|seit|bis|ab|termin|frist|gültig\s+bis|anmeldeschluss|findet\s+am)`, examples: ['Mitglied seit 26.10.13', 'Termin: 5. Februar 2020'] },
];

/**
 * All entries as one anchored pattern, one capturing group each (an entry's own pattern uses only
 * non-capturing groups: tested), matched against the text in lower case, as the entries are written. A label
 * counts only right before the date (punctuation between). One pattern without the case-insensitive flag:
 * V8 compiles a regular expression on its first use and again to machine code on the next, and 50 patterns
 * folding case over Latin, Greek and Cyrillic ranges took some 8 ms to compile in Node, this one under 3.
 */
const ANY_LABEL = new RegExp(`(?<![${LETTER}])(?:${DATE_LABELS.map((label) => `(${label.pattern})`).join('|')})\\s*[:：,(]?\\s*$`, 'g');

/**
 * The label that ends `before` (the text just before a date), if any. When two match, the one nearest the
 * date is its label: in "Von Wenke Gürtler Aktualisiert am 06. Mär. 2023" it is "Aktualisiert am", not "von … am".
 * At one place, the first entry of the registry wins.
 */
export function labelBefore(before: string): DateLabel | null {
  const tail = before.slice(-60).replace(/\s+/g, ' ').toLowerCase();
  let found: RegExpExecArray | null = null;
  ANY_LABEL.lastIndex = 0;
  for (let match = ANY_LABEL.exec(tail); match; match = ANY_LABEL.exec(tail)) {
    found = match;
    ANY_LABEL.lastIndex = match.index + 1;
  }
  if (!found) return null;
  const entry = found.findIndex((group, i) => i > 0 && group !== undefined);
  return DATE_LABELS[entry - 1] ?? null;
}
