import { YEAR, num, type AddressDatePattern } from './pattern-types';

/**
 * Addresses that state only a month. Tried after every day pattern. Examples are addresses of
 * ../shared/corpus pages and of links in them, except those marked "(shape)".
 */
export const MONTH_PATTERNS: readonly AddressDatePattern[] = [
  {
    id: 'slashed-y-m', precision: 'month', part: 'path',
    pattern: new RegExp(`/${YEAR}/(\\d{2})(?=/|$)`, 'g'),
    read: (m) => ({ y: num(m[1]), m: num(m[2]) }),
    examples: [
      { publisher: 'The Atlantic', url: 'https://www.theatlantic.com/ideas/archive/2020/08/californias-disasters-are-a-warning-climate-change-is-here/615610/', date: '2020-08' },
      { publisher: 'Folha de S.Paulo', url: 'https://www1.folha.uol.com.br/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml', date: '2018-12' },
      { publisher: 'AL.com (Advance)', url: 'http://www.al.com/news/birmingham/index.ssf/2016/12/two_arrested_in_multi-state_de.html', date: '2016-12' },
      { publisher: 'Cleveland.com (Advance)', url: 'http://www.cleveland.com/food/index.ssf/2014/12/let_me_google_that_for_you_201.html', date: '2014-12' },
      { publisher: 'Bohemia', url: 'https://bohemia.cu/nacionales/2020/03/adoptan-medidas-organizativas-en-la-habana-para-la-venta-de-alimentos/', date: '2020-03' },
      { publisher: 'Campact blog', url: 'https://blog.campact.de/2023/10/3-fragen-an-tina-musil-teamleiterin-fundraising/', date: '2023-10' },
      { publisher: 'BMBF', url: 'https://www.bmbf.de/bmbf/shareddocs/pressemitteilungen/de/2022/01/260122-Directions.html', date: '2022-01' },
      { publisher: 'Blogger (Python Insider)', url: 'http://blog.python.org/2016/12/python-360-is-now-available.html', date: '2016-12' },
      { publisher: 'The Atlantic archive listing (shape)', url: 'https://www.theatlantic.com/magazine/archive/2012/05/', date: '2012-05' },
    ],
  },
  {
    id: 'dashed-y-m', precision: 'month', part: 'path',
    pattern: new RegExp(`/${YEAR}-(\\d{2})(?=/)`, 'g'),
    read: (m) => ({ y: num(m[1]), m: num(m[2]) }),
    examples: [
      { publisher: 'Vatican News', url: 'https://www.vaticannews.va/de/kirche/news/2022-08/deutschland-polen-pater-kolbe-erzbischof-schick-auschwitz.html', date: '2022-08' },
    ],
  },
];
