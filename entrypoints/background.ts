import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isAsOfMessage } from '../utils/messages/protocol';

export default defineBackground(() => {
  // The toolbar shows the age of the article in each tab, and nothing on other pages.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isAsOfMessage(message) || message.type !== 'as-of:report' || tabId === undefined) return undefined;
    const text = message.report?.age?.short ?? (message.report?.notice ? '?' : '');
    void browser.action.setBadgeText({ tabId, text });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#8a1c1c' });
    return undefined;
  });
});
