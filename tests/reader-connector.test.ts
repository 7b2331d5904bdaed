import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_FILE, loadArticleFromTab } from '../lib/reader-connector';
import { SAMPLE_ARTICLE } from './helpers';

const ARTICLE = SAMPLE_ARTICLE;

/** Opens a tab and makes it the active one. (The fake browser does not track which tab is
 * active per window, so the query for it is answered here.) */
async function openTab(url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
  return tab;
}

describe('loadArticleFromTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('injects the content script into the active tab and returns its article', async () => {
    const tab = await openTab('https://sandesh.com/gujarat/news/x');
    const execute = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, result: { ok: true, article: ARTICLE } }] as never);
    await expect(loadArticleFromTab('')).resolves.toEqual({ ok: true, article: ARTICLE });
    expect(execute).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] });
  });

  it('reads the tab named by ?tabId=', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://sandesh.com/gujarat/news/y' });
    await openTab('https://example.com/other');
    const execute = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, result: { ok: true, article: ARTICLE } }] as never);
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
      { frameId: 0, result: { ok: true, article: { title: '<img src=x onerror=alert(1)>' } } },
    ] as never);
    await expect(loadArticleFromTab('')).resolves.toMatchObject({ ok: false, reason: 'error' });
  });
});
