import { nameLookup } from './name-table';

/**
 * Month names as publishers write them, one list per language (January first), full names and the
 * abbreviations seen in bylines. Russian, Ukrainian and Polish give the genitive ("12 июня", "12 червня", "12 czerwca")
 * beside the nominative. A static table: generating it with Intl.DateTimeFormat would cost every page a build.
 */
export const MONTH_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['january jan', 'february feb', 'march mar', 'april apr', 'may', 'june jun', 'july jul', 'august aug', 'september sept sep', 'october oct', 'november nov', 'december dec'],
  de: ['januar jänner jän', 'februar feber', 'märz maerz mrz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober okt', 'november', 'dezember dez'],
  fr: ['janvier janv', 'février févr', 'mars', 'avril avr', 'mai', 'juin', 'juillet juil', 'août', 'septembre', 'octobre', 'novembre', 'décembre déc'],
  es: ['enero ene', 'febrero', 'marzo', 'abril abr', 'mayo', 'junio', 'julio', 'agosto ago', 'septiembre setiembre', 'octubre', 'noviembre', 'diciembre dic'],
  pt: ['janeiro', 'fevereiro fev', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro set', 'outubro out', 'novembro', 'dezembro'],
  it: ['gennaio gen', 'febbraio', 'marzo', 'aprile', 'maggio mag', 'giugno giu', 'luglio lug', 'agosto', 'settembre', 'ottobre ott', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart mrt', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  ro: ['ianuarie ian', 'februarie', 'martie', 'aprilie', 'mai', 'iunie iun', 'iulie iul', 'august', 'septembrie', 'octombrie', 'noiembrie noi', 'decembrie'],
  pl: [
    'styczeń stycznia sty', 'luty lutego lut', 'marzec marca', 'kwiecień kwietnia kwi', 'maj maja', 'czerwiec czerwca cze',
    'lipiec lipca lip', 'sierpień sierpnia sie', 'wrzesień września wrz', 'październik października paź', 'listopad listopada lis', 'grudzień grudnia gru',
  ],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  id: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
  // Arabic: the Egyptian / Gulf names ("07 أكتوبر 2020") and the single-word Levantine ones ("12 آذار 2021").
  ar: [
    'يناير', 'فبراير شباط', 'مارس آذار', 'أبريل إبريل ابريل نيسان', 'مايو أيار', 'يونيو يونيه حزيران',
    'يوليو يوليه تموز', 'أغسطس اغسطس آب', 'سبتمبر أيلول', 'أكتوبر اكتوبر', 'نوفمبر', 'ديسمبر',
  ],
  ru: [
    'январь января янв', 'февраль февраля фев', 'март марта мар', 'апрель апреля апр', 'май мая', 'июнь июня июн',
    'июль июля июл', 'август августа авг', 'сентябрь сентября сен сент', 'октябрь октября окт', 'ноябрь ноября ноя нояб', 'декабрь декабря дек',
  ],
  uk: [
    'січень січня січ', 'лютий лютого лют', 'березень березня бер', 'квітень квітня квіт', 'травень травня трав', 'червень червня черв',
    'липень липня лип', 'серпень серпня серп', 'вересень вересня вер', 'жовтень жовтня жовт', 'листопад листопада лист', 'грудень грудня груд',
  ],
  bg: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  // Czech and Slovak give the genitive ("5. března 2021", "5. marca 2021") beside the nominative.
  cs: [
    'leden ledna', 'únor února', 'březen března', 'duben dubna', 'květen května', 'červen června',
    'červenec července', 'srpen srpna', 'září', 'říjen října', 'listopad listopadu', 'prosinec prosince',
  ],
  sk: [
    'január januára', 'február februára', 'marec marca', 'apríl apríla', 'máj mája', 'jún júna',
    'júl júla', 'august augusta', 'september septembra', 'október októbra', 'november novembra', 'december decembra',
  ],
  hu: ['január', 'február febr', 'március márc', 'április ápr', 'május máj', 'június jún', 'július júl', 'augusztus', 'szeptember szept', 'október', 'november', 'december'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember des'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  // Finnish writes the partitive after a day ("5. maaliskuuta 2021").
  fi: [
    'tammikuu tammikuuta', 'helmikuu helmikuuta', 'maaliskuu maaliskuuta', 'huhtikuu huhtikuuta', 'toukokuu toukokuuta', 'kesäkuu kesäkuuta',
    'heinäkuu heinäkuuta', 'elokuu elokuuta', 'syyskuu syyskuuta', 'lokakuu lokakuuta', 'marraskuu marraskuuta', 'joulukuu joulukuuta',
  ],
  // Greek: the genitive of a date ("5 Μαρτίου 2021") beside the nominative and the short forms.
  el: [
    'ιανουάριος ιανουαρίου ιαν', 'φεβρουάριος φεβρουαρίου φεβ', 'μάρτιος μαρτίου μαρ', 'απρίλιος απριλίου απρ', 'μάιος μαΐου μαΐ', 'ιούνιος ιουνίου ιουν',
    'ιούλιος ιουλίου ιουλ', 'αύγουστος αυγούστου αυγ', 'σεπτέμβριος σεπτεμβρίου σεπ', 'οκτώβριος οκτωβρίου οκτ', 'νοέμβριος νοεμβρίου νοε', 'δεκέμβριος δεκεμβρίου δεκ',
  ],
};

/** A month's number (1-12) by its name in any case, with or without its accents; undefined for any other word. */
export const monthNumber = nameLookup(MONTH_NAMES, 1);
