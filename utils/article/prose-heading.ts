/**
 * Pages without article metadata or an <article> element: a careful reader calls a page one article when
 * its main heading sits in a container with paragraphs of running text, and that container is not a list of
 * teasers (several linked headings, each leading to another page). Bounded: at most MAX_HEADINGS headings,
 * MAX_LEVELS ancestors each, and the first MAX_PARAGRAPHS paragraphs of one container are read.
 */
const MAX_HEADINGS = 3;
const MAX_LEVELS = 8;
const MAX_PARAGRAPHS = 40;
/** A paragraph of running text, not a caption, a date line or a teaser's one-liner. */
const PROSE_CHARS = 80;
export const MIN_PROSE = 2;
/** Linked headings inside the container: this many, and as many as half its prose, make it a listing. */
const LISTING_LINKED_HEADINGS = 3;

export interface ProseHeading {
  prose: number;
  linkedHeadings: number;
}

/** The first main heading whose container holds running text, or null; many <h1>s is a listing template. */
export function proseUnderHeading(doc: Document): ProseHeading | null {
  const headings = doc.getElementsByTagName('h1');
  if (headings.length === 0 || headings.length > MAX_HEADINGS) return null;
  for (let i = 0; i < headings.length; i += 1) {
    const container = proseContainer(headings[i]!);
    if (container) return { prose: container.prose, linkedHeadings: container.element.querySelectorAll('h2 a, h3 a, h4 a').length };
  }
  return null;
}

export function looksLikeListing({ prose, linkedHeadings }: ProseHeading): boolean {
  return linkedHeadings >= LISTING_LINKED_HEADINGS && linkedHeadings * 2 >= prose;
}

/** The nearest ancestor of the heading holding at least MIN_PROSE paragraphs of running text. */
function proseContainer(heading: Element): { element: Element; prose: number } | null {
  let element = heading.parentElement;
  for (let level = 0; element && level < MAX_LEVELS; level += 1, element = element.parentElement) {
    const paragraphs = element.getElementsByTagName('p');
    if (paragraphs.length < MIN_PROSE) continue;
    let prose = 0;
    for (let i = 0; i < Math.min(paragraphs.length, MAX_PARAGRAPHS); i += 1) if ((paragraphs[i]!.textContent ?? '').trim().length >= PROSE_CHARS) prose += 1;
    if (prose >= MIN_PROSE) return { element, prose };
  }
  return null;
}
