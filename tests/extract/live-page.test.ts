import { describe, expect, it } from 'vitest';
import { extractFromPage } from '../../lib/extract/live-page';
import { ABP_ARTICLE, fixture, parse } from '../helpers';

const abp = fixture(ABP_ARTICLE);

describe('extractFromPage (the content script’s entry)', () => {
  it('reads the page without changing it', () => {
    const doc = parse(abp.html, abp.expected.url);
    const before = doc.documentElement.outerHTML;
    const result = extractFromPage(doc, abp.expected.url);
    expect(result.ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads a snapshot: a page that changes after the call cannot change the article', () => {
    const doc = parse(abp.html, abp.expected.url);
    const result = extractFromPage(doc, abp.expected.url);
    doc.querySelector('.abp-story-article')!.textContent = 'બદલાયેલું લખાણ';
    expect(result.ok && result.article.textContent).toContain(abp.expected.mustContain[0]);
  });

  it('declines a PDF document', () => {
    const pdf = { contentType: 'application/pdf' } as Document;
    expect(extractFromPage(pdf, 'https://example.com/report')).toMatchObject({ ok: false, reason: 'pdf' });
  });

  it('declines an image or plain-text tab', () => {
    const image = { contentType: 'image/png' } as Document;
    expect(extractFromPage(image, 'https://example.com/a.png')).toMatchObject({ ok: false, reason: 'not-html' });
  });

  it('declines a page with more elements than it can read safely', () => {
    const doc = parse(abp.html, abp.expected.url);
    expect(extractFromPage(doc, abp.expected.url, { maxElements: 100 })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('turns an unexpected failure into a declined result, not an exception', () => {
    const broken = {
      contentType: 'text/html',
      getElementsByTagName: () => [],
      cloneNode: () => {
        throw new Error('boom');
      },
    } as unknown as Document;
    expect(extractFromPage(broken, 'https://example.com/')).toMatchObject({ ok: false, reason: 'error', message: 'boom' });
  });
});
