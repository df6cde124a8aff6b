import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One page the trust site serves: its body, content type and any extra headers (a CSP, say). */
export interface TrustRoute {
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface LoggedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface TrustSite {
  origin: string;
  url(path: string): string;
  /** Every request the server received, in order: nothing reaches it unseen. */
  log: LoggedRequest[];
  close(): Promise<void>;
}

/** A tiny server on 127.0.0.1 (port picked by the OS) with per-page headers and a full request log. */
export async function serveTrustSite(routes: Record<string, TrustRoute>): Promise<TrustSite> {
  const log: LoggedRequest[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    log.push({ method: request.method ?? 'GET', path, headers: request.headers });
    const route = routes[path];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': route.contentType ?? 'text/html; charset=utf-8', ...route.headers });
    response.end(route.body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\/+/, '')}`,
    log,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

/** A small dated article: enough for the content script to mount its badge. */
export function articleHtml({ title = 'Council votes on the bridge', extraHead = '', extraBody = '' } = {}): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the council said the bridge would reopen next year, officials said on Tuesday.</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2014-06-12T09:40:00-05:00">
${extraHead}</head>
<body><main><article><h1>${title}</h1>
<p class="byline">By A. Reporter</p>
${paragraphs}
</article></main>
${extraBody}
</body></html>`;
}
