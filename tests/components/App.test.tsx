// @vitest-environment jsdom
// The popup sanitizes article HTML with DOMPurify, which needs a faithful DOM.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsStore } from '../../lib/settings';
import { App } from '../../components/App';
import { extractFromClone } from '../../lib/extract';
import type { Article, ExtractResult } from '../../lib/extract/types';
import { ABP_ARTICLE, fixture, parse } from '../helpers';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

function newStore() {
  return new SettingsStore({ debounceMs: 0 });
}

const abp = fixture(ABP_ARTICLE);

function realArticle(): Article {
  const result = extractFromClone(parse(abp.html, abp.expected.url), abp.expected.url);
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

const resolved = (result: ExtractResult) => () => Promise.resolve(result);

describe('the popup', () => {
  it('shows a bilingual loading message until the article arrives', () => {
    const { container } = render(<App store={newStore()} load={() => new Promise(() => {})} />);
    expect(container.textContent).toContain('લેખ તૈયાર થાય છે');
    expect(container.textContent).toContain('Preparing the article');
  });

  it('starts loading the default Gujarati font while the article is still being read', () => {
    // A stand-in for the browser's font set, which jsdom lacks.
    const added: string[] = [];
    const fonts = { add: (face: { family: string }) => added.push(face.family), delete: () => true };
    Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
    vi.stubGlobal('FontFace', class {
      constructor(readonly family: string) {}
      load() {
        return new Promise(() => {});
      }
    });
    try {
      render(<App store={newStore()} load={() => new Promise(() => {})} />);
      expect(added).toContain('Vanchan Noto Sans Gujarati');
    } finally {
      vi.unstubAllGlobals();
      delete (document as { fonts?: unknown }).fonts;
    }
  });

  it('shows the extracted article: headline, byline, source, reading time and body, in Gujarati', async () => {
    const article = realArticle();
    const { container } = render(<App store={newStore()} load={resolved({ ok: true, article })} />);
    await waitFor(() => expect(container.querySelector('article')).not.toBeNull());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(abp.expected.title);
    expect(container.querySelector('article')!.getAttribute('lang')).toBe('gu');
    expect(container.textContent).toContain(abp.expected.byline!);
    expect(container.textContent).toContain('ABP Asmita');
    expect(container.textContent).toMatch(/[૦-૯]+ મિનિટ વાંચન/);
    expect(container.querySelector('time')!.textContent).toMatch(/ઑક્ટોબર|ઓક્ટોબર/);
    for (const text of abp.expected.mustContain) expect(container.textContent).toContain(text);
    const source = container.querySelector<HTMLAnchorElement>('.article-source a')!;
    expect(source.href).toBe(abp.expected.url);
    expect(source.rel).toBe('noopener noreferrer');
  });

  it('renders hostile metadata as text and sanitizes hostile content', async () => {
    const article: Article = {
      ...realArticle(),
      title: '<img src=x onerror="window.pwned=1">શીર્ષક',
      byline: '<b>લેખક</b>',
      siteName: '<script>window.pwned=1</script>',
      url: 'javascript:alert(1)',
      content: '<p>લખાણ</p><script>window.pwned=1</script><img src="https://a.example/x.jpg" onerror="window.pwned=1"><a href="javascript:alert(1)">કડી</a>',
    };
    const { container } = render(<App store={newStore()} load={resolved({ ok: true, article })} />);
    await waitFor(() => expect(container.querySelector('article')).not.toBeNull());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(article.title);
    expect(container.querySelector('script, [onerror], b, a[href^="javascript"]')).toBeNull();
    expect(container.textContent).toContain('<b>લેખક</b>');
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it.each([
    ['not-article', 'આ પાનું લેખ નથી', 'This page is not an article'],
    ['restricted', 'આ પાનું વાંચી શકાતું નથી', 'This page cannot be read'],
    ['pdf', 'આ PDF ફાઇલ છે', 'This is a PDF file'],
    ['file-access', 'ફાઇલ વાંચવાની પરવાનગી નથી', 'No permission to read files'],
  ] as const)('explains a declined page (%s) in Gujarati and English', async (reason, gu, en) => {
    render(<App store={newStore()} load={resolved({ ok: false, reason, message: 'x' })} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(gu);
    expect(alert.textContent).toContain(en);
  });

  it('says so when loading fails outright, instead of staying blank', async () => {
    render(<App store={newStore()} load={() => Promise.reject(new Error('tab closed'))} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('The article could not be read'));
  });
});

describe('the standfirst', () => {
  it('is shown once: in the header when the body lacks it, not again when the body opens with it', async () => {
    const base = realArticle();
    const standfirst = 'શહેર પોલીસે આ વર્ષે મોટા ગરબા આયોજનોમાં CCTV ફરજિયાત કર્યા છે';
    const apart = render(<App store={newStore()} load={resolved({ ok: true, article: { ...base, excerpt: standfirst } })} />);
    await waitFor(() => expect(apart.container.querySelector('.article-standfirst')?.textContent).toBe(standfirst));
    cleanup();
    const inBody = { ...base, excerpt: standfirst, textContent: `${standfirst} ${base.textContent}`, content: `<p>${standfirst}</p>${base.content}` };
    const together = render(<App store={newStore()} load={resolved({ ok: true, article: inBody })} />);
    await waitFor(() => expect(together.container.querySelector('article')).not.toBeNull());
    expect(together.container.querySelector('.article-standfirst')).toBeNull();
    expect(together.container.textContent!.split(standfirst)).toHaveLength(2);
  });
});

describe('save this page for a rule fix', () => {
  it('downloads one JSON file with the page, its URL and what was extracted', async () => {
    const article = realArticle();
    const saved: Array<{ name: string; text: string }> = [];
    render(
      <App
        store={newStore()}
        load={resolved({ ok: true, article })}
        savePage={() => Promise.resolve({ url: abp.expected.url, html: abp.html })}
        download={(name, text) => saved.push({ name, text })}
        extensionVersion="9.9.9"
      />,
    );
    const button = await screen.findByRole('button', { name: /Save this page for a rule fix/ });
    button.click();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^vanchan-gujarati\.abplive\.com-\d{4}-\d{2}-\d{2}-[\d-]+\.json$/);
    const report = JSON.parse(saved[0]!.text) as Record<string, unknown>;
    expect(report).toMatchObject({ format: 'vanchan-page-report', url: abp.expected.url, html: abp.html, extension: '9.9.9' });
    expect(report.extracted).toMatchObject({ ok: true, title: abp.expected.title, rule: 'gujarati.abplive.com' });
    expect(screen.getByRole('status').textContent).toContain('File saved');
  });

  it('is offered when a page was declined as not an article, but not for browser pages', async () => {
    const { unmount } = render(<App store={newStore()} load={resolved({ ok: false, reason: 'not-article', message: 'x' })} savePage={() => Promise.reject(new Error('x'))} />);
    expect(await screen.findByRole('button', { name: /Save this page/ })).toBeTruthy();
    unmount();
    render(<App store={newStore()} load={resolved({ ok: false, reason: 'restricted', message: 'x' })} savePage={() => Promise.reject(new Error('x'))} />);
    await screen.findByRole('alert');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says so when the page cannot be saved', async () => {
    render(<App store={newStore()} load={resolved({ ok: true, article: realArticle() })} savePage={() => Promise.reject(new Error('tab closed'))} download={() => {}} />);
    (await screen.findByRole('button', { name: /Save this page/ })).click();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('The page could not be saved'));
  });
});
