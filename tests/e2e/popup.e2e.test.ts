import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABP_ARTICLE, FIXTURE_DIR, fixture } from '../helpers';
import { ROOT, ReaderDriver, artifactPath, launchWithExtension, servePages, type ExtensionBrowser, type PageServer } from '../../scripts/lib/chromium';

/** The production build: no host access at all until the toolbar button is clicked. */
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
const abp = fixture(ABP_ARTICLE);

let session: ExtensionBrowser;
let server: PageServer;
let driver: ReaderDriver;

beforeAll(async () => {
  server = await servePages({
    '/news/gujarat/navratri-security-123456': abp.file,
    '/': join(FIXTURE_DIR, 'homepage.html'),
  });
  session = await launchWithExtension(EXTENSION);
  driver = new ReaderDriver(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function popupTargetIsOpen(): Promise<boolean> {
  return (await driver.popupTarget(0)) !== null;
}

describe('the production build in a real Chromium', () => {
  it('has no access to a page until the toolbar button is clicked, then shows its article', async () => {
    const url = `${server.origin}/news/gujarat/navratri-security-123456`;
    const { tabId } = await driver.openTab(url);

    const before = await driver.readerPage(tabId);
    expect(await before.locator('[role="alert"]').innerText()).toContain('This page cannot be read');
    await before.close();

    await driver.clickToolbarButton(url);
    await expect.poll(popupTargetIsOpen, { timeout: 10_000 }).toBe(true);

    // The popup Chromium opened, read through CDP: it shows the headline.
    const shown = await driver.evaluateInTarget(
      (await driver.popupTarget())!,
      `new Promise((resolve) => {
        const check = () => { const h1 = document.querySelector('.reader h1'); h1 ? resolve(h1.textContent) : setTimeout(check, 20); };
        check();
      })`,
    );
    expect(shown).toBe(abp.expected.title);

    // Its page, opened again for the same tab (now readable), for a closer look and a screenshot.
    const popup = await driver.readerPage(tabId);
    expect(await popup.locator('h1').innerText()).toBe(abp.expected.title);
    expect(await popup.locator('article').getAttribute('lang')).toBe('gu');
    const text = await popup.locator('article').innerText();
    for (const sentence of abp.expected.mustContain) expect(text).toContain(sentence);
    for (const junk of abp.expected.mustNotContain) expect(text).not.toContain(junk);
    await popup.screenshot({ path: artifactPath('popup-article.png') });
    await popup.close();
  });

  it('reads a saved page from a file:// address once clicked (file access is on for unpacked builds)', async () => {
    const url = pathToFileURL(abp.file).href;
    const { tabId } = await driver.openTab(url);
    await driver.clickToolbarButton(url);
    const popup = await driver.readerPage(tabId);
    expect(await popup.locator('h1').innerText()).toBe(abp.expected.title);
    await popup.close();
  });

  it('declines a home page with a bilingual message', async () => {
    const url = `${server.origin}/`;
    const { tabId } = await driver.openTab(url);
    await driver.clickToolbarButton(url);
    const popup = await driver.readerPage(tabId);
    const alert = await popup.locator('[role="alert"]').innerText();
    expect(alert).toContain('આ પાનું લેખ નથી');
    expect(alert).toContain('This page is not an article');
    await popup.close();
  });
});
