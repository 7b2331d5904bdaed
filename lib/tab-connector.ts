/** How the reader pages reach the tab: inject the content script on demand (activeTab grants it
 * for this click) and take the snapshot it returns. Reading the article from it is
 * read-article.ts's work. */
import { browser } from 'wxt/browser';
import type { SnapshotResult } from './extract/snapshot';
import { decline } from './extract/types';
import { isSnapshotResult } from './messages';
import { classifyTabUrl, reasonForInjectionError } from './restricted';

export const CONTENT_SCRIPT_FILE = '/content-scripts/extract.js';
export const EXTRACT_TIMEOUT_MS = 15_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The page took too long to answer.')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The tab to read: `?tabId=N` when the reader is opened for a given tab, else the active one. */
async function targetTab(search: string) {
  const tabId = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(tabId) && tabId > 0) return browser.tabs.get(tabId);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** The tab's snapshot, or why there is none. Light on purpose (no pipeline here): the reader
 * pages start it before their own code has loaded, so that the two overlap. */
export async function requestSnapshot(search = globalThis.location?.search ?? ''): Promise<SnapshotResult> {
  let tab;
  try {
    tab = await targetTab(search);
  } catch {
    tab = undefined;
  }
  if (!tab?.id) return decline('no-tab', 'No tab to read.');
  const verdict = classifyTabUrl(tab.url);
  if (!verdict.readable) return decline(verdict.reason, `Cannot read ${tab.url ?? 'this page'}.`);
  try {
    const [injection] = await withTimeout(
      browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] }),
      EXTRACT_TIMEOUT_MS,
    );
    const snapshot: unknown = injection?.result;
    return isSnapshotResult(snapshot) ? snapshot : decline('error', 'The page gave no usable answer.');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.warn('Vanchan could not read the tab:', message);
    return decline(reasonForInjectionError(message, tab.url), message);
  }
}

export interface PageSnapshot {
  url: string;
  html: string;
}

export type PageSaver = () => Promise<PageSnapshot>;

/** The page's HTML as the browser has it now, for a report of a page Vanchan reads badly. */
export async function snapshotTab(search = globalThis.location?.search ?? ''): Promise<PageSnapshot> {
  const tab = await targetTab(search);
  if (!tab?.id) throw new Error('No tab to save.');
  const [injection] = await withTimeout(
    browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => ({ url: location.href, html: `<!doctype html>\n${document.documentElement.outerHTML}` }),
    }),
    EXTRACT_TIMEOUT_MS,
  );
  const snapshot = injection?.result as Partial<PageSnapshot> | undefined;
  if (typeof snapshot?.url !== 'string' || typeof snapshot.html !== 'string') throw new Error('The page gave no HTML.');
  return { url: snapshot.url, html: snapshot.html };
}

/** Opens the full-tab reader beside the article's tab. The tab keeps the access the click gave,
 * so the reader page can read it again. */
export async function openFullTabReader(search = globalThis.location?.search ?? ''): Promise<void> {
  const tab = await targetTab(search);
  if (!tab?.id) return;
  await browser.tabs.create({
    url: browser.runtime.getURL(`/reader.html?tabId=${tab.id}`),
    index: tab.index + 1,
    openerTabId: tab.id,
  });
}
