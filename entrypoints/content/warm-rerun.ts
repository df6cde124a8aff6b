import { analyzeDates } from '../../utils/analyze-dates';
import { detectArticle } from '../../utils/article/detect-article';
import type { BadgeWordsAnswer } from '../../utils/messages/protocol';
import type { Settings } from '../../utils/settings';
import { browserWords } from '../../components/words/browser-words';
import { measured } from './measure';
import { mountBadge } from './mount-badge';
import { nextTask } from './next-task';

/**
 * Only in a `bench-warm` build (npm run bench:warm), never in one a reader installs: once the page's own
 * steps are done, the same steps run once more in the same page, each in a task of its own, measured as
 * `as-of:warm-*`. The second run finds As Of's code compiled and the engine's caches filled, so the gap
 * between the two runs is what a fresh content-script world costs the first run, whatever the rules do.
 */
export const WARM_RERUN = import.meta.env.MODE === 'bench-warm';

export async function rerunWarm(signal: AbortSignal, url: string, now: Date, settings: Settings, said: BadgeWordsAnswer | null): Promise<void> {
  if (!(await nextTask(signal))) return;
  const verdict = measured('as-of:warm-article', () => detectArticle(document, url));
  if (!verdict.isArticle || !(await nextTask(signal))) return;
  const report = measured('as-of:warm-stamps', () => analyzeDates(document, { url, now, article: verdict })).report;
  if (!said?.badge) return;
  // After a frame, so the page's layout is clean again, as it was for the first mount.
  await new Promise((done) => requestAnimationFrame(done));
  if (!(await nextTask(signal))) return;
  const second = new AbortController();
  measured('as-of:warm-badge', () => mountBadge(report, said, browserWords(), settings, () => undefined, second.signal));
  second.abort();
}
