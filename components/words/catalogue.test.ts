import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../test/helpers/words';

const messages = (lang: string): Record<string, { message: string }> =>
  generateChromeMessages(parseMessagesText(readFileSync(resolve('locales', `${lang}.yml`), 'utf8'), 'YAML'));
/** Messages that may read the same in another language ("Options" is French too). */
const MAY_MATCH_ENGLISH = new Set(['extName', 'options_title', 'toolbar_title', 'toolbar_titleIdle', 'toolbar_atLeast']);
const slots = (message: string): string[] => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe('the message catalogue', () => {
  const english = messages('en');
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang} says every English message, with the same substitutions`, () => {
      const translated = messages(lang);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      for (const [key, { message }] of Object.entries(english)) {
        expect(slots(translated[key]!.message), `${lang} ${key}`).toEqual(slots(message));
        if (!MAY_MATCH_ENGLISH.has(key) && message.length > 8) expect(translated[key]!.message, `${lang} ${key} is untranslated`).not.toBe(message);
      }
    });
  }

  it('keeps the store listing within the stores’ limits in every language', () => {
    for (const lang of LANGUAGES) {
      expect(messages(lang).extName!.message.length).toBeLessThanOrEqual(45);
      expect(messages(lang).extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});
