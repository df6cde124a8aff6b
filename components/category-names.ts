import type { ClaimCategory } from '../utils/report';

/** Reader-facing names of the claim categories. */
export const CATEGORY_NAMES: Record<ClaimCategory, string> = {
  'relative-time': 'Relative time',
  'present-state': 'Present state',
  'running-figure': 'Running figure',
  'office-holder': 'Office holder',
  forecast: 'Forecast',
  record: 'Record',
};
