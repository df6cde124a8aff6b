import { execFile } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_BYTES } from './lib/load-document';

const ROOT = resolve(import.meta.dirname, '..');

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** Deterministic "random" bytes: a page that is no HTML at all. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 2463534242;
  for (let i = 0; i < length; i += 1) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

describe('npm run analyze on hostile and unusual files', () => {
  it('reads a latin-1 page by its meta charset, and one bad file costs only that file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'as-of-cli-'));
    const latin1 = join(dir, 'latin1.html');
    writeFileSync(latin1, Buffer.from('<html lang="de"><head><meta charset="iso-8859-1"><title>Gr\u00fc\u00dfe</title></head><body><article><h1>Gr\u00fc\u00dfe aus M\u00fcnchen</h1><p class="date">Ver\u00f6ffentlicht am 3. M\u00e4rz 2021</p><p>Text.</p></article></body></html>', 'latin1'));
    const binary = join(dir, 'random.bin');
    writeFileSync(binary, noise(300_000));
    const deep = join(dir, 'deep.html');
    writeFileSync(deep, `<body>${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}</body>`);
    const huge = join(dir, 'huge.html');
    writeFileSync(huge, '<p>');
    truncateSync(huge, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    const missing = join(dir, 'missing.html');

    const { code, stdout, stderr } = await runCli([latin1, huge, binary, missing, deep, '--now', '2026-11-24T12:00:00Z']);

    expect(code).toBe(2);
    const reports = stdout.trim().split('\n').map((line) => JSON.parse(line) as { url: string; published: { day: string | null; evidence: string } | null });
    expect(reports.map((r) => r.url.split('/').pop())).toEqual(['latin1.html', 'random.bin', 'deep.html']);
    expect(reports[0]!.published?.day).toBe('2021-03-03');
    expect(reports[0]!.published?.evidence).toContain('März');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^analyze: refused .*huge\\.html: file is 200\\.0 MB, over the ${(MAX_PAGE_BYTES / 1024 / 1024).toFixed(1)} MB limit`));
    expect(lines[1]).toMatch(/^analyze: cannot read .*missing\.html: ENOENT$/);
  }, 180_000);
});
