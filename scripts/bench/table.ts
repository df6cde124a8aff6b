/** One row of the benchmark's single table. */
export interface Row {
  section: string;
  what: string;
  median: string;
  p95: string;
  target: string;
  /** true ✓, false ✗, null: no target or nothing measured. */
  ok: boolean | null;
}

export function ms(value: number | null): string {
  if (value === null) return '—';
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
}

export function kb(bytes: number | null): string {
  return bytes === null ? '—' : `${(bytes / 1024).toFixed(1)} KB`;
}

export function ratio(ours: number | null, peer: number | null): string {
  if (ours === null || peer === null || ours === 0 || peer === 0) return '—';
  return peer >= ours ? `As Of ${(peer / ours).toFixed(1)}× faster` : `As Of ${(ours / peer).toFixed(1)}× slower`;
}

/** A markdown table, so the output pastes straight into the README. */
export function renderTable(rows: readonly Row[]): string {
  const header = ['', 'measure', 'median', 'p95', 'target', ''];
  const cells = rows.map((r) => [r.section, r.what, r.median, r.p95, r.target, r.ok === null ? '' : r.ok ? '✓' : '✗']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]): string => `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
