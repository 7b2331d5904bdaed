/** npm start: builds the extension, then opens Chromium with it loaded on a sample Gujarati news
 * page served on 127.0.0.1 and clicks the toolbar button. With a display, the browser stays open
 * for you; without one, it runs headless, prints the article and writes a screenshot. */
import { join } from 'node:path';
import { ROOT, ReaderDriver, artifactPath, launchWithExtension, servePages } from './lib/chromium';

const SAMPLE = join(ROOT, 'tests', 'fixtures', 'sites', 'gujarati.abplive.com', 'vadodara-navratri-security.html');
const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const server = await servePages({ '/news/gujarat/vadodara-navratri-security-123456': SAMPLE });
const url = `${server.origin}/news/gujarat/vadodara-navratri-security-123456`;
const session = await launchWithExtension(EXTENSION, { headless });
const driver = new ReaderDriver(session);
const { page, tabId } = await driver.openTab(url);
await page.bringToFront();

// Click the toolbar button as a user would: this opens the popup and gives it the page.
await driver.clickToolbarButton(url);

if (!headless) {
  console.log(`Chromium is open on ${url} with Vanchan's popup showing.\nClose the browser window (or press Ctrl+C) to stop.`);
  await new Promise<void>((done) => {
    session.browser.on('disconnected', () => done());
    process.on('SIGINT', () => done());
  });
} else {
  const reader = await driver.readerPage(tabId);
  const article = await reader.evaluate(() => ({
    title: document.querySelector('.article-title')?.textContent ?? '',
    meta: document.querySelector('.article-meta')?.textContent ?? '',
    paragraphs: Array.from(document.querySelectorAll('.article-body p, .article-body h2, .article-body h3')).map((p) => p.textContent ?? ''),
  }));
  const screenshot = artifactPath('demo-popup.png');
  await reader.screenshot({ path: screenshot });
  console.log(`No display: Chromium ran headless. Vanchan's popup for ${url} shows:\n`);
  console.log(article.title);
  console.log(`${article.meta}\n`);
  console.log(article.paragraphs.join('\n\n'));
  console.log(`\nScreenshot: ${screenshot}`);
}
await session.close();
await server.close();
