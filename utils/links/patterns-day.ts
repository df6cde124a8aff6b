import { MONTH_WORDS, YEAR, num, type AddressDatePattern } from './pattern-types';

const END = '(?=[/_.-]|$)';
const MONTH_WORD = `(${Object.keys(MONTH_WORDS).sort((a, b) => b.length - a.length).join('|')})`;

/**
 * Addresses that state a day, most specific first. Examples are addresses of ../shared/corpus pages and of
 * links in them, except those marked "(shape)": the publisher's address form with an illustrative slug.
 */
export const DAY_PATTERNS: readonly AddressDatePattern[] = [
  {
    id: 'slashed-y-m-d', precision: 'day', part: 'path',
    // The day ends at a slash, a dot or the end: "/2023/10/3-fragen-an-…" is a month and a slug, not 3 October.
    pattern: new RegExp(`/${YEAR}/(\\d{1,2})/(\\d{1,2})(?=[/.]|$)`, 'g'),
    read: (m) => ({ y: num(m[1]), m: num(m[2]), d: num(m[3]) }),
    examples: [
      { publisher: 'CNN', url: 'http://www.cnn.com/2016/11/29/politics/donald-trump-transition-presidency/index.html', date: '2016-11-29' },
      { publisher: 'The New York Times', url: 'https://www.nytimes.com/2020/08/16/business/california-blackouts.html', date: '2020-08-16' },
      { publisher: 'Engadget', url: 'https://www.engadget.com/2017/11/03/xbox-one-x-review/', date: '2017-11-03' },
      { publisher: 'Breitbart', url: 'http://www.breitbart.com/tech/2016/12/22/neutral-snopes-fact-checker-david-emery-un-angry-trump-supporters/', date: '2016-12-22' },
      { publisher: 'Libération', url: 'http://www.liberation.fr/monde/2015/04/30/un-troisieme-francais-mort-dans-le-seisme-au-nepal_1278483', date: '2015-04-30' },
      { publisher: 'NPR', url: 'http://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty-in-s-c-church-shooting', date: '2016-12-15' },
      { publisher: 'The Washington Post', url: 'https://www.washingtonpost.com/news/opinions/wp/2018/10/29/enough-platitudes-lets-name-names/', date: '2018-10-29' },
      { publisher: 'Politico', url: 'https://www.politico.com/news/2019/12/30/mark-meadows-retirement-elect-wife-friend-090838', date: '2019-12-30' },
      { publisher: 'The Irish Times', url: 'https://www.irishtimes.com/world/middle-east/2023/11/03/israel-hamas-war-israel-war-resembles-something-approaching-revenge-taoiseach-says/', date: '2023-11-03' },
      { publisher: 'New York Post', url: 'https://nypost.com/2023/11/02/news/ai-generated-nudes-of-girls-at-nj-high-school-trigger-police-probe/', date: '2023-11-02' },
      { publisher: 'The Japan Times', url: 'https://www.japantimes.co.jp/news/2020/02/18/national/crime-legal/6000-surgical-masks-stolen/', date: '2020-02-18' },
      { publisher: 'The Telegraph', url: 'https://www.telegraph.co.uk/tennis/2023/11/02/wta-finals-2023-when-is-it-how-to-watch-prize-money-players/', date: '2023-11-02' },
      { publisher: 'Le Monde', url: 'https://www.lemonde.fr/en/economy/article/2023/10/29/striking-us-auto-union-reaches-tentative-deal-with-stellantis_6211625_19.html', date: '2023-10-29' },
      { publisher: 'The Economist', url: 'https://www.economist.com/open-future/2018/06/18/why-collaborative-thinking-beats-individual-smarts', date: '2018-06-18' },
      { publisher: 'El País', url: 'https://elpais.com/elpais/2020/02/18/ciencia/1582045946_459487.html', date: '2020-02-18' },
      { publisher: 'Vox', url: 'https://www.vox.com/2017-in-review/2017/12/15/16751138/best-movies-2017-streaming-how-to-watch', date: '2017-12-15' },
      { publisher: 'Gothamist', url: 'http://gothamist.com/2017/03/09/fallout_shelters_nyc.php', date: '2017-03-09' },
      { publisher: 'La Stampa', url: 'https://www.lastampa.it/cronaca/2020/02/19/news/temperature-in-calo-in-tutta-italia-attesa-neve-sull-appennino-1.38487954', date: '2020-02-19' },
      { publisher: 'Moskovsky Komsomolets', url: 'https://www.mk.ru/social/2020/12/29/prisyazhnye-opravdali-muzhchinu-kotoryy-obvinyalsya-v-ubiystve-aktivista-v-serpukhove.html', date: '2020-12-29' },
      { publisher: 'The Denver Post', url: 'https://www.denverpost.com/2023/11/08/colorado-high-school-football-playoffs-second-weekend-2023/', date: '2023-11-08' },
      { publisher: 'Squarespace blog (befifty)', url: 'https://www.befifty.de/home/2017/7/12/unter-uns-montauk', date: '2017-07-12' },
    ],
  },
  {
    id: 'slashed-y-monthname-d', precision: 'day', part: 'path',
    pattern: new RegExp(`/${YEAR}/${MONTH_WORD}/(\\d{1,2})${END}`, 'g'),
    read: (m) => ({ y: num(m[1]), m: MONTH_WORDS[m[2] ?? ''] ?? 0, d: num(m[3]) }),
    examples: [
      { publisher: 'The Guardian', url: 'https://www.theguardian.com/us-news/2016/nov/29/standing-rock-protest-north-dakota-shutdown-evacuation', date: '2016-11-29' },
      { publisher: 'The Guardian', url: 'https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings', date: '2019-01-03' },
    ],
  },
  {
    id: 'dashed-y-m-d', precision: 'day', part: 'path',
    pattern: new RegExp(`(?<=[/_-])${YEAR}-(\\d{2})-(\\d{2})${END}`, 'g'),
    read: (m) => ({ y: num(m[1]), m: num(m[2]), d: num(m[3]) }),
    examples: [
      { publisher: 'Los Angeles Times', url: 'https://www.latimes.com/politics/story/2020-02-19/mike-bloomberg-democratic-debate-history', date: '2020-02-19' },
      { publisher: 'Los Angeles Times archive (shape)', url: 'https://www.latimes.com/archives/la-xpm-1995-05-01-mn-61076-story.html', date: '1995-05-01' },
      { publisher: 'Bloomberg', url: 'http://www.bloomberg.com/politics/articles/2016-12-07/trump-hits-emblem-of-presidential-power-with-air-force-one-tweet', date: '2016-12-07' },
      { publisher: 'Reuters (shape)', url: 'https://www.reuters.com/world/us/biden-signs-covid-relief-bill-2021-03-11/', date: '2021-03-11' },
      { publisher: 'ABC News Australia (shape)', url: 'https://www.abc.net.au/news/2020-03-17/coronavirus-cases-australia-nsw-victoria/12061234', date: '2020-03-17' },
      { publisher: 'Domradio', url: 'https://www.domradio.de/themen/laien/2021-11-19/reformstau-loesen-irme-stetter-karp-ist-neue-zdk-praesidentin', date: '2021-11-19' },
      { publisher: 'Sudinfo', url: 'https://www.sudinfo.be/id300074/article/2020-12-24/il-brise-le-couvre-feu-et-est-surpris-au-volant-23h30-mellet-je-me-fiche-pas-mal', date: '2020-12-24' },
      { publisher: 'iG Economia', url: 'https://economia.ig.com.br/2020-11-26/agronegocio-quer-salvar-relacao-com-a-china-apos-acusacoes-de-eduardo-bolsonaro.html', date: '2020-11-26' },
    ],
  },
  {
    id: 'compact-ymd', precision: 'day', part: 'path',
    // Eight digits standing alone between separators: a longer run of digits is an id.
    pattern: new RegExp(`(?<=[/_-])${YEAR}(\\d{2})(\\d{2})${END}`, 'g'),
    read: (m) => ({ y: num(m[1]), m: num(m[2]), d: num(m[3]) }),
    examples: [
      { publisher: 'Times Herald-Record (GateHouse)', url: 'https://www.recordonline.com/news/20200316/rockland-to-declare-local-state-of-emergency-on-monday?rssfeed=true', date: '2020-03-16' },
      { publisher: 'The Philadelphia Inquirer', url: 'https://www.inquirer.com/news/nation-world/us-state-department-blocks-lawsuit-by-american-imprisoned-tortured-in-egypt-20200718.html', date: '2020-07-18' },
      { publisher: 'The Baltimore Sun', url: 'https://www.baltimoresun.com/maryland/howard/cng-ho-permits-public-hearing-20200817-hntmbtcnhfgwjlv7vompxm4nmu-story.html', date: '2020-08-17' },
      { publisher: '20 Minutes', url: 'https://www.20minutes.fr/societe/4060503-20231102-tempete-ciaran-pluie-rafales-vent-quoi-attendre-nouvelle-aquitaine', date: '2023-11-02' },
      { publisher: 'Yomiuri Shimbun', url: 'https://www.yomiuri.co.jp/world/20231102-OYT1T50240/', date: '2023-11-02' },
      { publisher: 'Automobilwoche', url: 'https://www.automobilwoche.de/article/20211103/AGENTURMELDUNGEN/311039909/1276/krach-vor-der-vw-betriebsversammlung', date: '2021-11-03' },
      { publisher: 'Bundespräsident', url: 'https://www.bundespraesident.de/SharedDocs/Reden/DE/Johannes-Rau/Reden/2003/03/20030331_Rede2.html', date: '2003-03-31' },
      { publisher: 'Libération (2023)', url: 'https://www.liberation.fr/international/moyen-orient/gaza-le-monde-arabe-indigne-20231101_AZMTTO7OZBCI3IG7LKHAZVLEQQ/', date: '2023-11-01' },
    ],
  },
  {
    id: 'dashed-d-m-y', precision: 'day', part: 'path',
    // Day first, as most of the world writes it, unless the page says it writes month first (en-US).
    pattern: new RegExp(`(?<=[/_~-])(\\d{2})-(\\d{2})-${YEAR}${END}`, 'g'),
    read: (m, order) => {
      const [first, second] = [num(m[1]), num(m[2])];
      const monthFirst = order === 'mdy' && first <= 12;
      return { y: num(m[3]), m: monthFirst ? first : second, d: monthFirst ? second : first };
    },
    examples: [
      { publisher: 'Le Point', url: 'https://www.lepoint.fr/societe/apologie-du-terrorisme-un-imam-de-beaucaire-condamne-a-de-la-prison-avec-sursis-02-11-2023-2541683_23.php', date: '2023-11-02' },
      { publisher: 'Weisser Ring', url: 'https://weisser-ring.de/media-news/meldungen/29-10-2021', date: '2021-10-29' },
      { publisher: 'Brandenburg ministry press release', url: 'https://mluk.brandenburg.de/mluk/de/aktuelles/presseinformationen/detail/~02-01-2022-land-zahlte-rund-1-4-millionen-euro-erlegungspraemie-fuer-wildschweine-im-jagdjahr-202020', date: '2022-01-02' },
    ],
  },
  {
    id: 'slashed-y-mmdd', precision: 'day', part: 'path',
    pattern: new RegExp(`/${YEAR}/(\\d{2})(\\d{2})/`, 'g'),
    read: (m) => ({ y: num(m[1]), m: num(m[2]), d: num(m[3]) }),
    examples: [
      { publisher: "People's Daily (shape)", url: 'http://en.people.cn/n3/2020/0317/c90000-9669412.html', date: '2020-03-17' },
      { publisher: 'tagesschau (audio)', url: 'http://media.tagesschau.de/audio/2020/0428/AU-20200428-2138-2300.mp3', date: '2020-04-28' },
    ],
  },
  {
    id: 'yyyymm-slash-dd', precision: 'day', part: 'path',
    pattern: new RegExp(`/${YEAR}(\\d{2})/(\\d{2})/`, 'g'),
    read: (m) => ({ y: num(m[1]), m: num(m[2]), d: num(m[3]) }),
    examples: [
      { publisher: 'China Daily', url: 'https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html', date: '2023-11-17' },
    ],
  },
  {
    id: 'dashed-y-m-slash-d', precision: 'day', part: 'path',
    pattern: new RegExp(`/${YEAR}-(\\d{2})/(\\d{2})/`, 'g'),
    read: (m) => ({ y: num(m[1]), m: num(m[2]), d: num(m[3]) }),
    examples: [
      { publisher: 'China Daily (mobile)', url: 'http://m.chinadaily.com.cn/cn/2014-06/17/content_17013298.htm', date: '2014-06-17' },
      { publisher: 'Xinhua (shape)', url: 'http://www.xinhuanet.com/english/2020-03/17/c_138888389.htm', date: '2020-03-17' },
    ],
  },
  {
    id: 'query-date', precision: 'day', part: 'query',
    pattern: new RegExp(`[?&](?:date|day|d|pubdate|publishdate|published)=${YEAR}-?(\\d{2})-?(\\d{2})(?=&|$)`, 'g'),
    read: (m) => ({ y: num(m[1]), m: num(m[2]), d: num(m[3]) }),
    examples: [
      { publisher: 'Hacker News past front pages (shape)', url: 'https://news.ycombinator.com/front?day=2014-06-12', date: '2014-06-12' },
      { publisher: 'Reuters (media server)', url: 'https://s3.reutersmedia.net/resources/r/?m=02&d=20200120&t=2&i=1478767273', date: '2020-01-20' },
    ],
  },
];
