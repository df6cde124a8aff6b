import type { NoticeFinding } from '../report';
import { selectorFor } from '../dom/selector-for';
import { webArchiveCapture } from '../stamps/web-archive';

/** Ids of the toolbars the archives inject into a capture (looked up by id: cheap on any page). */
const TOOLBAR_IDS = ['wm-ipp-base', 'wm-ipp'];

/**
 * A page read through a web archive is an archived page: the notice says which archive, which
 * address and when (the capture time is also reported as `captured`, never as the publish stamp).
 */
export function webArchiveNotice(doc: Document, url: string): NoticeFinding | null {
  const capture = webArchiveCapture(url);
  const toolbar = TOOLBAR_IDS.map((id) => doc.getElementById(id)).find((el) => el !== null) ?? null;
  if (!capture && !toolbar) return null;
  const service = capture?.service === 'archive.today' ? 'archive.today' : 'the Wayback Machine';
  const when = capture?.captured ? ` on ${capture.captured.day}` : '';
  const what = capture?.originalUrl ? ` of ${capture.originalUrl}` : '';
  return {
    kind: 'web-archive-capture',
    text: `Capture by ${service}${what}${when}`,
    selector: toolbar ? selectorFor(toolbar) : 'html',
    tagName: toolbar ? toolbar.tagName.toLowerCase() : 'html',
    statedAge: capture?.captured?.day ? { date: capture.captured.day } : null,
    agreesWithStamps: null,
  };
}
