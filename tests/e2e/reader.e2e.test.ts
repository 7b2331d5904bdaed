import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABP_ARTICLE, FIXTURE_DIR, fixture } from '../helpers';
import { hugePage } from '../../scripts/bench/huge-page';
import { ROOT, ReaderDriver, artifactPath, launchWithExtension, rendersGujarati, servePages, type ExtensionBrowser, type PageServer } from '../../scripts/lib/chromium';

/** The test build: it may read pages on 127.0.0.1 without a click (see wxt.config.ts). */
const EXTENSION = join(ROOT, '.output', 'chrome-mv3-e2e');
const abp = fixture(ABP_ARTICLE);
const scratch = mkdtempSync(join(tmpdir(), 'vanchan-e2e-'));
// A tiny valid PDF, served as a PDF.
const PDF = '%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

let session: ExtensionBrowser;
let server: PageServer;
let driver: ReaderDriver;

beforeAll(async () => {
  const pdf = join(scratch, 'circular.pdf');
  writeFileSync(pdf, PDF);
  // An article under 100,000 elements of story cards: more than the snapshot may hold, until the
  // endless run of cards is cut.
  const cards = join(scratch, 'cards.html');
  writeFileSync(cards, hugePage(100_000, 0));
  // 70,000 paragraphs without a link: nothing to cut, too large to read.
  const flood = join(scratch, 'flood.html');
  writeFileSync(flood, `<!doctype html><html lang="gu"><head><title>પાનું</title></head><body><article><h1>લાંબું પાનું</h1>${'<p>એક નાનો ફકરો.</p>'.repeat(70_000)}</article></body></html>`);
  server = await servePages({
    '/news/gujarat/navratri-security-123456': abp.file,
    '/': join(FIXTURE_DIR, 'homepage.html'),
    '/docs/circular.pdf': pdf,
    '/news/endless-cards': cards,
    '/news/flood': flood,
  });
  session = await launchWithExtension(EXTENSION);
  driver = new ReaderDriver(session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const articleUrl = () => `${server.origin}/news/gujarat/navratri-security-123456`;

describe('huge pages', () => {
  it('reads the article buried under 100,000 elements of story cards', async () => {
    const { tabId, page } = await driver.openTab(`${server.origin}/news/endless-cards`);
    const reader = await driver.readerPage(tabId);
    expect(await reader.locator('.reader h1').innerText()).toBe('અમદાવાદના પૂર્વ વિસ્તારમાં નવા બગીચાનું કામ શરૂ');
    const text = await reader.locator('.reader article.article').innerText();
    expect(text).toContain('નાનું પુસ્તકાલય પણ હશે');
    expect(text).not.toContain('શહેરના સમાચાર');
    await reader.close();
    await page.close();
  });
});

describe('pages the reader cannot read get their own message', () => {
  it.each([
    ['a browser page', () => 'chrome://version/', 'This page cannot be read'],
    ['an extension page', () => 'chrome://extensions/', 'This page cannot be read'],
    ['a PDF', () => `${server.origin}/docs/circular.pdf`, 'This is a PDF file'],
    ['a home page', () => `${server.origin}/`, 'This page is not an article'],
    ['a page of 70,000 paragraphs', () => `${server.origin}/news/flood`, 'The page is too large'],
  ])('%s', async (_label, url, message) => {
    const { tabId, page } = await driver.openTab(url());
    const reader = await driver.readerPage(tabId);
    const alert = await reader.locator('[role="alert"]').innerText();
    expect(alert).toContain(message);
    expect(alert).toMatch(/[\u0A80-\u0AFF]/u);
    await reader.close();
    await page.close();
  });
});

describe('the reader in a real Chromium', () => {
  it('keeps a settings change when the popup is closed and opened again', async () => {
    const { tabId } = await driver.openTab(articleUrl());
    const first = await driver.readerPage(tabId);
    await first.getByRole('button', { name: /Text and colours/ }).click();
    await first.getByLabel(/Text size/).fill('27');
    await expect.poll(() => first.locator('.reader').evaluate((el) => (el as HTMLElement).style.getPropertyValue('--reader-size'))).toBe('27px');
    await first.close(); // pagehide flushes the debounced write
    const second = await driver.readerPage(tabId);
    await expect.poll(() => second.locator('.reader').evaluate((el) => (el as HTMLElement).style.getPropertyValue('--reader-size'))).toBe('27px');
    await second.getByRole('button', { name: /Text and colours/ }).click();
    await second.getByRole('button', { name: /Reset to defaults/ }).click();
    await second.close();
  });

  it('opens the full-tab reader, which shows the article and can print it', async () => {
    const { tabId } = await driver.openTab(articleUrl());
    const popup = await driver.readerPage(tabId);
    const opened = session.context.waitForEvent('page');
    await popup.getByRole('button', { name: /Read in a full tab/ }).click();
    const full = await opened;
    await full.waitForSelector('.reader article', { timeout: 15_000 });
    expect(full.url()).toBe(`${driver.extensionUrl}/reader.html?tabId=${tabId}`);
    expect(await full.locator('h1').innerText()).toBe(abp.expected.title);
    expect(await full.getByRole('button', { name: /Print/ }).count()).toBe(1);
    expect(await full.title()).toContain(abp.expected.title!.slice(0, 20));
    await full.close();
  });

  it('saves the page for a rule fix as one JSON file', async () => {
    const { tabId } = await driver.openTab(articleUrl());
    const popup = await driver.readerPage(tabId);
    const cdp = await popup.context().newCDPSession(popup);
    const downloads = mkdtempSync(join(tmpdir(), 'vanchan-downloads-'));
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: downloads, eventsEnabled: true } as never);
    const done = new Promise<string>((resolve) => {
      cdp.on('Browser.downloadProgress' as never, (event: { state: string; guid: string }) => {
        if (event.state === 'completed') resolve(event.guid);
      });
    });
    const started = new Promise<string>((resolve) => {
      cdp.on('Browser.downloadWillBegin' as never, (event: { suggestedFilename: string }) => resolve(event.suggestedFilename));
    });
    await popup.getByRole('button', { name: /Save this page for a rule fix/ }).click();
    const name = await started;
    const guid = await done;
    expect(name).toMatch(/^vanchan-127\.0\.0\.1-.*\.json$/);
    const report = JSON.parse(readFileSync(join(downloads, guid), 'utf8')) as Record<string, unknown>;
    expect(report).toMatchObject({ format: 'vanchan-page-report', url: articleUrl() });
    expect(report.html as string).toContain(abp.expected.mustContain[0]);
    expect(report.extracted).toMatchObject({ ok: true, title: abp.expected.title });
    await popup.close();
  });
});

describe('screenshots', () => {
  it.each([
    ['light', 'noto-sans-gujarati'],
    ['dark', 'noto-sans-gujarati'],
    ['light', 'noto-serif-gujarati'],
    ['dark', 'rasa'],
  ] as const)('popup and full tab, %s, %s: Gujarati renders as letters, not boxes', async (scheme, font) => {
    const { tabId } = await driver.openTab(articleUrl());
    for (const page of ['popup', 'reader'] as const) {
      const reader = await driver.readerPage(tabId, page, page === 'popup' ? { width: 560, height: 760 } : { width: 1100, height: 900 });
      await reader.emulateMedia({ colorScheme: scheme });
      await reader.getByRole('button', { name: /Text and colours/ }).click();
      await reader.getByLabel(/Font/).selectOption(font);
      await reader.getByRole('button', { name: /Close/ }).click();
      await reader.evaluate(() => document.fonts.ready);
      expect(await rendersGujarati(reader, '.reader-article .article-body p')).toBe(true);
      expect(await reader.evaluate(() => [...document.fonts].some((f) => f.status === 'loaded' && /Vanchan/.test(f.family)))).toBe(true);
      await reader.screenshot({ path: artifactPath(`${page}-${scheme}-${font}.png`) });
      await reader.getByRole('button', { name: /Text and colours/ }).click();
      await reader.getByRole('button', { name: /Reset to defaults/ }).click();
      await reader.close();
    }
  });
});
