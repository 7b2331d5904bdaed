import { describe, expect, it } from 'vitest';
import { isExtractResult } from '../lib/messages';

const article = {
  url: 'https://sandesh.com/x',
  title: 'શીર્ષક',
  byline: null,
  siteName: 'Sandesh',
  publishedTime: null,
  lang: 'gu',
  dir: 'ltr',
  excerpt: null,
  content: '<p>લખાણ</p>',
  textContent: 'લખાણ',
  length: 4,
  wordCount: 1,
  readingMinutes: 1,
  rule: null,
};

describe('isExtractResult', () => {
  it('accepts what the content script sends', () => {
    expect(isExtractResult({ ok: true, article })).toBe(true);
    expect(isExtractResult({ ok: false, reason: 'not-article', message: 'x' })).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'ok'],
    ['an unknown reason', { ok: false, reason: 'hacked', message: 'x' }],
    ['a title that is not text', { ok: true, article: { ...article, title: ['x'] } }],
    ['a negative length', { ok: true, article: { ...article, length: -1 } }],
    ['a bad direction', { ok: true, article: { ...article, dir: 'up' } }],
  ])('rejects %s', (_label, value) => {
    expect(isExtractResult(value)).toBe(false);
  });
});
