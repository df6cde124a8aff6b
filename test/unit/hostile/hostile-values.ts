import fc from 'fast-check';

/** Dates that have broken date parsers: impossible days, extreme years, junk offsets and zones. */
export const ADVERSARIAL_DATES: readonly string[] = [
  '0000-00-00', '0000-01-01', '9999-12-31', '9999-12-31T23:59:59Z', '1e308', '-1e308', 'NaN', 'Infinity',
  '2014-02-30', '2014-13-01', '2014-00-10', '2014-06-12T25:99:00', '2014-06-12T09:40:00+99:99',
  '2014-06-12T09:40:00 America/Nowhere', '2014-06-12T09:40:00[Mars/Olympus_Mons]', '2014-06-12T09:40:00GMT+25',
  '+275760-09-13T00:00:00Z', '-271821-04-20T00:00:00Z', '-002014-06-12', '1989-12-31', '1989-12-31T23:59:59Z',
  '2099-01-01', '2026-11-25T12:00:00Z', '2026-12', '2027', '1899', '0', '-1', '', ' ', '\u0000', '２０１４-０６-１２',
  '2014-06-12T09:40:00.99999999999999999999Z', `2014-06-12${' '.repeat(10_000)}T09:40`,
];

/** Text that would become markup or script if anything wrote it into the DOM as HTML. */
export const SCRIPT_LIKE: readonly string[] = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "javascript:alert('x')",
  '</title><script>alert(1)</script>', '<iframe srcdoc="<script>parent.x=1</script>">', '{{constructor.constructor("alert(1)")()}}',
  '<!--', ']]>', '\u202Egnp.exe', '<as-of-badge></as-of-badge>',
];

/** Keys that poison naive object handling. */
export const POISON_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '@type'];

const DATE_KEYS = ['datePublished', 'dateModified', 'dateCreated', 'uploadDate'];

/** A date-ish string: adversarial, ISO from any representable instant, or arbitrary text. */
export const dateish: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ADVERSARIAL_DATES),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.integer({ min: -99_999, max: 99_999 }).map(String),
  fc.string({ maxLength: 40 }),
);

/** Free text that a page might hold, script-like strings included. */
export const pageText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SCRIPT_LIKE),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom('This is an archived article and the information in the article may be outdated.', '© 2014 CNN', 'Copyright 1066', '(c) 9999'),
);

const jsonLeaf: fc.Arbitrary<unknown> = fc.oneof(dateish, fc.double(), fc.constantFrom(1e308, -1e308, 0, null, true), pageText);

/** JSON-LD trees whose keys include the date fields and poisoned names, nested a few levels. */
export const jsonLdValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    jsonLeaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...DATE_KEYS, ...POISON_KEYS), fc.string({ maxLength: 8 })), tie('node'), { maxKeys: 5 }),
  ),
})).node;

/** The text of a JSON-LD script: valid JSON, JSON with __proto__ written literally, or broken JSON. */
export const jsonLdText: fc.Arbitrary<string> = fc.oneof(
  jsonLdValue.map((v) => JSON.stringify(v) ?? 'null'),
  fc.tuple(dateish, jsonLdValue).map(([date, v]) => `{"__proto__": {"datePublished": ${JSON.stringify(date)}}, "x": ${JSON.stringify(v) ?? 'null'}}`),
  jsonLdValue.map((v) => (JSON.stringify(v) ?? '').slice(0, -1)),
  fc.constantFrom('', '{', '[[[[[[', '<![CDATA[{"datePublished":"2014-06-12"}]]>', '// <![CDATA[\n{"@type":"NewsArticle"}\n// ]]>'),
  fc.string({ maxLength: 60 }),
);

const META_NAMES = ['article:published_time', 'article:modified_time', 'og:updated_time', 'date', 'pubdate', 'dc.date', 'sailthru.date', 'DATE', 'description', 'og:title'];

export interface HostilePage {
  title: string;
  metas: { attribute: 'name' | 'property' | 'itemprop'; name: string; content: string; useValue: boolean }[];
  jsonLd: string[];
  body: { tag: string; text: string }[];
  rawHtml: string;
}

/** The ingredients of one hostile page; `buildHostileDocument` assembles them without string templating. */
export const hostilePage: fc.Arbitrary<HostilePage> = fc.record({
  title: pageText,
  metas: fc.array(fc.record({
    attribute: fc.constantFrom('name' as const, 'property' as const, 'itemprop' as const),
    name: fc.oneof(fc.constantFrom(...META_NAMES), fc.constantFrom(...POISON_KEYS)),
    content: fc.oneof(dateish, pageText),
    useValue: fc.boolean(),
  }), { maxLength: 6 }),
  jsonLd: fc.array(jsonLdText, { maxLength: 3 }),
  body: fc.array(fc.record({ tag: fc.constantFrom('p', 'div', 'h1', 'article', 'time', 'span', 'footer', 'script', 'style'), text: pageText }), { maxLength: 12 }),
  rawHtml: fc.oneof(fc.constant(''), fc.string({ maxLength: 120 }), fc.constantFrom(...SCRIPT_LIKE, '<div><p>unclosed', '</body></html><p>after', '<svg><foreignObject><p>x</p></foreignObject></svg>')),
});

/** Builds the page through DOM calls, so hostile strings land exactly where a page would put them. */
export function buildHostileDocument(page: HostilePage): Document {
  const doc = document.implementation.createHTMLDocument(page.title);
  for (const meta of page.metas) {
    const element = doc.createElement('meta');
    element.setAttribute(meta.attribute, meta.name);
    element.setAttribute(meta.useValue ? 'value' : 'content', meta.content);
    doc.head.append(element);
  }
  for (const text of page.jsonLd) {
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = text;
    doc.head.append(script);
  }
  for (const { tag, text } of page.body) {
    const element = doc.createElement(tag);
    if (tag === 'time') element.setAttribute('datetime', text);
    element.textContent = text;
    doc.body.append(element);
  }
  const raw = new DOMParser().parseFromString(page.rawHtml, 'text/html');
  doc.body.append(...Array.from(raw.body.childNodes).map((node) => doc.importNode(node, true)));
  return doc;
}
