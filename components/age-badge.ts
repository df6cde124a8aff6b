import type { PageReport } from '../utils/report';

/** The text a badge shows for a report: "about 12 years old · 2014", or null when there is nothing to say. */
export function badgeText(report: PageReport): string | null {
  if (!report.age || !report.published) return report.notice ? 'Archived article · date unknown' : null;
  return `${report.age.label} · ${report.published.value.slice(0, 10)}`;
}

/** Builds the badge from text nodes only: page text never becomes markup. */
export function renderAgeBadge(container: HTMLElement, report: PageReport): HTMLElement | null {
  const text = badgeText(report);
  if (!text) return null;
  const badge = document.createElement('div');
  badge.className = 'as-of-badge';
  badge.setAttribute('role', 'status');
  badge.setAttribute('data-testid', 'as-of-badge');
  badge.textContent = text;
  container.append(badge);
  return badge;
}
