/** How one extractor's answer compares with the label's day. */
export type Verdict = 'exact' | 'near' | 'coarse' | 'none' | 'wrong';

const DAY = 86_400_000;

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY;
}

/**
 * `answer` is a `YYYY-MM-DD` day, or a coarser `YYYY` / `YYYY-MM` period, or null.
 * A coarser period containing the label is "coarse" (not a day, not wrong); one that misses it is wrong.
 * A null label means the page has no publish date (a home page, a listing): no answer is then exactly
 * right, and any date is wrong.
 */
export function judge(answer: string | null, labelDay: string | null): Verdict {
  if (labelDay === null) return answer ? 'wrong' : 'exact';
  if (!answer) return 'none';
  if (answer.length < 10) return labelDay.startsWith(answer) ? 'coarse' : 'wrong';
  const gap = Math.abs(dayNumber(answer.slice(0, 10)) - dayNumber(labelDay));
  if (gap === 0) return 'exact';
  return gap <= 1 ? 'near' : 'wrong';
}

export interface Figures {
  name: string;
  pages: number;
  withinDay: number;
  exact: number;
  none: number;
  wrong: number;
  medianMs: number;
  p95Ms: number;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function figures(name: string, verdicts: Verdict[], times: number[]): Figures {
  const count = (...kinds: Verdict[]): number => verdicts.filter((v) => kinds.includes(v)).length;
  return {
    name,
    pages: verdicts.length,
    withinDay: count('exact', 'near'),
    exact: count('exact'),
    none: count('none', 'coarse'),
    wrong: count('wrong'),
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
  };
}

const pct = (n: number, total: number): string => `${((100 * n) / Math.max(1, total)).toFixed(1)}%`;

export function table(rows: Figures[]): string {
  const head = ['extractor', 'within 1 day', 'exact day', 'no date', 'wrong date', 'median ms', 'p95 ms'];
  const body = rows.map((r) => [
    r.name,
    `${pct(r.withinDay, r.pages)} (${r.withinDay}/${r.pages})`,
    `${pct(r.exact, r.pages)} (${r.exact})`,
    `${pct(r.none, r.pages)} (${r.none})`,
    `${pct(r.wrong, r.pages)} (${r.wrong})`,
    r.medianMs.toFixed(2),
    r.p95Ms.toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
