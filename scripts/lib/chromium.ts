/** A real Chromium with the built extension loaded, pages served on 127.0.0.1 only: shared by the
 * browser tests, the demo and the benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, written in a–p. */
export function unpackedExtensionId(dir: string): string {
  return [...createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + parseInt(c, 16)))
    .join('');
}

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `routes` (path → HTML file) on 127.0.0.1 on a free port. */
export async function servePages(routes: Record<string, string>, headers: Record<string, string> = {}): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const file = routes[(req.url ?? '/').split('?')[0]!];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.pdf') ? 'application/pdf' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, ...headers }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  browser: Browser;
  context: BrowserContext;
  cdp: CDPSession;
  extensionId: string;
  close(): Promise<void>;
}

/** Starts Chromium with `extensionDir` loaded. Chromium is started by hand and joined over CDP,
 * so that the browser-level CDP session can click the toolbar button (Extensions.triggerAction). */
export async function launchWithExtension(extensionDir: string, { headless = true } = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'vanchan-profile-'));
  const args = [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    '--enable-unsafe-extension-debugging',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    'about:blank',
  ];
  // Its own process group, so that closing ends every helper process Chromium started.
  const proc: ChildProcess = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const endpoint = await new Promise<string>((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start:\n${output}`)), 20_000);
    proc.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    });
    proc.on('exit', (code) => fail(new Error(`Chromium exited (${code}):\n${output}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const cdp = await browser.newBrowserCDPSession();
  return {
    browser,
    context,
    cdp,
    extensionId: unpackedExtensionId(extensionDir),
    async close() {
      await browser.close().catch(() => undefined);
      if (proc.exitCode === null) {
        const exited = new Promise((done) => proc.once('exit', done));
        try {
          process.kill(-proc.pid!, 'SIGKILL');
        } catch {
          proc.kill('SIGKILL');
        }
        await exited;
      }
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch {
        // A last helper process may still hold a file; the profile is a temporary directory.
      }
    },
  };
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** Opening tabs and the reader's pages in a launched browser. */
export class ReaderDriver {
  constructor(readonly session: ExtensionBrowser) {}

  get extensionUrl(): string {
    return `chrome-extension://${this.session.extensionId}`;
  }

  /** Ids of the open tabs other than the extension page that asks. Tab URLs stay hidden from
   * the production build until the user clicks, so a new tab is found by the id it adds. */
  async tabIds(): Promise<number[]> {
    const page = await this.session.context.newPage();
    await page.goto(`${this.extensionUrl}/popup.html?tabId=-1`);
    const ids = await page.evaluate(async () => {
      // Runs in the extension page, where the extension API is the global `chrome`.
      type Tabs = { getCurrent(): Promise<{ id?: number } | undefined>; query(q: object): Promise<Array<{ id?: number }>> };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      const self = await tabs.getCurrent();
      return (await tabs.query({})).map((t) => t.id!).filter((id) => id !== self?.id);
    });
    await page.close();
    return ids;
  }

  /** Clicks the toolbar button for the tab showing `url`, as a user would. */
  async clickToolbarButton(url: string): Promise<void> {
    const { targetInfos } = await this.session.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
    const tab = (targetInfos as Array<{ targetId: string; url: string }>).find((t) => t.url === url);
    if (!tab) throw new Error(`no tab shows ${url}`);
    await this.session.cdp.send('Extensions.triggerAction' as never, { id: this.session.extensionId, targetId: tab.targetId } as never);
  }

  /** The target id of the toolbar popup, once Chromium has opened it (null after `timeoutMs`). */
  async popupTarget(timeoutMs = 10_000): Promise<string | null> {
    const until = Date.now() + timeoutMs;
    do {
      const { targetInfos } = await this.session.cdp.send('Target.getTargets');
      const popup = targetInfos.find((t) => t.url.startsWith(`${this.extensionUrl}/popup.html`));
      if (popup) return popup.targetId;
      await new Promise((r) => setTimeout(r, 10));
    } while (Date.now() < until);
    return null;
  }

  /** Evaluates `expression` in a target Playwright does not reach (the toolbar popup), through a
   * CDP session of its own; a promise is awaited. Returns the value. */
  async evaluateInTarget(targetId: string, expression: string): Promise<unknown> {
    const cdp = this.session.cdp;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false } as never)) as { sessionId: string };
    type Answer = { id?: number; result?: { result?: { value?: unknown }; exceptionDetails?: { text: string } } };
    const answer = new Promise<Answer>((resolve) => {
      const listener = (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as Answer;
        if (message.id !== 1) return;
        cdp.off('Target.receivedMessageFromTarget' as never, listener as never);
        resolve(message);
      };
      cdp.on('Target.receivedMessageFromTarget' as never, listener as never);
    });
    const request = { id: 1, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } };
    await cdp.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify(request) } as never);
    const { result } = await answer;
    await cdp.send('Target.detachFromTarget', { sessionId } as never).catch(() => undefined);
    if (result?.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result?.result?.value;
  }

  /** Opens `url` in a new tab; returns the page and the browser's id for its tab. */
  async openTab(url: string): Promise<{ page: Page; tabId: number }> {
    const known = new Set(await this.tabIds());
    const page = await this.session.context.newPage();
    // Browser pages and failed loads still make a tab; a page's images need not have arrived.
    await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => undefined);
    const added = (await this.tabIds()).filter((id) => !known.has(id));
    if (added.length !== 1) throw new Error(`expected one new tab for ${url}, found ${added.length}`);
    return { page, tabId: added[0]! };
  }

  /** One of the reader's pages (popup.html or reader.html) opened for the given tab, once it has
   * shown the article or a message. */
  async readerPage(tabId: number, page: 'popup' | 'reader' = 'popup', viewport = { width: 560, height: 760 }): Promise<Page> {
    const tab = await this.session.context.newPage();
    await tab.setViewportSize(viewport);
    await tab.goto(`${this.extensionUrl}/${page}.html?tabId=${tabId}`);
    await tab.waitForSelector('.reader article, [role="alert"]', { timeout: 15_000 });
    return tab;
  }
}

/** True when Gujarati letters in `fontFamily` draw as distinct glyphs, not empty boxes: two
 * different letters must not render the same pixels, nor as the font's missing-glyph box. */
export async function rendersGujarati(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(async (sel) => {
    await document.fonts.ready;
    const el = document.querySelector(sel);
    if (!el) return false;
    const family = getComputedStyle(el).fontFamily;
    const canvas = document.createElement('canvas');
    canvas.width = 240;
    canvas.height = 80;
    const ctx = canvas.getContext('2d')!;
    const draw = (t: string) => {
      ctx.clearRect(0, 0, 240, 80);
      ctx.font = `40px ${family}`;
      ctx.fillText(t, 10, 55);
      return ctx.getImageData(0, 0, 240, 80).data.join(',');
    };
    const ka = draw('ક');
    const kha = draw('ખ');
    const missing = draw('\u{10FFFD}');
    return ka !== kha && ka !== missing && kha !== missing;
  }, selector);
}
