import { browserWords } from '../../components/words/browser-words';
import type { MessageKey } from '../../components/words/words';
import './style.css';

/** The page opened once, on install: what As Of does, what it never does, and the way to its options. */
const words = browserWords();
document.documentElement.lang = words.locale;
document.title = words.t('welcome.title');
for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-words]'))) {
  element.textContent = words.t(element.dataset.words as MessageKey);
}
