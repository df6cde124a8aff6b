import { createI18n } from '@wxt-dev/i18n';
import { browser } from 'wxt/browser';
import type { MessageKey, Words } from './words';

const i18n = createI18n();

/**
 * The browser's own language and catalogue (_locales/, built by @wxt-dev/i18n from locales/*.yml).
 * Entry points call this once and hand the result to components; components never call it.
 */
export function browserWords(): Words {
  return {
    // Read when first needed: a content script that mounts a badge with words the background sent reads no catalogue at all.
    get locale() {
      return browser.i18n.getUILanguage();
    },
    t: (key: MessageKey, subs?: readonly string[]) => (subs?.length ? i18n.t(key, [...subs]) : i18n.t(key)),
  };
}
