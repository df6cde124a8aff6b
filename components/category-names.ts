import { CATEGORY_LABELS } from '../utils/claims/categories';
import type { ClaimCategory } from '../utils/report';
import type { MessageKey, Words } from './words/words';

/**
 * A category's name in the reader's language: the catalogue's `category.<id in camelCase>` (locales/*.yml),
 * else the registry's English label (utils/claims/categories). A new category is its registry file plus
 * one line per locale.
 */
export function categoryName(id: ClaimCategory, words: Words): string {
  const key = `category.${id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}` as MessageKey;
  return words.t(key) || CATEGORY_LABELS[id];
}
