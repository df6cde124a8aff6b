import { defineConfig } from 'wxt';

// The manifest asks for the fewest permissions that work (see README, "Permissions"):
// the content script's host match is the only access to pages; `storage` keeps settings
// and the per-tab report in session storage.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'As Of',
    description: 'Shows how old a news article is and which of its statements may no longer hold.',
    permissions: ['storage'],
    action: { default_title: 'As Of' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'as-of@example.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
