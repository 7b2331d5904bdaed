import { describe, expect, it } from 'vitest';
import { detectDir, detectLang, removeRepeatedTitle } from '../../lib/extract/post-process';
import { PROSE, PROSE_HTML, page, parse } from '../helpers';

describe('post-processing', () => {
  it('drops an <h1> that repeats the Gujarati title, which Readability cannot compare', () => {
    const title = 'વડોદરામાં નવરાત્રિ માટે સુરક્ષા વધારાઈ';
    const doc = parse(page(`<div id="root"><h1>${title.normalize('NFD')}\u200D</h1>${PROSE_HTML}</div>`));
    const root = doc.getElementById('root')!;
    expect(removeRepeatedTitle(root, title)).toBe(1);
    expect(root.querySelector('h1')).toBeNull();
    expect(root.textContent).toContain(PROSE[0].slice(0, 40));
  });

  it('keeps a subheading that only resembles the title', () => {
    const doc = parse(page(`<div id="root"><h2>વડોદરામાં નવરાત્રિ</h2>${PROSE_HTML}</div>`));
    expect(removeRepeatedTitle(doc.getElementById('root')!, 'વડોદરામાં નવરાત્રિ માટે સુરક્ષા વધારાઈ')).toBe(0);
  });

  it('says gu when most letters are Gujarati, whatever the page declares', () => {
    expect(detectLang(PROSE.join(' '), 'en')).toBe('gu');
    expect(detectLang('A plain English story about the monsoon.', 'en-IN')).toBe('en-IN');
    expect(detectDir(PROSE.join(' '), 'rtl')).toBe('ltr');
    expect(detectDir('خبر عاجل من المدينة', null)).toBe('rtl');
  });
});
