import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABP_ARTICLE, fixture } from '../helpers';
import { ROOT, artifactPath, launchWithExtension, servePages, type ExtensionBrowser, type PageServer } from './harness';

const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
const abp = fixture(ABP_ARTICLE);
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'pages');

let session: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await servePages({
    '/news/gujarat/navratri-security-123456': abp.file,
    '/': join(FIXTURES, 'homepage.html'),
  });
  session = await launchWithExtension(EXTENSION);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Ids of the open tabs other than the extension page that asks. Tab URLs stay hidden from the
 * extension until the user clicks, so a new tab is found by the id it adds. */
async function tabIds(): Promise<number[]> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=-1`);
  const ids = await page.evaluate(async () => {
    // Runs in the extension page, where the extension API is the global `chrome`.
    const { tabs } = (globalThis as unknown as { chrome: Pick<typeof extensionApi, 'tabs'> }).chrome;
    const self = await tabs.getCurrent();
    return (await tabs.query({})).map((t) => t.id!).filter((id) => id !== self?.id);
  });
  await page.close();
  return ids;
}

/** Opens `url` in a new tab and returns the browser's id for that tab. */
async function openTab(url: string): Promise<number> {
  const known = new Set(await tabIds());
  const page = await session.context.newPage();
  await page.goto(url);
  const added = (await tabIds()).filter((id) => !known.has(id));
  expect(added).toHaveLength(1);
  return added[0]!;
}

/** Clicks the toolbar button for the tab showing `url`, as a user would. */
async function clickToolbarButton(url: string): Promise<void> {
  const { targetInfos } = await session.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
  const tab = (targetInfos as Array<{ targetId: string; url: string }>).find((t) => t.url === url);
  if (!tab) throw new Error(`no tab shows ${url}`);
  await session.cdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: tab.targetId } as never);
}

async function popupTargetIsOpen(): Promise<boolean> {
  const { targetInfos } = await session.cdp.send('Target.getTargets');
  return targetInfos.some((t) => t.url === `chrome-extension://${session.extensionId}/popup.html`);
}

/** The popup's page, opened for the given tab (the real popup's own page is not reachable from
 * the test once Chromium shows it, so its page is opened again, for the same tab). */
async function popupFor(tabId: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 560, height: 700 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  await page.waitForSelector('article, [role="alert"]', { timeout: 15_000 });
  return page;
}

describe('the production build in a real Chromium', () => {
  it('has no access to a page until the toolbar button is clicked, then shows its article', async () => {
    const url = `${server.origin}/news/gujarat/navratri-security-123456`;
    const tabId = await openTab(url);

    const before = await popupFor(tabId);
    expect(await before.locator('[role="alert"]').innerText()).toContain('This page cannot be read');
    await before.close();

    await clickToolbarButton(url);
    await expect.poll(popupTargetIsOpen, { timeout: 10_000 }).toBe(true);

    const popup = await popupFor(tabId);
    expect(await popup.locator('h1').innerText()).toBe(abp.expected.title);
    expect(await popup.locator('article').getAttribute('lang')).toBe('gu');
    const text = await popup.locator('article').innerText();
    for (const sentence of abp.expected.mustContain) expect(text).toContain(sentence);
    for (const junk of abp.expected.mustNotContain) expect(text).not.toContain(junk);
    await popup.screenshot({ path: artifactPath('popup-article.png') });
    await popup.close();
  });

  it('declines a home page with a bilingual message', async () => {
    const url = `${server.origin}/`;
    const tabId = await openTab(url);
    await clickToolbarButton(url);
    const popup = await popupFor(tabId);
    const alert = await popup.locator('[role="alert"]').innerText();
    expect(alert).toContain('આ પાનું લેખ નથી');
    expect(alert).toContain('This page is not an article');
    await popup.close();
  });
});
