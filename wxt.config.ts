import { defineConfig } from 'wxt';
import { makeZipDeterministic } from './scripts/lib/deterministic-zip';
import { readabilityWithoutInnerHtml } from './scripts/lib/readability-without-inner-html';
import { wxtSilentContext } from './scripts/lib/wxt-silent-context';

// The manifest asks for the fewest permissions that work (see README, "Permissions"):
// the content script's host match is the only access to pages; `storage` keeps settings
// and the per-tab report in session storage.
export default defineConfig({
  // AS_OF_OUT: another output folder, so two builds (say, two worktrees' test runs) never share one.
  outDir: process.env.AS_OF_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // `npm run zip` is reproducible: the same commit gives byte-identical zips (scripts/check-zip.ts).
  hooks: {
    'zip:done': async (_wxt, zipFiles) => {
      for (const zipPath of zipFiles) await makeZipDeterministic(zipPath);
    },
  },
  imports: false,
  // Store-ready: addons-linter flags Readability's two innerHTML writes; the same steps as DOM calls.
  // Pages must not see or steer the content script: WXT's start-up announcement is removed (see the plugin).
  vite: () => ({
    plugins: [readabilityWithoutInnerHtml(), wxtSilentContext()],
    // AS_OF_READABLE: an unminified build whose function names a CPU profile can show (npm run bench:profile).
    ...(process.env.AS_OF_READABLE ? { build: { minify: false } } : {}),
  }),
  manifest: ({ browser }) => ({
    // Name and description in the browser's language, from locales/*.yml (see README, "Languages").
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'as-of@example.org',
              // data_collection_permissions (AMO's required consent key) exists from Firefox 140 and Android 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
