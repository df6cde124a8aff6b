/**
 * `npm run zip` is reproducible: build and zip twice, and every zip must have the same sha256.
 * Prints each zip's hash; exits non-zero when any differs.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sourceDateEpoch } from './lib/deterministic-zip';

const ROOT = resolve(import.meta.dirname, '..');
// Read once: the zips are dated from HEAD's commit, and in a shared checkout HEAD may move between the two runs.
const env = { ...process.env, SOURCE_DATE_EPOCH: String(sourceDateEpoch()) };
const OUT = join(ROOT, process.env.AS_OF_OUT ?? '.output');

function zipAndHash(): Map<string, string> {
  execFileSync('npm', ['run', 'zip', '--silent'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const hashes = new Map<string, string>();
  for (const name of readdirSync(OUT).filter((n) => n.endsWith('.zip')).sort()) {
    hashes.set(name, createHash('sha256').update(readFileSync(join(OUT, name))).digest('hex'));
  }
  return hashes;
}

const first = zipAndHash();
const second = zipAndHash();
let same = first.size > 0 && first.size === second.size;
for (const [name, hash] of first) {
  const again = second.get(name);
  console.log(`${hash === again ? 'same' : 'DIFFERS'}  ${name}  ${hash}${hash === again ? '' : ` then ${again ?? 'missing'}`}`);
  if (hash !== again) same = false;
}
if (!same) {
  console.error('check:zip failed: two zips of the same tree differ');
  process.exit(1);
}
console.log('check:zip passed: the zips are byte-identical');
