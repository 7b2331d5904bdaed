import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ReaderDriver, launchWithExtension, servePages, type ExtensionBrowser, type PageServer } from '../../scripts/lib/chromium';
import { HOSTILE_PAGE_PARAGRAPHS, HOSTILE_PAYLOADS, SENTINEL, hostilePage } from '../hostile/payloads';

/** Hundreds of hostile payloads, embedded in article pages, rendered in the real popup and the
 * full-tab reader of the test build: nothing may run, nothing may be fetched, nothing may trip
 * the extension pages' CSP. */
const EXTENSION = join(ROOT, '.output', 'chrome-mv3-e2e');
const PER_PAGE = 40;
const groups = Array.from({ length: Math.ceil(HOSTILE_PAYLOADS.length / PER_PAGE) }, (_, i) => HOSTILE_PAYLOADS.slice(i * PER_PAGE, (i + 1) * PER_PAGE));

let session: ExtensionBrowser;
let pages: PageServer;
let beacon: Server;
let beaconOrigin = '';
const beaconHits: string[] = [];

beforeAll(async () => {
  // Every request that reaches this server came from something a payload made happen: in the
  // web page itself (a meta refresh navigates the tab; that is the page's own business) or in an
  // extension page (which must never happen).
  beacon = createServer((req, res) => {
    beaconHits.push(`${req.headers['sec-fetch-dest'] ?? '?'} ${req.url ?? ''}`);
    res.writeHead(204).end();
  });
  await new Promise<void>((done) => beacon.listen(0, '127.0.0.1', done));
  const address = beacon.address();
  beaconOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const dir = mkdtempSync(join(tmpdir(), 'vanchan-hostile-'));
  const routes: Record<string, string> = {};
  groups.forEach((group, i) => {
    const file = join(dir, `hostile-${i}.html`);
    writeFileSync(file, hostilePage(group, { beaconOrigin }));
    routes[`/news/gujarat/hostile-${i}`] = file;
  });
  // The web page itself may run nothing and fetch nothing: whatever reaches the beacon was done
  // by an extension page.
  pages = await servePages(routes, { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" });
  session = await launchWithExtension(EXTENSION);
});

afterAll(async () => {
  await session?.close();
  await pages?.close();
  await new Promise((done) => beacon?.close(done));
});

interface Watch {
  requests: string[];
  problems: string[];
}

/** Records what an extension page fetches and every console error it logs (CSP violations are
 * reported there). */
function watch(page: Page): Watch {
  const seen: Watch = { requests: [], problems: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) => {
    const text = message.text();
    // An article image that cannot load (no network here) is not a problem of the reader's.
    if (/^Failed to load resource: net::ERR_(?:NAME_NOT_RESOLVED|CONNECTION_REFUSED|INTERNET_DISCONNECTED)/.test(text)) return;
    if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(text)) seen.problems.push(text);
  });
  page.on('pageerror', (error) => seen.problems.push(String(error)));
  return seen;
}

async function openWatched(driver: ReaderDriver, tabId: number, which: 'popup' | 'reader'): Promise<{ page: Page; seen: Watch }> {
  const page = await session.context.newPage();
  const seen = watch(page);
  await page.goto(`${driver.extensionUrl}/${which}.html?tabId=${tabId}`);
  await page.waitForSelector('.reader article, [role="alert"]', { timeout: 20_000 });
  // Time for anything delayed: meta refresh, animations, lazy handlers, focus events.
  await page.mouse.move(200, 300);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(800);
  return { page, seen };
}

describe(`${HOSTILE_PAYLOADS.length} hostile payloads in ${groups.length} article pages`, () => {
  it('has enough payloads to mean something', () => {
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(300);
  });

  it.each(groups.map((group, i) => [i, group.length] as const))('page %i (%i payloads): the popup and the full tab show the article and run nothing', async (i) => {
    const driver = new ReaderDriver(session);
    const { tabId, page: tab } = await driver.openTab(`${pages.origin}/news/gujarat/hostile-${i}`);
    // What the web page does by itself while loading is not under test.
    await tab.waitForTimeout(500);
    beaconHits.length = 0;
    for (const which of ['popup', 'reader'] as const) {
      const { page, seen } = await openWatched(driver, tabId, which);
      expect(page.url(), 'no navigation away (meta refresh, base, forms)').toBe(`${driver.extensionUrl}/${which}.html?tabId=${tabId}`);
      const text = await page.locator('.reader-article').innerText();
      expect(text).toContain(HOSTILE_PAGE_PARAGRAPHS[0]!.slice(0, 40));
      const pwned = await page.evaluate((name) => {
        const w = window as unknown as Record<string, unknown>;
        return w[name] ?? (top as unknown as Record<string, unknown> | null)?.[name] ?? null;
      }, SENTINEL);
      expect(pwned, 'a payload ran in the extension page').toBeNull();
      // The article's own images (https, in the sanitized body) are the article's requests.
      const images = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.article-body img')).flatMap((img) => [
          (img as HTMLImageElement).src,
          ...(img.getAttribute('srcset') ?? '').split(/,\s+/).map((c) => c.trim().split(/\s+/)[0]!),
        ]),
      );
      const foreign = seen.requests.filter(
        (url) => !url.startsWith(driver.extensionUrl) && !url.startsWith('data:') && !url.startsWith('blob:') && !(url.startsWith('https:') && images.includes(url)),
      );
      expect(foreign, 'the extension page fetched something of its own').toEqual([]);
      expect(seen.problems, 'console errors or CSP violations').toEqual([]);
      await page.close();
    }
    await tab.close();
    const fromExtension = beaconHits.filter((hit) => !hit.startsWith('document '));
    expect(fromExtension, 'requests reached the beacon').toEqual([]);
  });
});
