import { nameLookup } from './name-table';

/** Weekday names by language, Sunday first, as written before a date ("Tue, 12 June", "Donnerstag, 12. Juni"). */
export const WEEKDAY_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['sunday sun', 'monday mon', 'tuesday tue tues', 'wednesday wed', 'thursday thu thur thurs', 'friday fri', 'saturday sat'],
  de: ['sonntag so', 'montag mo', 'dienstag di', 'mittwoch mi', 'donnerstag do', 'freitag fr', 'samstag sa'],
  fr: ['dimanche dim', 'lundi lun', 'mardi', 'mercredi mer', 'jeudi jeu', 'vendredi ven', 'samedi sam'],
  es: ['domingo dom', 'lunes', 'martes mar', 'miércoles mié', 'jueves jue', 'viernes vie', 'sábado sáb'],
  pt: ['domingo', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado'],
  it: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  ro: ['duminică', 'luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă'],
  pl: ['niedziela', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota'],
  tr: ['pazar', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'],
  id: ['minggu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'],
  ru: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
};

/** A weekday's JavaScript number (0 = Sunday) by its name in any case, with or without its accents. */
export const weekdayNumber = nameLookup(WEEKDAY_NAMES, 0);
