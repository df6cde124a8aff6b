import { describe, expect, it } from 'vitest';
import { REDIRECTORS, httpUrl, unwrapAddress } from './redirectors';

const examples = REDIRECTORS.flatMap((r) => r.examples.map((e) => [r.id, e.href, e.target] as const));

describe('redirector unwrapping', () => {
  it.each(examples)('%s: %s', (_id, href, target) => {
    expect(unwrapAddress(new URL(href)).href).toBe(new URL(target).href);
  });

  it('takes off nested wrappers', () => {
    const inner = 'https://www.theguardian.com/us-news/2016/nov/29/standing-rock';
    const google = `https://www.google.com/url?q=${encodeURIComponent(inner)}`;
    const facebook = `https://l.facebook.com/l.php?u=${encodeURIComponent(google)}`;
    expect(unwrapAddress(new URL(facebook)).href).toBe(inner);
  });

  it('leaves a wrapper alone when what it wraps is not a web address', () => {
    for (const href of [
      'https://l.facebook.com/l.php?u=javascript%3Aalert(1)',
      'https://www.google.com/url?q=not%20a%20url',
      'https://www.bing.com/ck/a?u=a1%%%',
      'https://out.reddit.com/t3_abc',
    ]) expect(unwrapAddress(new URL(href)).href).toBe(new URL(href).href);
  });

  it('does not unwrap look-alike hosts', () => {
    const href = 'https://l.facebook.com.evil.example/l.php?u=https%3A%2F%2Fwww.nytimes.com%2F2020%2F08%2F16%2Fx.html';
    expect(unwrapAddress(new URL(href)).hostname).toBe('l.facebook.com.evil.example');
  });

  it('accepts only http(s) addresses', () => {
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('mailto:a@b.c')).toBeNull();
    expect(httpUrl('tel:+1-202-555-0143')).toBeNull();
    expect(httpUrl(`https://example.org/${'a'.repeat(5000)}`)).toBeNull();
    expect(httpUrl('/2014/06/12/x', 'https://example.org/')?.href).toBe('https://example.org/2014/06/12/x');
  });
});
