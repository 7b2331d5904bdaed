// @vitest-environment jsdom
// DOMPurify needs a faithful DOM: happy-dom lets nested and namespaced markup through it.
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../lib/extract/sanitize';

function sanitizedDom(html: string): HTMLElement {
  const host = document.createElement('div');
  // Test-only: inspect what the sanitizer returned.
  host.innerHTML = sanitizeArticleHtml(html); // eslint-disable-line no-unsanitized/property
  return host;
}

describe('sanitizeArticleHtml', () => {
  it('keeps article structure, text, links and images', () => {
    const out = sanitizedDom(
      '<h2>પેટાશીર્ષક</h2><p>લખાણ <strong>મહત્ત્વનું</strong> <a href="https://example.com/x">કડી</a></p><figure><img src="https://cdn.example.com/a.jpg" alt="ફોટો"><figcaption>કૅપ્શન</figcaption></figure><table><tr><td>૧</td></tr></table>',
    );
    expect(out.querySelector('h2')!.textContent).toBe('પેટાશીર્ષક');
    expect(out.querySelector('a')!.getAttribute('href')).toBe('https://example.com/x');
    expect(out.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(out.querySelector('img')!.getAttribute('src')).toBe('https://cdn.example.com/a.jpg');
    expect(out.querySelector('figcaption')!.textContent).toBe('કૅપ્શન');
    expect(out.querySelector('td')!.textContent).toBe('૧');
  });

  it('checks the tree the reader will build: markup parsed as a standards-mode page parses it', () => {
    // Parsed without a doctype (quirks mode) the table would sit inside the paragraph, and the
    // output would parse into another tree in the reader, and change again if sanitized twice.
    for (const html of ['<p>લખાણ<table><tr><td>૧</td></tr></table></p>', '<p><table></p>', '<h2><portal><br><h6>']) {
      const once = sanitizeArticleHtml(html);
      expect(sanitizedDom(html).querySelector('p table, h2 h6')).toBeNull();
      expect(sanitizeArticleHtml(once)).toBe(once);
    }
  });

  it('keeps data: URLs only as an image’s own picture', () => {
    const out = sanitizedDom(
      '<a href="https://example.com/x"><source href="data:text/html,<script>alert(1)</script>"></a><blockquote cite=" data:text/html,x">ઉદ્ધરણ</blockquote><img src="data:image/png;base64,iVBORw0KGgo=" srcset="https://cdn.example/a.jpg 1x, data:image/png;base64,iVBORw0KGgo= 2x" alt="ફોટો">',
    );
    expect(out.querySelector('source')?.hasAttribute('href') ?? false).toBe(false);
    expect(out.querySelector('blockquote')!.hasAttribute('cite')).toBe(false);
    expect(out.querySelector('img')!.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(out.querySelector('img')!.getAttribute('srcset')).toBe('https://cdn.example/a.jpg 1x');
  });

  it('keeps nothing of a body element the markup tries to open', () => {
    const out = sanitizeArticleHtml('</body><body onload="alert(1)" lang="gu"><p>લખાણ</p>');
    expect(out).toBe('<p>લખાણ</p>');
  });

  it('keeps the harmless attributes an article needs: sizes, spans, language, direction, dates', () => {
    const out = sanitizedDom('<p lang="en" dir="ltr">x</p><img src="https://cdn.example/a.jpg" width="640" height="360" alt="ફોટો"><table><tr><td colspan="2">૧</td></tr></table><time datetime="2024-10-01T08:00:00+05:30">૧ ઑક્ટોબર</time>');
    expect(out.querySelector('p')!.getAttribute('lang')).toBe('en');
    expect(out.querySelector('p')!.getAttribute('dir')).toBe('ltr');
    expect(out.querySelector('img')!.getAttribute('width')).toBe('640');
    expect(out.querySelector('td')!.getAttribute('colspan')).toBe('2');
    expect(out.querySelector('time')!.getAttribute('datetime')).toBe('2024-10-01T08:00:00+05:30');
  });

  it('keeps https and inline images only, as the extension pages’ CSP allows', () => {
    const out = sanitizedDom('<img src="http://tracker.example/p.gif"><img src="https://cdn.example/a.jpg" srcset="http://x.example/1.jpg 1x, https://cdn.example/2.jpg 2x"><img src="data:image/png;base64,iVBORw0KGgo=">');
    const imgs = out.querySelectorAll('img');
    expect(imgs[0]!.hasAttribute('src')).toBe(false);
    expect(imgs[1]!.getAttribute('src')).toBe('https://cdn.example/a.jpg');
    expect(imgs[1]!.getAttribute('srcset')).toBe('https://cdn.example/2.jpg 2x');
    expect(imgs[2]!.getAttribute('src')).toMatch(/^data:image\/png/);
  });

  it.each(['https://127.0.0.1/p.gif', 'https://192.168.1.1/admin.png', 'https://localhost/x.jpg', 'https://printer.local/x.jpg', 'https://[::1]/x.jpg'])(
    'never lets an article image reach the reader’s own machine or network: %s',
    (src) => {
      expect(sanitizedDom(`<img src="${src}" srcset="${src} 2x">`).querySelector('img[src], img[srcset]')).toBeNull();
    },
  );

  it.each([
    ['<script>alert(1)</script><p>x</p>', 'script'],
    ['<img src="https://a.example/x.jpg" onerror="alert(1)">', '[onerror]'],
    ['<a href="javascript:alert(1)">x</a>', '[href^="javascript"]'],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', '[href]'],
    ['<iframe src="https://evil.example"></iframe>', 'iframe'],
    ['<svg><script>alert(1)</script></svg>', 'svg, script'],
    ['<math><mtext><img src=x onerror=alert(1)></mtext></math>', 'math, [onerror]'],
    ['<form action="https://evil.example"><input name="q"></form>', 'form, input'],
    ['<object data="x.swf"></object><embed src="x.swf">', 'object, embed'],
    ['<style>body{background:url(https://evil.example/leak)}</style><p>x</p>', 'style'],
    ['<p style="background:url(https://evil.example/leak)">x</p>', '[style]'],
    ['<base href="https://evil.example/">', 'base'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', 'meta'],
    ['<img name="getElementById" id="cookie" src="https://a.example/x.jpg">', '[name], [id]'],
    ['<p class="x" data-x="1">x</p>', '[class], [data-x]'],
  ])('removes what is dangerous in %s', (html, selector) => {
    expect(sanitizedDom(html).querySelector(selector)).toBeNull();
  });
});
