import { defineContentScript } from 'wxt/utils/define-content-script';
import { PAGE_FEATURES } from './features';
import { runAsOf } from './page-runner';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The badge's CSS is bundled into the script (mount-badge.ts): no fetch on the critical path,
  // and no web-accessible file that pages could probe for.
  cssInjectionMode: 'manual',
  // WXT's context (`ctx`) is left unused: its start-up handshake with older copies went through the
  // page's window, which the page can forge. As Of's own lifecycle is in page-runner.ts.
  main() {
    runAsOf(PAGE_FEATURES);
  },
});
