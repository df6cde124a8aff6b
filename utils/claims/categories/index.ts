import { forecast } from './forecast';
import { officeHolder } from './office-holder';
import { presentState } from './present-state';
import { record } from './record';
import { relativeTime } from './relative-time';
import { runningFigure } from './running-figure';

/**
 * The claim categories, one file each: the type, the weights, the names and the options list all
 * derive from this array. A new category is a new file and one entry here.
 */
export const CATEGORIES = [presentState, runningFigure, officeHolder, relativeTime, record, forecast] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];
export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);
export const CATEGORY_LABELS = Object.fromEntries(CATEGORIES.map((c) => [c.id, c.label])) as Record<CategoryId, string>;
export const CATEGORY_WEIGHTS = Object.fromEntries(CATEGORIES.map((c) => [c.id, c.weight])) as Record<CategoryId, number>;
