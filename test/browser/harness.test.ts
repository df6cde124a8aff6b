import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionBuildDir, launchChromium, launchFirefox } from '../../scripts/lib/browsers';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { SEED_PAGE, SEEDS_DIR } from './helpers/seed-site';

describe('the browser harness', () => {
  it('fails with an install hint, never skips, when a browser is missing', async () => {
    // The browser check comes before the build check, so this holds with or without a build.
    const missing = { extensionPath: extensionBuildDir('chromium'), executablePath: '/nonexistent/chromium' };
    await expect(launchChromium(missing)).rejects.toThrow(/chromium not found at \/nonexistent\/chromium: install it \(apt-get install chromium\)/);
    const missingFirefox = { extensionPath: extensionBuildDir('firefox'), executablePath: '/nonexistent/firefox' };
    await expect(launchFirefox(missingFirefox)).rejects.toThrow(/apt-get install firefox-esr/);
  });

  it('says to build first when the extension build is missing', async () => {
    // Any existing file passes the browser check; the build check stops before anything is launched.
    const noBuild = { extensionPath: '/nonexistent/build', executablePath: process.execPath };
    await expect(launchChromium(noBuild)).rejects.toThrow(/npm run build:all/);
    await expect(launchFirefox(noBuild)).rejects.toThrow(/npm run build:all/);
  });
});

describe('the seed server', () => {
  let server: StaticServer;
  beforeAll(async () => { server = await serveDirectory(SEEDS_DIR); });
  afterAll(async () => { await server.close(); });

  it('serves the seed page as HTML on 127.0.0.1 at a random port', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(server.url(SEED_PAGE));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('This is an archived article');
  });

  it('answers 404 for a missing file and never serves outside its folder', async () => {
    expect((await fetch(server.url('no-such-page.html'))).status).toBe(404);
    expect((await fetch(`${server.origin}/..%2fpackage.json`)).status).toBe(403);
  });
});
