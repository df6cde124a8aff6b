import type { PageReport } from '../report';

/** Messages between the content script, the background and the popup. */
export type AsOfMessage =
  | { type: 'as-of:report'; report: PageReport | null }
  | { type: 'as-of:get-report' };

export function isAsOfMessage(value: unknown): value is AsOfMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
    && (value as { type: string }).type.startsWith('as-of:');
}
