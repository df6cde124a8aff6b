/** One addons-linter message, as `web-ext lint --output json` prints it. */
export interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
}

/** Code built from strings: Chrome Web Store forbids it in MV3, and a CSP without 'unsafe-eval' blocks it. */
const STRING_CODE = [/(?<![\w$.])eval\s*\(/, /\bnew\s+Function\s*\(/, /\bset(?:Timeout|Interval)\s*\(\s*["'`]/];
/** Code fetched from the network: remote script tags, imports or importScripts of http(s) URLs. */
const REMOTE_CODE = [/<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i, /\bimport\s*\(\s*["'`](?:https?:)?\/\//, /\bimportScripts\s*\(\s*["'`](?:https?:)?\/\//];
const LOOSE_CSP = /'unsafe-eval'|'unsafe-inline'|https?:|\*|data:|blob:/;

/**
 * What the Chrome Web Store's MV3 rules ask of the build: manifest version 3, a background
 * service worker (no persistent page), the default CSP or a stricter one, and no remote or eval'd code.
 */
export function chromeBuildProblems(manifest: Record<string, unknown>, files: readonly { path: string; text: string }[]): string[] {
  const problems: string[] = [];
  if (manifest.manifest_version !== 3) problems.push(`manifest_version is ${String(manifest.manifest_version)}, not 3`);
  const background = manifest.background as Record<string, unknown> | undefined;
  if (background && typeof background.service_worker !== 'string') problems.push('background is not a service_worker');
  if (background && ('scripts' in background || 'page' in background)) problems.push('background uses scripts/page, which MV3 does not allow');
  const csp = manifest.content_security_policy as Record<string, string> | string | undefined;
  for (const policy of typeof csp === 'string' ? [csp] : Object.values(csp ?? {})) {
    const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
    if (LOOSE_CSP.test(scriptSrc)) problems.push(`content_security_policy loosens script-src: ${policy}`);
  }
  for (const { path, text } of files) {
    for (const pattern of [...STRING_CODE, ...REMOTE_CODE]) {
      const match = pattern.exec(text);
      if (match) problems.push(`${path}: ${pattern.source} matches "${text.slice(Math.max(0, match.index - 40), match.index + 40)}"`);
    }
  }
  return problems;
}
