import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

/** 1980-01-01, the earliest time a ZIP entry can hold: the fallback when there is no commit to date from. */
const ZIP_EPOCH_SECONDS = 315_532_800;

/**
 * The time every entry is stamped with: SOURCE_DATE_EPOCH when set (the reproducible-builds
 * convention), else the HEAD commit's time, so the same commit always gives the same bytes.
 */
export function sourceDateEpoch(): number {
  const fromEnv = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isInteger(fromEnv) && fromEnv >= ZIP_EPOCH_SECONDS) return fromEnv;
  try {
    const commitTime = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim());
    return Number.isInteger(commitTime) && commitTime >= ZIP_EPOCH_SECONDS ? commitTime : ZIP_EPOCH_SECONDS;
  } catch {
    return ZIP_EPOCH_SECONDS;
  }
}

/**
 * Rewrites a zip so its bytes depend only on its files: entries sorted by name, each stamped with
 * one fixed time and fixed permissions (JSZip otherwise stamps every entry with the current time).
 */
export async function makeZipDeterministic(zipPath: string, epochSeconds = sourceDateEpoch()): Promise<void> {
  const source = await JSZip.loadAsync(await readFile(zipPath));
  const date = new Date(epochSeconds * 1000);
  const out = new JSZip();
  const names = Object.keys(source.files).filter((name) => !source.files[name]!.dir).sort();
  for (const name of names) {
    out.file(name, await source.files[name]!.async('uint8array'), { date, createFolders: false, unixPermissions: 0o644 });
  }
  const bytes = await out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
  await writeFile(zipPath, bytes);
}
