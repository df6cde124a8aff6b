/**
 * The store listing's pictures, made from real captures of the extension at work: two 1280x800
 * screenshots (the badge and its evidence on the seed article; the article beside the popup) and the
 * 440x280 promo tile (the icon, the name and the real badge). Each is laid out in a blank page of the
 * same browser and captured at exactly the size the stores ask for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';

export interface StoreShots {
  /** The seed tab at 1280x800 with the badge's evidence open, PNG base64. */
  article: string;
  /** The popup for the seed tab, PNG base64, 400 px wide at 2x. */
  popup: string;
  /** Just the badge, PNG base64 at 2x. */
  badge: string;
}

const FRAME = `margin:0;font:16px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;background:#eef1f6;color:#1d1d1f;`;

export async function writeStoreImages(browser: Browser, root: string, outDir: string, shots: StoreShots): Promise<string[]> {
  const icon = readFileSync(join(root, 'public/icon/128.png')).toString('base64');
  const png = (b64: string): string => `data:image/png;base64,${b64}`;
  const pages: [string, number, number, string][] = [
    ['store-screenshot-1-badge.png', 1280, 800, `<img src="${png(shots.article)}" style="display:block;width:1280px;height:800px">`],
    ['store-screenshot-2-popup.png', 1280, 800, `<div style="display:flex;gap:32px;align-items:flex-start;padding:40px;height:720px">
      <img src="${png(shots.article)}" style="width:760px;border-radius:10px;box-shadow:0 8px 30px #0003">
      <img src="${png(shots.popup)}" style="width:400px;max-height:720px;object-fit:cover;object-position:top;border-radius:10px;box-shadow:0 8px 30px #0003"></div>`],
    ['store-promo-440x280.png', 440, 280, `<div style="height:280px;display:flex;flex-direction:column;justify-content:center;align-items:center;gap:14px;background:linear-gradient(135deg,#1f5f8b,#13344d);color:#fff">
      <div style="display:flex;align-items:center;gap:14px"><img src="${png(icon)}" width="64" height="64"><b style="font-size:40px">As Of</b></div>
      <div style="font-size:17px;opacity:.92">How old is this news?</div>
      <img src="${png(shots.badge)}" style="height:34px"></div>`],
  ];
  const written: string[] = [];
  for (const [name, width, height, body] of pages) {
    const page: Page = await browser.newPage();
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style='${FRAME}'>${body}</body></html>`, { waitUntil: 'load' });
    await page.screenshot({ path: join(outDir, name) as `${string}.png`, clip: { x: 0, y: 0, width, height } });
    await page.close();
    written.push(name);
  }
  return written;
}
