import { renderLinkHintsOptions } from '../../components/link-hints-options';
import { renderOptionsForm } from '../../components/options-form';
import { browserWords } from '../../components/words/browser-words';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { loadSettings, settingsItem } from '../../utils/settings-item';
import './style.css';

async function main(): Promise<void> {
  const words = browserWords();
  document.documentElement.lang = words.locale;
  document.title = words.t('options.title');
  document.querySelector('h1')!.textContent = words.t('options.title');
  document.querySelector('.intro')!.textContent = words.t('options.intro');
  const form = document.getElementById('options') as HTMLFormElement;
  const status = document.getElementById('saved')!;
  const reset = document.getElementById('reset') as HTMLButtonElement;
  reset.textContent = words.t('options.reset');
  form.addEventListener('submit', (event) => event.preventDefault());

  // The status says what is true now: "Saving…" from the edit until storage confirms, then "Saved.".
  let saves = 0;
  const save = (next: Settings, done: string = words.t('options.saved')): void => {
    const mine = ++saves;
    status.textContent = words.t('options.saving');
    void settingsItem().setValue(next).then(() => { if (mine === saves) status.textContent = done; });
  };

  const render = (settings: Settings): void => {
    document.querySelector('.link-hints-options')?.remove();
    // Link ages: its own section (components/link-hints-options.ts), saved over the latest settings.
    const linkHints = renderLinkHintsOptions(settings, words, (patch) => {
      void loadSettings().then((latest) => save({ ...latest, ...patch }));
    });
    linkHints.element.classList.add('link-hints-options');
    form.after(linkHints.element);
    renderOptionsForm(form, settings, {
      onChange: (next) => save({ ...next, ...linkHints.current() }),
      onInvalid: () => { status.textContent = words.t('options.notSaved'); },
      onPending: () => { status.textContent = ''; },
    }, words);
  };

  reset.addEventListener('click', () => {
    const defaults = structuredClone(DEFAULT_SETTINGS);
    render(defaults);
    save(defaults, words.t('options.resetDone'));
  });
  render(await loadSettings());
}

void main();
