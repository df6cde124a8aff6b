import type { StampFinding } from '../report';

/** A publish stamp as findStamps gives it, for tests: a day ("2014-06-12") or a year ("2014"). */
export function publishStamp(value: string): StampFinding {
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return {
    value, day: isDay ? value : null, precision: isDay ? 'day' : 'year', source: isDay ? 'meta' : 'copyright',
    evidence: value, location: 'test', confidence: 1, disagreements: [],
  };
}
