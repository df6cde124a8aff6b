import { renderLinkHintsOptions } from '../../components/link-hints-options';
import { renderOptionsForm } from '../../components/options-form';
import { browserWords } from '../../components/words/browser-words';
import { loadSettings, settingsItem } from '../../utils/settings';
import './style.css';

async function main(): Promise<void> {
  const words = browserWords();
  document.documentElement.lang = words.locale;
  document.title = words.t('options.title');
  document.querySelector('h1')!.textContent = words.t('options.title');
  document.querySelector('.intro')!.textContent = words.t('options.intro');
  const form = document.getElementById('options') as HTMLFormElement;
  const saved = document.getElementById('saved')!;
  form.addEventListener('submit', (event) => event.preventDefault());
  const settings = await loadSettings();
  // Link ages: its own section (components/link-hints-options.ts), saved over the latest settings.
  const linkHints = renderLinkHintsOptions(settings, words, (patch) => {
    void loadSettings().then((latest) => settingsItem().setValue({ ...latest, ...patch })).then(() => { saved.textContent = words.t('options.saved'); });
  });
  form.after(linkHints.element);
  renderOptionsForm(form, settings, (next) => {
    void settingsItem().setValue({ ...next, ...linkHints.current() }).then(() => { saved.textContent = words.t('options.saved'); });
  }, words);
}

void main();
