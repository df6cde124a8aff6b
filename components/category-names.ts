import { CATEGORY_LABELS } from '../utils/claims/categories';

/** Reader-facing names of the claim categories, from the registry (utils/claims/categories). */
export const CATEGORY_NAMES = CATEGORY_LABELS;
