import type { PeerTimes } from './peers';
import type { Share, FileSize } from './bundle';
import { median, percentile } from './stats';
import { kb, ms, ratio, type Row } from './table';
import { STEPS, type PlainVisit, type Step, type Visit } from './visit';

export const ARTICLE_KIND = 'news article (corpus)';
const BUNDLE_LIMIT = 100 * 1024;
const SHOWN_SHARES = 6;

const stat = (values: readonly number[]): [number | null, number | null] => [median(values), percentile(values, 95)];
const times = (visits: readonly Visit[], step: Step): number[] => visits.flatMap((v) => (v.steps[step] === undefined ? [] : [v.steps[step]]));

function stepRows(kind: string, visits: readonly Visit[]): Row[] {
  const row = (what: string, values: number[], target = '', pass?: (m: number) => boolean): Row => {
    const [m, p] = stat(values);
    return { section: kind, what: `${what} (n=${values.length})`, median: ms(m), p95: ms(p), target, ok: pass && m !== null ? pass(m) : null };
  };
  const script = visits.flatMap((v) => (v.trace ? [v.trace.scriptMs] : []));
  if (kind !== ARTICLE_KIND) {
    const judged = visits.filter((v) => v.isArticle === true).length;
    const further = visits.filter((v) => ['stamps', 'badge', 'check', 'source', 'claims'].some((s) => v.steps[s as Step] !== undefined)).length;
    return [
      row('content script evaluation (compile + top level, trace)', script),
      row('decide "article or not"', times(visits, 'decide'), '< 1 ms median', (m) => m < 1),
      { section: kind, what: 'visits judged an article / ran more steps', median: `${judged} / ${further}`, p95: '', target: '0 / 0', ok: judged === 0 && further === 0 },
    ];
  }
  const busy = (name: string): number[] => visits.flatMap((v) => { const b = v.trace?.busy[name]; return b === undefined ? [] : [b]; });
  // Each step is its own task (entrypoints/content/next-task.ts): what As Of costs is the sum of their busy times.
  const critical = visits.flatMap((v) => {
    const stamps = v.trace?.busy[STEPS.stamps];
    return stamps === undefined ? [] : [stamps + (v.trace?.busy[STEPS.words] ?? 0) + (v.trace?.busy[STEPS.badge] ?? 0)];
  });
  const handOver = visits.flatMap((v) => (v.steps.check === undefined && v.steps.source === undefined ? [] : [(v.steps.check ?? 0) + (v.steps.source ?? 0)]));
  return [
    row('content script evaluation (compile + top level, trace)', script),
    row('decide "article or not"', times(visits, 'decide')),
    row('stamps & notice', times(visits, 'stamps')),
    row('report facts to the background (it words badge + toolbar)', times(visits, 'words')),
    row('badge mount, wall (incl. awaits)', times(visits, 'badge')),
    row('badge mount, main thread busy', busy(STEPS.badge)),
    row('stamps + notice + words + badge, main thread', critical, '< 10 ms median', (m) => m < 10),
    row('claims, in the popup (parse + engine)', times(visits, 'claims'), '< 50 ms median', (m) => m < 50),
    row('claims hand-over in the page (size check + article HTML)', handOver),
    { section: kind, what: 'visits judged an article', median: `${visits.filter((v) => v.isArticle).length} / ${visits.length}`, p95: '', target: '', ok: null },
  ];
}

export function timingRows(visits: readonly Visit[]): Row[] {
  const kinds = [...new Set(visits.map((v) => v.kind))];
  return kinds.flatMap((kind) => stepRows(kind, visits.filter((v) => v.kind === kind)));
}

export function pageCostRows(visits: readonly Visit[], plain: ReadonlyMap<string, PlainVisit>): Row[] {
  const rows: Row[] = [];
  const ours = visits.flatMap((v) => v.extensionLongTasks);
  const worst = ours.length ? Math.max(...ours.map((t) => t.duration)) : null;
  rows.push({ section: 'all pages', what: `long tasks overlapping As Of's marks, observer (${visits.length} visits)`, median: `${ours.length}`, p95: worst === null ? '' : `worst ${ms(worst)}`, target: '0', ok: ours.length === 0 });
  const traced = visits.flatMap((v) => v.trace?.longTasks ?? []);
  const byStep = new Map<string, number>();
  for (const task of traced) for (const step of task.steps) byStep.set(step, (byStep.get(step) ?? 0) + 1);
  const split = [...byStep].map(([step, n]) => `${step} ${n}`).join(', ');
  rows.push({
    section: 'all pages', what: 'long tasks holding As Of\'s work, trace', median: traced.length ? `${traced.length} (${split})` : '0',
    p95: traced.length ? `worst ${ms(Math.max(...traced.map((t) => t.duration)))}` : '', target: '0', ok: traced.length === 0,
  });
  const forced = visits.flatMap((v) => (v.trace ? [v.trace.forcedLayouts] : []));
  const most = forced.length ? Math.max(...forced) : null;
  rows.push({ section: 'all pages', what: 'layouts forced by As Of\'s code, per visit', median: `${median(forced) ?? '—'}`, p95: most === null ? '—' : `max ${most}`, target: '≤ 1 (one read, one write pass)', ok: most === null ? null : most <= 1 });
  for (const kind of new Set(visits.map((v) => v.kind))) {
    const mine = visits.filter((v) => v.kind === kind);
    const heap = mine.flatMap((v) => { const base = plain.get(v.url); return base ? [v.costs.heapUsed - base.costs.heapUsed] : []; });
    const layouts = mine.flatMap((v) => { const base = plain.get(v.url); return base ? [v.costs.layouts - base.costs.layouts] : []; });
    const [hm, hp] = stat(heap);
    const [lm, lp] = stat(layouts);
    rows.push({ section: kind, what: 'JS heap delta (with − without As Of)', median: kb(hm), p95: kb(hp), target: '', ok: null });
    rows.push({ section: kind, what: 'extra layouts (with − without As Of)', median: lm === null ? '—' : `${lm}`, p95: lp === null ? '—' : `${lp}`, target: '', ok: null });
  }
  return rows;
}

export function bundleRows(content: FileSize, popup: FileSize | null, popupFirst: FileSize | null, shares: readonly Share[]): Row[] {
  const rows: Row[] = [
    { section: 'bundle', what: 'content script, minified', median: kb(content.raw), p95: '', target: '', ok: null },
    { section: 'bundle', what: 'content script, gzipped', median: kb(content.gzip), p95: '', target: '< 100 KB', ok: content.gzip < BUNDLE_LIMIT },
  ];
  if (popup) rows.push({ section: 'bundle', what: 'popup script, gzipped (not loaded in pages)', median: kb(popup.gzip), p95: '', target: '', ok: null });
  if (popupFirst) rows.push({ section: 'bundle', what: 'popup chunk before the report paints, gzipped (without the chunks it shares; the claims engine loads after)', median: kb(popupFirst.gzip), p95: '', target: '', ok: null });
  const shown = shares.slice(0, SHOWN_SHARES);
  const rest = shares.slice(SHOWN_SHARES).reduce((total, s) => total + s.share, 0);
  for (const s of shown) rows.push({ section: 'bundle share', what: s.name, median: `${(s.share * 100).toFixed(1)} %`, p95: '', target: '', ok: null });
  if (rest > 0) rows.push({ section: 'bundle share', what: `${shares.length - SHOWN_SHARES} more packages`, median: `${(rest * 100).toFixed(1)} %`, p95: '', target: '', ok: null });
  return rows;
}

export function peerRows(node: PeerTimes, visits: readonly Visit[]): Row[] {
  const peer = (section: string, what: string, values: number[], oursMedian: number | null): Row => {
    const [m, p] = stat(values);
    return { section, what, median: oursMedian === null ? ms(m) : `${ms(m)} (${ratio(oursMedian, m)})`, p95: ms(p), target: '', ok: null };
  };
  const inPage = visits.flatMap((v) => (v.inPage ? [v.inPage] : []));
  const nodeOurs = median(node.ours);
  const pageOurs = median(inPage.map((t) => t.ours));
  return [
    peer('peers, Node', 'As Of stamps & notice', node.ours, null),
    peer('peers, Node', 'metascraper-date', node.metascraperDate, nodeOurs),
    peer('peers, Node', 'Readability metadata pass', node.readabilityMetadata, nodeOurs),
    peer('peers, page', 'As Of stamps & notice', inPage.map((t) => t.ours), null),
    peer('peers, page', 'Readability metadata pass', inPage.map((t) => t.readabilityMetadata), pageOurs),
    peer('peers, page', 'Readability parse() → publishedTime', inPage.map((t) => t.readabilityParse), pageOurs),
  ];
}
