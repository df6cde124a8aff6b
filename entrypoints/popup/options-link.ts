import { browserWords } from '../../components/words/browser-words';

/** The popup's way to the options page, in the reader's language (it opens in a tab of its own). */
const link = document.getElementById('options-link');
if (link) link.textContent = browserWords().t('popup.options');
