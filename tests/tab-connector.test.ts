import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleFromSnapshot } from '../lib/read-article';
import { CONTENT_SCRIPT_FILE, requestSnapshot } from '../lib/tab-connector';
import { ABP_ARTICLE, fixture } from './helpers';

const abp = fixture(ABP_ARTICLE);
/** What the content script answers for the ABP page. */
const SNAPSHOT = { ok: true, url: abp.expected.url, html: abp.html, elements: 900, trimmed: 0 };

/** Opens a tab and makes it the active one. (The fake browser does not track which tab is
 * active per window, so the query for it is answered here.) */
async function openTab(url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
  return tab;
}

/** What the reader pages do: ask for the tab's snapshot, then read the article from it. */
const loadArticleFromTab = (search: string) => articleFromSnapshot(requestSnapshot(search));

describe('reading the article of a tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('injects the content script into the active tab and reads the article from its snapshot', async () => {
    const tab = await openTab(abp.expected.url);
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: SNAPSHOT }] as never);
    const result = await loadArticleFromTab('');
    expect(result.ok && result.article.title).toBe(abp.expected.title);
    expect(result.ok && result.article.rule).toBe('gujarati.abplive.com');
    expect(execute).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] });
  });

  it('passes on what the page declined (a PDF)', async () => {
    await openTab('https://example.com/report');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: { ok: false, reason: 'pdf', message: 'x' } }] as never);
    await expect(loadArticleFromTab('')).resolves.toMatchObject({ ok: false, reason: 'pdf' });
  });

  it('reads the tab named by ?tabId=', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://sandesh.com/gujarat/news/y' });
    await openTab('https://example.com/other');
    const execute = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, result: SNAPSHOT }] as never);
    await loadArticleFromTab(`?tabId=${tab.id}`);
    expect(execute.mock.calls[0]![0].target).toEqual({ tabId: tab.id });
  });

  it('does not try to inject into a browser page', async () => {
    await openTab('chrome://settings/');
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    await expect(loadArticleFromTab('')).resolves.toMatchObject({ ok: false, reason: 'restricted' });
    expect(execute).not.toHaveBeenCalled();
  });

  it('turns a refused injection on a file:// page into the file-access message', async () => {
    await openTab('file:///home/reader/saved.html');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access contents of url "file:///home/reader/saved.html".'),
    );
    await expect(loadArticleFromTab('')).resolves.toMatchObject({ ok: false, reason: 'file-access' });
  });

  it('rejects an answer of the wrong shape', async () => {
    await openTab('https://sandesh.com/gujarat/news/x');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, result: { ok: true, html: ['<img src=x onerror=alert(1)>'], url: 'https://x', elements: 1, trimmed: 0 } },
    ] as never);
    await expect(loadArticleFromTab('')).resolves.toMatchObject({ ok: false, reason: 'error' });
  });
});
