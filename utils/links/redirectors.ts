/**
 * Link wrappers that send a click through a service first. Each entry says where the real address sits;
 * `unwrapAddress` reads it out without ever requesting the wrapper. Opaque shorteners (t.co, bit.ly,
 * news.google.com/articles/…) carry no address and stay as they are.
 */
export interface Redirector {
  id: string;
  host: RegExp;
  path: RegExp;
  unwrap(url: URL): string | null;
  examples: readonly { href: string; target: string }[];
}

const param = (...names: string[]) => (url: URL): string | null => {
  for (const name of names) {
    const value = url.searchParams.get(name);
    if (value) return value;
  }
  return null;
};

/** Bing's `u=a1<base64url>`. */
function bingTarget(url: URL): string | null {
  const u = url.searchParams.get('u');
  if (!u?.startsWith('a1')) return null;
  try {
    return atob(u.slice(2).replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

const NYT = 'https://www.nytimes.com/2020/08/16/business/california-blackouts.html';
const NYT_Q = encodeURIComponent(NYT);

export const REDIRECTORS: readonly Redirector[] = [
  { id: 'facebook', host: /^(?:l|lm|m|www)\.facebook\.com$/, path: /^\/l\.php$/, unwrap: param('u'),
    examples: [{ href: `https://l.facebook.com/l.php?u=${NYT_Q}&h=AT0xYz`, target: NYT }] },
  { id: 'messenger', host: /^l\.messenger\.com$/, path: /^\/l\.php$/, unwrap: param('u'),
    examples: [{ href: `https://l.messenger.com/l.php?u=${NYT_Q}&h=AT1`, target: NYT }] },
  { id: 'instagram', host: /^l\.instagram\.com$/, path: /^\/$/, unwrap: param('u'),
    examples: [{ href: `https://l.instagram.com/?u=${NYT_Q}&e=ATN`, target: NYT }] },
  { id: 'google', host: /^(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$/, path: /^\/url$/, unwrap: param('q', 'url'),
    examples: [{ href: `https://www.google.com/url?sa=t&rct=j&q=&url=${NYT_Q}&usg=AOv`, target: NYT },
      { href: `https://www.google.co.uk/url?q=${NYT_Q}&sa=U`, target: NYT }] },
  { id: 'youtube', host: /^(?:www\.)?youtube\.com$/, path: /^\/redirect$/, unwrap: param('q'),
    examples: [{ href: `https://www.youtube.com/redirect?event=video_description&q=${NYT_Q}`, target: NYT }] },
  { id: 'reddit', host: /^out\.reddit\.com$/, path: /^\//, unwrap: param('url'),
    examples: [{ href: `https://out.reddit.com/t3_abc123?url=${NYT_Q}&token=AQAA&app_name=web`, target: NYT }] },
  { id: 'tumblr', host: /^t\.umblr\.com$/, path: /^\/redirect$/, unwrap: param('z'),
    examples: [{ href: `https://t.umblr.com/redirect?z=${NYT_Q}&t=YjQ`, target: NYT }] },
  { id: 'duckduckgo', host: /^(?:html\.|lite\.)?duckduckgo\.com$/, path: /^\/l\/$/, unwrap: param('uddg'),
    examples: [{ href: `https://duckduckgo.com/l/?uddg=${NYT_Q}&rut=abc`, target: NYT }] },
  { id: 'bing', host: /^(?:www\.)?bing\.com$/, path: /^\/ck\/a$/, unwrap: bingTarget,
    examples: [{ href: `https://www.bing.com/ck/a?!&&p=abc&u=a1${btoa(NYT).replace(/=+$/, '')}&ntb=1`, target: NYT }] },
  { id: 'yahoo', host: /^r\.search\.yahoo\.com$/, path: /\/RU=[^/]+\//, unwrap: (url) => {
    const m = /\/RU=([^/]+)\//.exec(url.pathname);
    try { return m ? decodeURIComponent(m[1]!) : null; } catch { return null; }
  },
  examples: [{ href: `https://r.search.yahoo.com/_ylt=AwrE;_ylu=Y29sbwNiZjE-/RV=2/RE=1700000000/RO=10/RU=${NYT_Q}/RK=2/RS=abc-`, target: NYT }] },
  { id: 'linkedin', host: /^(?:www\.)?linkedin\.com$/, path: /^\/redir\/redirect$/, unwrap: param('url'),
    examples: [{ href: `https://www.linkedin.com/redir/redirect?url=${NYT_Q}&urlhash=abc`, target: NYT }] },
  { id: 'slack', host: /^slack-redir\.net$/, path: /^\/link$/, unwrap: param('url'),
    examples: [{ href: `https://slack-redir.net/link?url=${NYT_Q}`, target: NYT }] },
  { id: 'vk', host: /^(?:m\.)?vk\.com$/, path: /^\/away\.php$/, unwrap: param('to'),
    examples: [{ href: `https://vk.com/away.php?to=${NYT_Q}&cc_key=`, target: NYT }] },
  { id: 'steam', host: /^steamcommunity\.com$/, path: /^\/linkfilter\/$/, unwrap: param('url', 'u'),
    examples: [{ href: `https://steamcommunity.com/linkfilter/?url=${NYT}`, target: NYT }] },
  { id: 'disqus', host: /^disq\.us$/, path: /^\/url$/, unwrap: (url) => param('url')(url)?.replace(/:[\w-]+$/, '') ?? null,
    examples: [{ href: `https://disq.us/url?url=${encodeURIComponent(`${NYT}:Xy9_abc`)}&cuid=123`, target: NYT }] },
  { id: 'outlook-safelinks', host: /\.safelinks\.protection\.outlook\.com$/, path: /^\/$/, unwrap: param('url'),
    examples: [{ href: `https://nam02.safelinks.protection.outlook.com/?url=${NYT_Q}&data=05%7C01`, target: NYT }] },
  { id: 'web-archive', host: /^web\.archive\.org$/, path: /^\/web\/\d{1,14}[a-z_]*\/https?:/, unwrap: (url) => /^\/web\/\d{1,14}[a-z_]*\/(.+)$/.exec(url.pathname + url.search)?.[1] ?? null,
    examples: [{ href: 'https://web.archive.org/web/20140109030403/http://nesselsetzer.wordpress.com/2013/12/09/rebloggt-von-gnaddrig-ad-libitum-antipoden-die-wahrheit/', target: 'http://nesselsetzer.wordpress.com/2013/12/09/rebloggt-von-gnaddrig-ad-libitum-antipoden-die-wahrheit/' }] },
];

const MAX_DEPTH = 4;

/** The address a link leads to once every known wrapper is taken off (at most four layers). */
export function unwrapAddress(url: URL): URL {
  let current = url;
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    // Each read of a URL's part makes a new string in the browser: read once, tested by every entry.
    const { hostname, pathname } = current;
    const entry = REDIRECTORS.find((r) => r.host.test(hostname) && r.path.test(pathname));
    const inner = entry?.unwrap(current);
    const next = inner ? httpUrl(inner) : null;
    if (!next) return current;
    current = next;
  }
  return current;
}

/** An http(s) address, or null for anything else (javascript:, data:, garbage). */
export function httpUrl(text: string, base?: string): URL | null {
  if (text.length > 4096) return null;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
