import { describe, expect, it } from 'vitest';
import { chromeBuildProblems } from './store-rules';

const GOOD = { manifest_version: 3, background: { service_worker: 'background.js' } };
const js = (text: string) => [{ path: 'a.js', text }];

describe('chromeBuildProblems', () => {
  it('passes an MV3 build with a service worker and plain code', () => {
    expect(chromeBuildProblems(GOOD, js('const retrieval = x.evaluate(1); el.textContent = s;'))).toEqual([]);
  });

  it('flags MV2, a background page and a loosened CSP', () => {
    expect(chromeBuildProblems({ manifest_version: 2, background: { scripts: ['b.js'] } }, [])).toHaveLength(3);
    expect(chromeBuildProblems({ ...GOOD, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }, [])).toHaveLength(1);
  });

  it('flags eval, new Function, string timers and remote code', () => {
    for (const code of ['eval("1")', 'new Function("return 1")', 'setTimeout("x()", 1)', 'import("https://cdn.example/x.js")', 'importScripts("https://cdn.example/x.js")']) {
      expect(chromeBuildProblems(GOOD, js(code)), code).toHaveLength(1);
    }
    expect(chromeBuildProblems(GOOD, [{ path: 'p.html', text: '<script src="https://cdn.example/x.js"></script>' }])).toHaveLength(1);
  });
});
