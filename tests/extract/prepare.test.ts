import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../lib/extract/prepare';
import { page, parse } from '../helpers';

const BASE = 'https://gujarati.example.com/news/gujarat/story-42';
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

function prepared(body: string): Document {
  const doc = parse(page(body), BASE);
  prepareDocument(doc, BASE);
  return doc;
}

describe('prepareDocument', () => {
  it('makes links and images absolute against the page URL', () => {
    const doc = prepared('<a href="../india/other-7">x</a><img src="/img/a.jpg"><img srcset="/s.jpg 1x, /l.jpg 2x">');
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('https://gujarati.example.com/news/india/other-7');
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://gujarati.example.com/img/a.jpg');
    expect(doc.querySelectorAll('img')[1]!.getAttribute('srcset')).toBe(
      'https://gujarati.example.com/s.jpg 1x, https://gujarati.example.com/l.jpg 2x',
    );
  });

  it.each([
    ['data-src', 'https://cdn.example.com/images/2024/10/05/photo-1?impolicy=abp_cdn'],
    ['data-lazy-src', 'https://cdn.example.com/photo.avif'],
    ['data-original', 'https://cdn.example.com/PHOTO.JPG'],
  ])('promotes a lazy image from %s whatever its file extension', (attribute, url) => {
    const doc = prepared(`<img src="${PIXEL}" ${attribute}="${url}" alt="ફોટો">`);
    expect(doc.querySelector('img')!.getAttribute('src')).toBe(url);
  });

  it('promotes a relative lazy source and makes it absolute', () => {
    const doc = prepared('<img data-src="/uploads/2024/garba">');
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://gujarati.example.com/uploads/2024/garba');
  });

  it('takes the widest srcset candidate when src is only a placeholder', () => {
    const doc = prepared(
      `<img src="/images/placeholder.png" srcset="https://cdn.example.com/a-320 320w, https://cdn.example.com/a-1200 1200w, https://cdn.example.com/a-640 640w">`,
    );
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://cdn.example.com/a-1200');
  });

  it('keeps a real src even when lazy attributes are present', () => {
    const doc = prepared('<img src="https://cdn.example.com/real.jpg" data-src="https://cdn.example.com/other.jpg">');
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://cdn.example.com/real.jpg');
  });

  it('removes scripts and styles', () => {
    const doc = prepared('<p>લખાણ</p><script>window.x = 1</script><style>p{}</style>');
    expect(doc.querySelector('script, style')).toBeNull();
    expect(doc.body.textContent).toContain('લખાણ');
  });
});
