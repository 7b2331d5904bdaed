/** npm run bench [-- --reps N] [--only extraction|paint|huge] [--json FILE]
 * In a real headless Chromium: Vanchan's extraction time beside stock Readability's on the same
 * pages (the project's fixtures, and ../shared/corpus when present), the time from opening the
 * reader to the article painted, and the huge-page test (longest block of the page's thread). */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { hugePage } from './bench/huge-page';
import { benchPages, inPageBundle, median } from './bench/pages';
import { ROOT, ReaderDriver, launchWithExtension, servePages } from './lib/chromium';

const argv = process.argv.slice(2);
const flag = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const REPS = Number(flag('--reps') ?? 11);
const ONLY = flag('--only');
const measures = (part: 'extraction' | 'paint' | 'huge') => !ONLY || ONLY === part;
const JSON_OUT = flag('--json') ?? join(ROOT, 'test-results', 'bench.json');
const EXTENSION = join(ROOT, '.output', 'chrome-mv3-e2e');

if (!existsSync(EXTENSION)) {
  console.error('No test build: run `npm run build:e2e` first (npm run bench does).');
  process.exit(2);
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] ?? NaN;
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1).padStart(7) : '      -');

const bundle = await inPageBundle();

const pages = benchPages();
const routes: Record<string, string> = {};
pages.forEach((p, i) => (routes[`/p/${i}`] = p.file));
const scratch = mkdtempSync(join(tmpdir(), 'vanchan-bench-'));
const hugeFile = join(scratch, 'huge.html');
writeFileSync(hugeFile, hugePage());
routes['/huge'] = hugeFile;
// The pages' own scripts stay off: they are not what is measured, and some rewrite the page.
const server = await servePages(routes, { 'content-security-policy': "script-src 'none'" });
const session = await launchWithExtension(EXTENSION);
const driver = new ReaderDriver(session);

interface Row {
  page: string;
  kb: number;
  vanchanMedian: number;
  vanchanP95: number;
  snapshotMedian: number;
  /** The snapshot and its parse: what Vanchan pays, and stock Readability does not, to read the
   * page in the extension page rather than on the page's own thread. */
  snapshotAndParseMedian: number;
  stockMedian: number;
  stockP95: number;
  ratio: number;
}
const rows: Row[] = [];
const page = await session.context.newPage();
for (const [i, { name, url }] of measures('extraction') ? pages.entries() : []) {
  await page.goto(`${server.origin}/p/${i}`);
  await page.evaluate(bundle);
  const times = await page.evaluate(
    async ({ reps, url }) => {
      const bench = (globalThis as unknown as { __vanchanBench: { vanchan(u: string): Promise<{ snapshotMs: number; parseMs: number; totalMs: number }>; stock(): { totalMs: number } } }).__vanchanBench;
      const vanchan: number[] = [];
      const snapshot: number[] = [];
      const snapshotAndParse: number[] = [];
      const stock: number[] = [];
      await bench.vanchan(url); // warm-up, both sides
      bench.stock();
      for (let r = 0; r < reps; r++) {
        // Alternate the order so neither side always runs on a warmer engine.
        if (r % 2) stock.push(bench.stock().totalMs);
        const v = await bench.vanchan(url);
        vanchan.push(v.totalMs);
        snapshot.push(v.snapshotMs);
        snapshotAndParse.push(v.snapshotMs + v.parseMs);
        if (!(r % 2)) stock.push(bench.stock().totalMs);
      }
      return { vanchan, snapshot, snapshotAndParse, stock };
    },
    { reps: REPS, url },
  );
  const kb = (await page.evaluate(() => document.documentElement.outerHTML.length)) / 1024;
  rows.push({
    page: name,
    kb,
    vanchanMedian: median(times.vanchan),
    vanchanP95: p95(times.vanchan),
    snapshotMedian: median(times.snapshot),
    snapshotAndParseMedian: median(times.snapshotAndParse),
    stockMedian: median(times.stock),
    stockP95: p95(times.stock),
    ratio: median(times.vanchan) / median(times.stock),
  });
}

// From the click on the toolbar button to the article painted in the popup (Chromium opens the
// popup; the popup injects the content script, parses the snapshot, runs the pipeline, sanitizes
// and renders), and its parts: before the popup page starts, from there until its document is
// parsed and our script can run (both the browser's), and from there to the article painted.
interface ClickTimes {
  /** Milliseconds from the click to the popup page's start, */
  started: number;
  /** to its document parsed, */
  parsed: number;
  /** and to the first frame painted after `ready` held; */
  painted: number;
  /** whether the page's fonts had all loaded by then (the text shown in its own font, with no
   * swap to come). */
  fontsLoaded: boolean;
}
// A reader clicks once for an article, long after the last popup closed, so Chromium has ended
// the extension's process and starts a new one. Clicking again at once would often reuse the
// process of the popup just closed and measure a start that readers never get.
const BETWEEN_CLICKS_MS = 1500;

async function timeClicks(on: ReaderDriver, url: string, ready: string): Promise<ClickTimes[]> {
  const times: ClickTimes[] = [];
  for (let r = 0; r < REPS; r++) {
    await new Promise((resolve) => setTimeout(resolve, BETWEEN_CLICKS_MS));
    const clicked = Date.now();
    await on.clickToolbarButton(url);
    const popup = await on.popupTarget();
    if (!popup) throw new Error('the popup did not open');
    const [origin, sinceStart, parsed, fontsLoaded] = (await on.evaluateInTarget(
      popup,
      `new Promise((resolve) => {
        const fontsLoaded = () => document.fonts.size > 0 && [...document.fonts].every((f) => f.status === 'loaded');
        const check = () => ${ready} ? requestAnimationFrame(() => resolve([performance.timeOrigin, performance.now(), performance.getEntriesByType('navigation')[0].domInteractive, fontsLoaded()])) : requestAnimationFrame(check);
        check();
      })`,
    )) as [number, number, number, boolean];
    const started = origin - clicked;
    times.push({ started, parsed: started + parsed, painted: started + sinceStart, fontsLoaded });
    await on.session.cdp.send('Target.closeTarget', { targetId: popup } as never);
  }
  return times;
}

const abpPage = pages.find((p) => p.file.includes('vadodara-navratri-security'));
const paintUrl = abpPage && measures('paint') ? `${server.origin}/p/${pages.indexOf(abpPage)}` : null;
let clicks: ClickTimes[] = [];
if (paintUrl) {
  const { page: articleTab } = await driver.openTab(paintUrl);
  await articleTab.bringToFront();
  clicks = await timeClicks(driver, paintUrl, `document.querySelector('.reader article')`);
}

// The huge page: the longest the page's own thread is held while the reader reads it.
async function measureHugePage() {
  const hugeLoadStart = Date.now();
  const huge = await driver.openTab(`${server.origin}/huge`);
  // Vanchan is measured on a page that has finished loading: the page's own parsing and layout
  // hold its thread for seconds at a time on a page this size, and are not Vanchan's doing.
  await huge.page.waitForLoadState('load', { timeout: 180_000 });
  const hugeLoadMs = Date.now() - hugeLoadStart;
  await new Promise((r) => setTimeout(r, 1000));
  await huge.page.evaluate(`(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
    // A heartbeat: the largest gap between timer ticks is the longest block, long tasks or not.
    window.__gap = 0;
    window.__last = performance.now();
    setInterval(() => {
      const t = performance.now();
      window.__gap = Math.max(window.__gap, t - window.__last);
      window.__last = t;
    }, 5);
  })()`);
  await huge.page.bringToFront();
  // The reader opens in a window of its own, as the popup does, so the page's tab stays in front
  // (a background tab's timers are throttled, which would look like blocking).
  const hugeStart = Date.now();
  const opened = session.context.waitForEvent('page');
  await session.cdp.send('Target.createTarget', { url: `${driver.extensionUrl}/popup.html?tabId=${huge.tabId}`, newWindow: true } as never);
  const hugeReader = await opened;
  await hugeReader.waitForSelector('.reader article, [role="alert"]', { timeout: 60_000 });
  const hugeShownMs = Date.now() - hugeStart;
  const hugeShows = (await hugeReader.locator('.reader h1, [role="alert"] h1').first().innerText()).split('\n')[0];
  await new Promise((r) => setTimeout(r, 300));
  const { longest, gap } = await huge.page.evaluate(() => {
    const w = globalThis as unknown as { __longest: number; __gap: number };
    return { longest: w.__longest, gap: w.__gap };
  });
  return { elements: 150_000, pageLoadMs: hugeLoadMs, shownWithinMs: hugeShownMs, shows: hugeShows, longestLongTaskMs: longest, longestTimerGapMs: gap };
}
const huge = measures('huge') ? await measureHugePage() : null;

await session.close();

// Chromium's own floor on this machine: an extension whose popup is one line of text, the same
// click on the same page, to its first frame.
let emptyPopup: ClickTimes[] = [];
if (paintUrl) {
  const emptyExtension = join(scratch, 'empty-extension');
  mkdirSync(emptyExtension);
  writeFileSync(join(emptyExtension, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1.0', action: { default_popup: 'popup.html' } }));
  writeFileSync(join(emptyExtension, 'popup.html'), '<!doctype html><p>empty</p>');
  const bare = await launchWithExtension(emptyExtension);
  try {
    await (await bare.context.newPage()).goto(paintUrl);
    emptyPopup = await timeClicks(new ReaderDriver(bare), paintUrl, `document.querySelector('p')`);
  } finally {
    await bare.close();
  }
}
await server.close();

if (rows.length) {
  console.log(`Extraction time in headless Chromium, ${REPS} runs a page (ms). Vanchan = snapshot + parse + pipeline.\n`);
  console.log('page'.padEnd(78), '   KB  Vanchan med    p95  (snapshot +parse) | Readability med    p95 | ratio');
}
for (const r of rows) {
  console.log(r.page.slice(-78).padEnd(78), r.kb.toFixed(0).padStart(5), '   ', ms(r.vanchanMedian), ms(r.vanchanP95), ` (${ms(r.snapshotMedian)} ${ms(r.snapshotAndParseMedian)})`, ' |     ', ms(r.stockMedian), ms(r.stockP95), ' |', r.ratio.toFixed(2));
}
const small = rows.filter((r) => r.kb <= 300);
/** Medians over a group of pages: Vanchan's whole time, its snapshot and parse, the rest (the
 * pipeline), and stock Readability's. */
function groupMedians(group: Row[]) {
  return {
    pages: group.length,
    vanchan: median(group.map((r) => r.vanchanMedian)),
    snapshotAndParse: median(group.map((r) => r.snapshotAndParseMedian)),
    pipeline: median(group.map((r) => r.vanchanMedian - r.snapshotAndParseMedian)),
    stock: median(group.map((r) => r.stockMedian)),
    ratio: median(group.map((r) => r.ratio)),
  };
}
const summary = {
  allPages: groupMedians(rows),
  // The real pages saved from the portals, beside the project's own small fixtures.
  savedPortalPages: groupMedians(rows.filter((r) => r.page.startsWith('corpus/'))),
  fixtures: groupMedians(rows.filter((r) => !r.page.startsWith('corpus/'))),
  pagesWhereVanchanIsFaster: rows.filter((r) => r.ratio <= 1).length,
  worstP95UpTo300KB: Math.max(...small.map((r) => r.vanchanP95)),
  clickToPaintedMedian: median(clicks.map((c) => c.painted)),
  clickToPaintedP95: p95(clicks.map((c) => c.painted)),
  clickToPopupStartMedian: median(clicks.map((c) => c.started)),
  clickToPopupParsedMedian: median(clicks.map((c) => c.parsed)),
  popupParsedToPaintedMedian: median(clicks.map((c) => c.painted - c.parsed)),
  paintedInOwnFont: clicks.filter((c) => c.fontsLoaded).length,
  emptyPopupClickToPaintedMedian: median(emptyPopup.map((c) => c.painted)),
  huge,
};
const report: string[] = [];
if (rows.length) {
  report.push(
    `Median of medians: Vanchan ${summary.allPages.vanchan.toFixed(1)} ms, Readability ${summary.allPages.stock.toFixed(1)} ms (target: Vanchan at most Readability); Vanchan faster or equal on ${summary.pagesWhereVanchanIsFaster}/${rows.length} pages.`,
    ...(
      [
        ['saved portal pages', summary.savedPortalPages],
        ['project fixtures', summary.fixtures],
      ] as const
    )
      .filter(([, g]) => g.pages > 0)
      .map(
        ([name, g]) =>
          `  ${name} (${g.pages}): Vanchan ${g.vanchan.toFixed(1)} ms = snapshot and parse ${g.snapshotAndParse.toFixed(1)} + pipeline ${g.pipeline.toFixed(1)}; Readability ${g.stock.toFixed(1)} ms; ratio ${g.ratio.toFixed(2)} (medians).`,
      ),
    `Worst Vanchan p95 on pages up to 300 KB: ${summary.worstP95UpTo300KB.toFixed(1)} ms (target < 100).`,
  );
}
if (clicks.length) {
  report.push(
    `Click on the toolbar button to the article painted in the popup: median ${summary.clickToPaintedMedian.toFixed(0)} ms, p95 ${summary.clickToPaintedP95.toFixed(0)} ms (target median < 300).`,
    `  Chromium's part: ${summary.clickToPopupStartMedian.toFixed(0)} ms to start the popup page and ${summary.clickToPopupParsedMedian.toFixed(0)} ms to its document parsed; an empty extension's popup paints ${summary.emptyPopupClickToPaintedMedian.toFixed(0)} ms after the click.`,
    `  Vanchan's part: ${summary.popupParsedToPaintedMedian.toFixed(0)} ms from the popup's document parsed to the article painted (medians); painted in its own font, with no swap to come, on ${summary.paintedInOwnFont} of ${clicks.length} clicks.`,
  );
}
if (huge) {
  report.push(`Huge page (150,000 elements, ${(huge.pageLoadMs / 1000).toFixed(1)} s for the page itself to load): the reader showed "${huge.shows}" after ${huge.shownWithinMs} ms (target < 2000); longest block of the page's thread: ${huge.longestLongTaskMs.toFixed(0)} ms by long-task timing, ${huge.longestTimerGapMs.toFixed(0)} ms by timer gaps (target < 100).`);
}
console.log(`\n${report.join('\n')}`);
writeFileSync(JSON_OUT, `${JSON.stringify({ reps: REPS, summary, pages: rows, clicks, emptyPopupClicks: emptyPopup }, null, 2)}\n`);
console.log(`\nWrote ${relative(ROOT, JSON_OUT)}`);
