import { describe, expect, it } from 'vitest';
import { NOW, parseHtml } from '../../test/helpers/fixtures';
import { findStamps } from './find-stamps';
import { findScriptJsonStamps } from './script-json';

const page = (head: string, body = '<p>Text.</p>'): Document => parseHtml(`<html lang="de"><head>${head}</head><body>${body}</body></html>`);
const URL_PLAIN = 'https://kanton.example/news/impfen';

describe('dates held only in an inline script\'s JSON', () => {
  it('reads a CMS page state ("publishDate" as on a Swiss canton\'s press page in corpus-wide)', () => {
    const doc = page('<script>window.__STATE__ = {"key":"Inpagenavigation439638974","publishDate":"2022-02-08T14:00:00","lead":"","heading":"Medienmitteilung"};</script>');
    expect(findStamps(doc, URL_PLAIN, NOW).published).toMatchObject({ day: '2022-02-08', source: 'script-json' });
  });

  it('reads escaped JSON inside a string, epoch numbers, and the update date beside it', () => {
    const doc = page('<script>var s = "{\\"datePublished\\":\\"2021-03-05T08:00:00+01:00\\",\\"dateModified\\":1615363200}";</script>');
    const found = findScriptJsonStamps(doc);
    expect(found.map((c) => [c.role, c.day])).toEqual([['published', '2021-03-05'], ['updated', '2021-03-10']]);
  });

  it('counts only when nothing better states a day, and never reads JSON-LD or a script past the first 64 KB', () => {
    const withMeta = page('<meta property="article:published_time" content="2020-01-02"><script>x={"publishDate":"2022-02-08"}</script>');
    expect(findStamps(withMeta, URL_PLAIN, NOW).published).toMatchObject({ day: '2020-01-02', source: 'meta' });
    expect(findScriptJsonStamps(page('<script type="application/ld+json">{"datePublished":"2022-02-08"}</script>'))).toEqual([]);
    expect(findScriptJsonStamps(page(`<script>var pad = "${'x'.repeat(70_000)}"; x={"publishDate":"2022-02-08"}</script>`))).toEqual([]);
  });
});
