import { describe, expect, it } from 'vitest';
import { applyDigitStyle, convertDigits } from '../lib/digits';
import { page, parse } from './helpers';

describe('convertDigits', () => {
  it('converts both ways and leaves other text alone', () => {
    expect(convertDigits('0123456789', 'gujarati')).toBe('૦૧૨૩૪૫૬૭૮૯');
    expect(convertDigits('૦૧૨૩૪૫૬૭૮૯', 'latin')).toBe('0123456789');
    expect(convertDigits('તા. 12/10/2024 અને ૧૫', 'gujarati')).toBe('તા. ૧૨/૧૦/૨૦૨૪ અને ૧૫');
    expect(convertDigits('તા. 12/10/2024 અને ૧૫', 'latin')).toBe('તા. 12/10/2024 અને 15');
    expect(convertDigits('તા. 12/10/2024 અને ૧૫', 'as-published')).toBe('તા. 12/10/2024 અને ૧૫');
    expect(convertDigits('₹1,23,456.50', 'gujarati')).toBe('₹૧,૨૩,૪૫૬.૫૦');
  });
});

function article(html: string): HTMLElement {
  return parse(page(`<article>${html}</article>`)).querySelector('article')!;
}

const HTML =
  '<h1>બજેટ 2024</h1>' +
  '<p>તા. 12/10/2024 અને ૧૫ <a href="https://news.example/2024/10/12/story-15">વિગત 15</a></p>' +
  '<p><time datetime="2024-10-12T09:30:00+05:30">12 ઓક્ટોબર</time> <img src="/img/photo-2024.jpg" alt="ફોટો 3"></p>' +
  '<div>કોડ <code>x = 42</code> <pre>line 7</pre> <kbd>F5</kbd> <samp>Error 404</samp></div>' +
  '<p>સ્રોત: https://news.example/a/123 અને 4G, MP3</p>';

describe('applyDigitStyle', () => {
  it('rewrites text digits, but not attributes, code, URLs or Latin identifiers', () => {
    const root = article(HTML);
    applyDigitStyle(root, 'gujarati');
    expect(root.querySelector('h1')!.textContent).toBe('બજેટ ૨૦૨૪');
    expect(root.querySelector('p')!.textContent).toBe('તા. ૧૨/૧૦/૨૦૨૪ અને ૧૫ વિગત ૧૫');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('https://news.example/2024/10/12/story-15');
    expect(root.querySelector('time')!.getAttribute('datetime')).toBe('2024-10-12T09:30:00+05:30');
    expect(root.querySelector('time')!.textContent).toBe('૧૨ ઓક્ટોબર');
    expect(root.querySelector('img')!.getAttribute('src')).toBe('/img/photo-2024.jpg');
    expect(root.querySelector('img')!.getAttribute('alt')).toBe('ફોટો 3');
    expect(root.querySelector('code')!.textContent).toBe('x = 42');
    expect(root.querySelector('pre')!.textContent).toBe('line 7');
    expect(root.querySelector('kbd')!.textContent).toBe('F5');
    expect(root.querySelector('samp')!.textContent).toBe('Error 404');
    expect(root.lastElementChild!.textContent).toBe('સ્રોત: https://news.example/a/123 અને 4G, MP3');
  });

  it('converts Gujarati digits to Latin ones', () => {
    const root = article('<p>તા. 12/10/2024 અને ૧૫</p>');
    applyDigitStyle(root, 'latin');
    expect(root.textContent).toBe('તા. 12/10/2024 અને 15');
  });

  it('restores the published text exactly after gujarati then latin', () => {
    const root = article(HTML);
    const published = root.innerHTML;
    applyDigitStyle(root, 'gujarati');
    expect(root.innerHTML).not.toBe(published);
    applyDigitStyle(root, 'latin');
    expect(root.querySelector('p')!.textContent).toBe('તા. 12/10/2024 અને 15 વિગત 15');
    applyDigitStyle(root, 'as-published');
    expect(root.innerHTML).toBe(published);
    applyDigitStyle(root, 'as-published');
    expect(root.innerHTML).toBe(published);
  });

  it('skips code when the root itself is inside code, and keeps text nodes in place', () => {
    const root = article('<p>1 <code><span>2</span></code></p>');
    const textNode = root.querySelector('p')!.firstChild;
    applyDigitStyle(root, 'gujarati');
    expect(root.textContent).toBe('૧ 2');
    expect(root.querySelector('p')!.firstChild).toBe(textNode);
    const code = root.querySelector('code')!;
    applyDigitStyle(code, 'gujarati');
    expect(code.textContent).toBe('2');
  });

  it('treats text changed by someone else as the new original', () => {
    const root = article('<p>1</p>');
    applyDigitStyle(root, 'gujarati');
    root.querySelector('p')!.firstChild!.textContent = 'નવું 7';
    applyDigitStyle(root, 'gujarati');
    expect(root.textContent).toBe('નવું ૭');
    applyDigitStyle(root, 'as-published');
    expect(root.textContent).toBe('નવું 7');
  });
});
