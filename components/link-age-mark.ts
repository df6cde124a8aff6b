import type { AddressDate } from '../utils/links/types';
import type { AgeInfo } from '../utils/report';
import { colorForAge, textColorOn, type Settings } from '../utils/settings';
import { toolbarText } from './words/age-words';
import { formatStampDate } from './words/date-words';
import type { Words } from './words/words';

/** What one mark shows: the short age, its colour on the badge's scale, the date "from the address" on hover. */
export interface LinkAgeMarkContent {
  text: string;
  title: string;
  label: string;
  background: string;
  color: string;
}

// Intl formatters cost about 0.1 ms each to make; a feed repeats the same ages and often the same dates.
const said = new WeakMap<Words, Map<string, string>>();
function memo(words: Words, key: string, say: () => string): string {
  let cache = said.get(words);
  if (!cache) said.set(words, (cache = new Map()));
  let text = cache.get(key);
  if (text === undefined) cache.set(key, (text = say()));
  return text;
}

export function linkAgeMarkContent(date: AddressDate, age: AgeInfo, settings: Pick<Settings, 'bands' | 'olderColor'>, words: Words): LinkAgeMarkContent {
  const shown = memo(words, `date ${date.value}`, () => formatStampDate(date, words));
  const background = colorForAge(age.days, settings);
  return {
    text: memo(words, `age ${age.count} ${age.unit} ${age.bound}`, () => toolbarText(age, words)),
    title: words.t('linkHints.title', [shown]),
    label: words.t('linkHints.label', [shown]),
    background,
    color: textColorOn(background),
  };
}

/** A tag no page can guess or define first: `as-of-age-` and eight random letters and digits, new per session. */
export function linkAgeMarkTag(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `as-of-age-${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => letters[b % letters.length]).join('')}`;
}

// Set through the CSSOM (never a style attribute or sheet, so no page CSP can block it), !important
// on the host so the page's own rules cannot resize or move it.
const HOST_STYLE: Record<string, string> = { all: 'initial', display: 'inline', 'white-space': 'nowrap' };
const MARK_STYLE: Record<string, string> = {
  display: 'inline-block', 'margin-inline-start': '0.3em', padding: '0 0.35em', 'border-radius': '0.6em',
  font: '600 0.72em/1.35 system-ui, sans-serif', 'vertical-align': 'baseline', 'letter-spacing': '0', cursor: 'help',
};

/**
 * The mark itself: an element with a closed shadow root, so no page script can read or rewrite what it
 * says. It goes right after the link, never inside it: the link's target and text stay the page's.
 */
export function createLinkAgeMark(tag: string, content: LinkAgeMarkContent): HTMLElement {
  const host = document.createElement(tag);
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  const mark = document.createElement('span');
  for (const [name, value] of Object.entries(MARK_STYLE)) mark.style.setProperty(name, value);
  mark.style.setProperty('background', content.background);
  mark.style.setProperty('color', content.color);
  mark.textContent = content.text;
  mark.title = content.title;
  mark.setAttribute('role', 'img');
  mark.setAttribute('aria-label', content.label);
  shadow.append(mark);
  return host;
}
