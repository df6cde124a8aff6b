import type { NoticeFinding } from '../report';
import { selectorFor } from '../dom/selector-for';
import { webArchiveCapture } from '../stamps/web-archive';

/** Toolbars the archives inject into a capture. */
const TOOLBAR = '#wm-ipp-base, #wm-ipp, #HEADER[style*="archive"], #donate_banner';

/**
 * A page read through a web archive is an archived page: the notice says which archive, which
 * address and when (the capture time is also reported as `captured`, never as the publish stamp).
 */
export function webArchiveNotice(doc: Document, url: string): NoticeFinding | null {
  const capture = webArchiveCapture(url);
  const toolbar = doc.querySelector(TOOLBAR);
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
