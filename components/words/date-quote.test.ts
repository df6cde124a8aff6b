import { describe, expect, it } from 'vitest';
import { dateQuote, MAX_QUOTE } from './date-quote';

describe('dateQuote: the date’s own words out of a byline or a footer', () => {
  it.each([
    ['Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 ISTShareAA+Text SizeSmallMediumLarge', '2019', 'published', '…Updated: Oct 9, 2019, 11:05 IST…'],
    ['Katrina Creer21 Jan 2020', '2020', 'published', '…21 Jan 2020'],
    ['Miércoles, 15 de Abril de 2020', '2020', 'published', 'Miércoles, 15 de Abril de 2020'],
    ['First Published on Apr 8, 2020 04:25 pm', '2020', 'published', 'First Published on Apr 8, 2020 04:25 pm'],
    ['Kotimaa19.2.2020 klo 14.00', '2020', 'published', '…19.2.2020 klo 14.00'],
    ['© 2020 Hypixel Inc. All Rights Reserved.', '2020', 'published', '© 2020…'],
    ['By Emily Burack 8 January 2020, 3:51 pm 11 Edit', '2020', 'published', '…8 January 2020, 3:51 pm…'],
    ['Oct 14, 2022 9:27 AM ET 14 comments', '2022', 'published', 'Oct 14, 2022 9:27 AM ET…'],
    ['Veröffentlicht am Dezember 29, 2021Dezember 29, 2021', '2021', 'published', 'Veröffentlicht am Dezember 29, 2021'],
    ['Posted 3 May 2021Comments (4)', '2021', 'published', 'Posted 3 May 2021…'],
  ] as const)('%s', (evidence, year, role, quote) => {
    expect(dateQuote(evidence, year, role)).toBe(quote);
  });

  it('takes the run the page labelled with the stamp’s role when it gives two dates', () => {
    const byline = 'Tue 29 Nov 2016 15.26 ESTFirst published on Tue 29 Nov 2016 07.46 EST';
    expect(dateQuote(byline, '2016', 'published')).toBe('…First published on Tue 29 Nov 2016 07.46 EST');
    const cbc = 'Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: Oct 15, 2022';
    expect(dateQuote(cbc, '2022', 'updated')).toBe('…Last Updated: Oct 15, 2022');
    expect(dateQuote(cbc, '2022', 'published')).toBe('…Posted: Oct 14, 2022 9:27 AM ET…');
  });

  it('cuts long text without a date to a short quote', () => {
    const quote = dateQuote('word '.repeat(40), null, 'published');
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE + 2);
    expect(quote.endsWith('…')).toBe(true);
  });
});
