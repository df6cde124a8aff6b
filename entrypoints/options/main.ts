import { renderOptionsForm } from '../../components/options-form';
import { loadSettings, settingsItem } from '../../utils/settings';
import './style.css';

async function main(): Promise<void> {
  const form = document.getElementById('options') as HTMLFormElement;
  const saved = document.getElementById('saved')!;
  form.addEventListener('submit', (event) => event.preventDefault());
  renderOptionsForm(form, await loadSettings(), (next) => {
    void settingsItem().setValue(next).then(() => { saved.textContent = 'Saved.'; });
  });
}

void main();
