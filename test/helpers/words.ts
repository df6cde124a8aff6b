import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import type { MessageKey, Words } from '../../components/words/words';

/** The languages As Of ships (locales/<lang>.yml). */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it'] as const;

const LOCALES = resolve(dirname(fileURLToPath(import.meta.url)), '../../locales');
const catalogues = new Map<string, Record<string, { message: string }>>();

function catalogue(lang: string): Record<string, { message: string }> {
  let messages = catalogues.get(lang);
  if (!messages) {
    const text = readFileSync(resolve(LOCALES, `${lang}.yml`), 'utf8');
    messages = generateChromeMessages(parseMessagesText(text, 'YAML'));
    catalogues.set(lang, messages);
  }
  return messages;
}

/**
 * Words as the browser gives them, read in Node from the same catalogue files the build turns into
 * _locales/: a key missing in a language falls back to English, $1..$9 are replaced, $$ is a "$".
 */
export function wordsFor(locale: string): Words {
  const lang = locale.split('-')[0]!;
  return {
    locale,
    t(key: MessageKey, subs: readonly string[] = []): string {
      const name = key.replaceAll('.', '_');
      const message = catalogue(lang)[name]?.message ?? catalogue('en')[name]?.message ?? '';
      return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : subs[Number(d) - 1] ?? ''));
    },
  };
}
