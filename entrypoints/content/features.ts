import type { PageReport } from '../../utils/report';
import type { Settings } from '../../utils/settings';
import { linkHints } from './link-hints';

/** What a feature learns about the page session it runs in. */
export interface FeatureContext {
  /** The session's report: null on a site the reader silenced (features are not started there). */
  report: PageReport;
  settings: Settings;
}

/**
 * Something As Of adds to a page besides the age badge. Started once per page session, after the
 * analysis; `signal` aborts when the session ends (new address, body swap, settings change, stale
 * extension), and the feature must then have undone all it did: listeners added with `{ signal }`,
 * observers disconnected and marks removed in a `signal` 'abort' listener (refined-github's `init(signal)`).
 * A feature that throws leaves the badge and the other features running.
 */
export type PageFeature = (signal: AbortSignal, context: FeatureContext) => void | Promise<void>;

/** Every feature, in start order. Add one here. */
export const PAGE_FEATURES: readonly PageFeature[] = [linkHints];
