import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../lib/extract';
import { snapshotPage } from '../../lib/extract/snapshot';
import { ABP_ARTICLE, fixture, parse } from '../helpers';

const abp = fixture(ABP_ARTICLE);
const noYield = () => Promise.resolve();

describe('snapshotPage (the content script’s whole job)', () => {
  it('takes the page as HTML that reads to the same article, without changing the page', async () => {
    const doc = parse(abp.html, abp.expected.url);
    const before = doc.documentElement.outerHTML;
    const snapshot = await snapshotPage(doc, abp.expected.url, { yieldToPage: noYield });
    expect(doc.documentElement.outerHTML).toBe(before);
    if (!snapshot.ok) throw new Error(snapshot.message);
    const result = extractFromHtml(snapshot.html, snapshot.url, {}, new DOMParser());
    expect(result.ok && result.article.title).toBe(abp.expected.title);
    for (const text of abp.expected.mustContain) expect(result.ok && result.article.textContent).toContain(text);
  });

  it('leaves out scripts and styles but keeps JSON-LD', async () => {
    const doc = parse('<html><head><script>var secret = 1</script><style>p{}</style><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>લખાણ</p></body></html>');
    const snapshot = await snapshotPage(doc, 'https://example.com/', { yieldToPage: noYield, wholeSubtree: 0 });
    expect(snapshot.ok && snapshot.html).not.toMatch(/secret|p\{\}/);
    expect(snapshot.ok && snapshot.html).toContain('NewsArticle');
  });

  it('escapes text and attributes so the snapshot parses back to the same tree', async () => {
    const doc = parse('<html><body><div id="a"><p title="x &quot;y&quot; &lt;z&gt;">a &lt;b&gt; &amp; c</p></div></body></html>');
    const snapshot = await snapshotPage(doc, 'https://example.com/', { yieldToPage: noYield, wholeSubtree: 0 });
    const back = parse(snapshot.ok ? snapshot.html : '');
    expect(back.querySelector('p')!.getAttribute('title')).toBe('x "y" <z>');
    expect(back.querySelector('p')!.textContent).toBe('a <b> & c');
  });

  it('lets the page run between short slices of work', async () => {
    const doc = parse(`<html><body>${'<div><p>લખાણ</p><span>x</span></div>'.repeat(3000)}</body></html>`);
    let clock = 0;
    let yields = 0;
    // Every step of work costs 1 ms on this clock; slices may not exceed 16.
    const snapshot = await snapshotPage(doc, 'https://example.com/', {
      now: () => clock++,
      yieldToPage: async () => void yields++,
      wholeSubtree: 0,
    });
    expect(snapshot.ok).toBe(true);
    expect(yields).toBeGreaterThan(100);
  });

  it('declines a PDF, a non-HTML tab and an oversized page', async () => {
    expect(await snapshotPage({ contentType: 'application/pdf' } as Document, 'https://x/a')).toMatchObject({ ok: false, reason: 'pdf' });
    expect(await snapshotPage({ contentType: 'image/png' } as Document, 'https://x/a.png')).toMatchObject({ ok: false, reason: 'not-html' });
    const doc = parse(`<html><body>${'<p>લખાણ લખાણ લખાણ</p>'.repeat(500)}</body></html>`);
    expect(await snapshotPage(doc, 'https://x/', { yieldToPage: noYield, maxChars: 1000, wholeSubtree: 0 })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('turns an unexpected failure into a declined result, not an exception', async () => {
    const broken = {
      contentType: 'text/html',
      get documentElement(): never {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(await snapshotPage(broken, 'https://example.com/')).toMatchObject({ ok: false, reason: 'error', message: 'boom' });
  });
});
