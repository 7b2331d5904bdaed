// @vitest-environment node
/** The Firefox build in a real, headless Firefox: it loads, and its reader extracts a Gujarati
 * article served on 127.0.0.1. Run after `npm run build`. Skips (loudly) without a Firefox binary;
 * `apt-get install -y firefox-esr` provides one.
 *
 * How the add-on gets at the page: Firefox has no toolbar click under automation, so activeTab is
 * never granted. The test first installs .output/firefox-mv3 as it ships and checks that it may
 * NOT read the tab; then it installs a copy whose manifest adds `host_permissions:
 * ["http://127.0.0.1/*"]` under its own add-on id (Firefox grants host permissions on a fresh
 * temporary install), and opens that copy's popup.html?tabId=N as a tab: the popup injects the
 * content script into tab N and renders the article. Add-on UUIDs are fixed with the
 * `extensions.webextensions.uuids` pref; `--remote-allow-system-access` lets WebDriver BiDi
 * script moz-extension pages.
 *
 * Network: the page is served on 127.0.0.1 only, and Firefox's proxy for everything else is a
 * local black hole that refuses every request (the fixture links to ad servers and CDNs).
 */
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { browser as extensionApi } from 'wxt/browser';
import { afterAll, describe, expect, it } from 'vitest';
import { findFirefox } from './find-firefox';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const BUILD = join(ROOT, '.output', 'firefox-mv3');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'sites', 'gujarati.abplive.com', 'vadodara-navratri-security');
const ARTICLE_PATH = '/news/gujarat/vadodara-navratri-security';
/** The test build's add-on id (the production build's id comes from its manifest). */
const TEST_BUILD_ID = 'vanchan-test@vanchan.app';

interface Expected {
  title: string;
  mustContain: string[];
  mustNotContain: string[];
}

const firefox = findFirefox();
if (!firefox) {
  console.warn(
    '[tests/firefox] SKIPPED the headless Firefox test: no Firefox binary found ' +
      '(/usr/bin/firefox-esr, /usr/bin/firefox or $FIREFOX_PATH). Install one: apt-get install -y firefox-esr',
  );
}

/** Prefs on top of puppeteer's defaults for Firefox (which already turn off much background traffic). */
function firefoxPrefs(uuids: Record<string, string>, proxyPort: number): Record<string, unknown> {
  return {
    // The add-ons' moz-extension:// hosts, known in advance.
    'extensions.webextensions.uuids': JSON.stringify(uuids),
    // Everything that is not 127.0.0.1 goes to the black hole (Firefox never proxies localhost).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.allow_hijacking_localhost': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.ping-centre.telemetry': false,
    'browser.discovery.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.geoSpecificDefaults': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.usage.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'toolkit.telemetry.updatePing.enabled': false,
    'toolkit.telemetry.shutdownPingSender.enabled': false,
    'toolkit.telemetry.firstShutdownPing.enabled': false,
    'toolkit.telemetry.newProfilePing.enabled': false,
    'toolkit.telemetry.bhrPing.enabled': false,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'services.sync.enabled': false,
    'identity.fxaccounts.enabled': false,
    'media.gmp-manager.updateEnabled': false,
  };
}

/** A proxy that refuses everything and remembers what was asked of it. */
async function startBlackHole(): Promise<{ port: number; refused: string[]; server: Server }> {
  const refused: string[] = [];
  const server = createServer((req, res) => {
    refused.push(req.url ?? '?');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket: Socket) => {
    refused.push(`CONNECT ${req.url ?? '?'}`);
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, refused, server };
}

/** The one fixture page, on 127.0.0.1 at a free port. */
async function startPageServer(): Promise<{ origin: string; server: Server }> {
  const html = readFileSync(`${FIXTURE}.html`);
  const server = createServer((req, res) => {
    if ((req.url ?? '').split('?')[0] === ARTICLE_PATH) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, server };
}

function closeServer(server: Server | undefined): Promise<void> {
  if (!server) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

/** A copy of the Firefox build whose manifest also asks for http://127.0.0.1/* (under its own id). */
function makeTestBuild(dir: string): string {
  const copy = join(dir, 'extension');
  cpSync(BUILD, copy, { recursive: true });
  const manifestFile = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    host_permissions?: string[];
    browser_specific_settings: { gecko: { id: string } };
  };
  manifest.host_permissions = ['http://127.0.0.1/*'];
  manifest.browser_specific_settings.gecko.id = TEST_BUILD_ID;
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return copy;
}

/** `host:port ×N, …` */
function summarize(requests: string[]): string {
  const counts = new Map<string, number>();
  for (const r of requests) {
    const target = r.replace(/^CONNECT /, '').replace(/^https?:\/\/([^/]+).*$/, '$1');
    counts.set(target, (counts.get(target) ?? 0) + 1);
  }
  return [...counts].map(([target, n]) => `${target} ×${n}`).join(', ');
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Everything the test started, torn down once, whatever happened. */
class Session {
  tempDir = mkdtempSync(join(tmpdir(), 'vanchan-firefox-'));
  browser: Browser | undefined;
  pages: Server | undefined;
  blackHole: Server | undefined;
  /** What Firefox tried to fetch beyond 127.0.0.1 (all refused). */
  refused: string[] = [];
  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const proc = this.browser?.process();
    if (this.browser) await Promise.race([this.browser.close().catch(() => undefined), sleep(5_000)]);
    if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    await Promise.all([closeServer(this.pages), closeServer(this.blackHole)]);
    rmSync(this.tempDir, { recursive: true, force: true });
  }
}

let session: Session | undefined;

afterAll(async () => {
  await session?.close();
}, 15_000);

/** Opens an extension page in a new tab. Firefox's BiDi never reports a moz-extension page as
 * loaded to puppeteer's goto(), so poll the document instead (an evaluate may fail while the
 * tab swaps documents; that only means "not yet"). */
async function openExtensionPage(browser: Browser, url: string, timeoutMs = 15_000): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url, { timeout: timeoutMs }).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  let last = 'nothing';
  while (Date.now() < deadline) {
    try {
      const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState }));
      if (state.href === url && state.ready === 'complete') return page;
      last = `${state.href} (${state.ready})`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(100);
  }
  throw new Error(`${url} did not load within ${timeoutMs} ms; last seen: ${last}`);
}

describe('the Firefox build in a headless Firefox', () => {
  it.skipIf(!firefox)(
    `loads as an add-on and extracts ${ARTICLE_PATH} served on 127.0.0.1`,
    async () => {
      expect(existsSync(join(BUILD, 'manifest.json')), `${BUILD}: run \`npm run build\` first`).toBe(true);
      const expected = JSON.parse(readFileSync(`${FIXTURE}.expected.json`, 'utf8')) as Expected;
      const addonId = (
        JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')) as {
          browser_specific_settings: { gecko: { id: string } };
        }
      ).browser_specific_settings.gecko.id;
      const uuid = randomUUID();
      const testUuid = randomUUID();

      const s = (session = new Session());
      try {
        const profile = join(s.tempDir, 'profile');
        const blackHole = await startBlackHole();
        s.blackHole = blackHole.server;
        s.refused = blackHole.refused;
        const pages = await startPageServer();
        s.pages = pages.server;

        s.browser = await puppeteer.launch({
          browser: 'firefox',
          executablePath: firefox!,
          headless: true,
          userDataDir: profile,
          // Without it, BiDi cannot evaluate in moz-extension pages.
          args: ['--remote-allow-system-access'],
          extraPrefsFirefox: firefoxPrefs({ [addonId]: uuid, [TEST_BUILD_ID]: testUuid }, blackHole.port),
          timeout: 20_000,
          protocolTimeout: 20_000,
        });
        const articleUrl = `${pages.origin}${ARTICLE_PATH}`;
        const popupUrl = (tabId: number) => `moz-extension://${uuid}/popup.html?tabId=${tabId}`;

        // 1. The production build, as shipped (activeTab only): loads, but may not read the page
        //    without a click on its button, which automation cannot give in Firefox.
        expect(await s.browser.installExtension(BUILD)).toBe(addonId);
        const [firstTab] = await s.browser.pages();
        const article = firstTab ?? (await s.browser.newPage());
        await article.goto(articleUrl, { waitUntil: 'load', timeout: 15_000 });
        // Without host permission the add-on cannot see tab URLs: the article is the one other tab.
        const lookup = await openExtensionPage(s.browser, popupUrl(-1));
        const otherTabs = await lookup.evaluate(async () => {
          const { tabs } = (globalThis as unknown as { browser: Pick<typeof extensionApi, 'tabs'> }).browser;
          const self = await tabs.getCurrent();
          return (await tabs.query({})).map((t) => t.id!).filter((id) => id !== self?.id);
        });
        await lookup.close();
        expect(otherTabs, 'the tab ids besides the extension page').toHaveLength(1);
        const tabId = otherTabs[0]!;

        const denied = await openExtensionPage(s.browser, popupUrl(tabId));
        await denied.waitForSelector('article, [role="alert"]', { timeout: 15_000 });
        const refusal = await denied.evaluate(() => ({
          alert: document.querySelector('[role="alert"]')?.textContent ?? null,
          article: document.querySelector('article') !== null,
        }));
        await denied.close();
        expect(refusal.article, 'the production build read a page it was given no access to').toBe(false);
        expect(refusal.alert).toContain('This page cannot be read');

        // 2. The test build beside it. Firefox grants host permissions on a fresh install but not on
        //    an update (nor does it forget them on one), so the test build has an id of its own.
        expect(await s.browser.installExtension(makeTestBuild(s.tempDir))).toBe(TEST_BUILD_ID);
        const popup = await openExtensionPage(s.browser, `moz-extension://${testUuid}/popup.html?tabId=${tabId}`);
        const granted = await popup.evaluate(async () => {
          const { permissions } = (globalThis as unknown as { browser: Pick<typeof extensionApi, 'permissions'> }).browser;
          return (await permissions.getAll()).origins ?? [];
        });
        expect(granted, 'the test build holds its host permission').toContain('http://127.0.0.1/*');

        // The popup's page for the article's tab injects the content script and renders the article.
        await popup.waitForSelector('article, [role="alert"]', { timeout: 15_000 });
        const shown = await popup.evaluate(() => ({
          alert: document.querySelector('[role="alert"]')?.textContent ?? null,
          h1: document.querySelector('article h1')?.textContent?.trim() ?? null,
          lang: document.querySelector('article')?.getAttribute('lang') ?? null,
          text: (document.querySelector('article') as HTMLElement | null)?.innerText ?? '',
        }));
        expect(shown.alert, 'the popup shows an error instead of the article').toBeNull();
        expect(shown.h1).toBe(expected.title);
        expect(shown.lang).toBe('gu');
        for (const sentence of expected.mustContain) expect(shown.text).toContain(sentence);
        for (const junk of expected.mustNotContain) expect(shown.text).not.toContain(junk);
      } finally {
        await s.close();
        if (s.refused.length) console.info(`[tests/firefox] refused off-machine requests: ${summarize(s.refused)}`);
      }
    },
    60_000,
  );
});
