import { forecast, forecastCard } from './forecast';
import { officeHolder, officeHolderCard } from './office-holder';
import { presentState, presentStateCard } from './present-state';
import { record, recordCard } from './record';
import { relativeTime, relativeTimeCard } from './relative-time';
import { runningFigure, runningFigureCard } from './running-figure';

/**
 * The claim categories, one file each: the type, the weights, the names and the options list all
 * derive from these two arrays (the same files, in the same order). A new category is a new file
 * and one entry in each. Code that only needs ids and labels (settings, options, the content script)
 * reads the cards, so the detectors tree-shake away from it (hence the @__PURE__ marks).
 */
export const CATEGORY_CARDS = [presentStateCard, runningFigureCard, officeHolderCard, relativeTimeCard, recordCard, forecastCard] as const;
export const CATEGORIES = /* @__PURE__ */ (() => [presentState, runningFigure, officeHolder, relativeTime, record, forecast] as const)();

export type CategoryId = (typeof CATEGORY_CARDS)[number]['id'];
export const CATEGORY_IDS: readonly CategoryId[] = /* @__PURE__ */ CATEGORY_CARDS.map((c) => c.id);
export const CATEGORY_LABELS = /* @__PURE__ */ Object.fromEntries(CATEGORY_CARDS.map((c) => [c.id, c.label])) as Record<CategoryId, string>;
export const CATEGORY_WEIGHTS = /* @__PURE__ */ Object.fromEntries(CATEGORY_CARDS.map((c) => [c.id, c.weight])) as Record<CategoryId, number>;
