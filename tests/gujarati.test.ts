import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparisonKey,
  countWords,
  gujaratiShare,
  isMostlyGujarati,
  readingMinutes,
  toGujaratiDigits,
  toLatinDigits,
} from '../lib/gujarati';

describe('gujarati text helpers', () => {
  it('tells Gujarati text from English and mixed text', () => {
    expect(gujaratiShare('ઉત્તર કોરિયાના નેતા કિમ જોંગ-ઉન')).toBeGreaterThan(0.95);
    expect(gujaratiShare('North Korean leader Kim Jong Un')).toBe(0);
    expect(isMostlyGujarati('Kim Jong Un Russia Visit: કિમ જોંગ-ઉન રશિયા જવા રવાના, ડિફેન્સ ડિલ પર પુતિન સાથે કરશે ચર્ચા')).toBe(true);
    expect(isMostlyGujarati('Breaking: the monsoon reaches Gujarat (ચોમાસું)')).toBe(false);
  });

  it('counts Gujarati words with conjuncts and vowel signs kept inside words', () => {
    expect(countWords('ઉત્તર કોરિયાના નેતા કિમ જોંગ-ઉન રશિયા જવા રવાના.')).toBe(9);
    expect(countWords('ક્ષત્રિય સમાજ')).toBe(2);
  });

  it('finds the words Intl.Segmenter finds, in Gujarati, Hindi and English news text', () => {
    const segmenterCount = (text: string, lang: string) =>
      [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).length;
    const samples: Array<[string, string]> = [
      ['gu', 'ક્\u200Dષત્રિય સમાજ, ક્\u200Cષ ગુજરાત: ૧૨,૩૪,૫૬૭ રૂપિયા, ૧,૨૦૦થી વધુ (Covid-19) "સમાચાર" — સવારે 10:30 વાગ્યે example.com પર'],
      ['hi', 'मुंबई में बारिश। 1,000.50 रुपये'],
      ['en', "Don't stop: it’s the U.S.A. visit, soft\u00ADhyphen and 3.5% growth."],
    ];
    for (const [lang, text] of samples) expect(countWords(text, lang)).toBe(segmenterCount(text, lang));
  });

  it('counts a word as a run of letters, marks and digits, joined across an apostrophe or a full stop, and digits across a comma', () => {
    // The definition, as a regular expression (too slow to compile for the reader's every click).
    const inWord = '(?:[\\p{L}\\p{M}\\p{N}\\u00AD]|\\u200C|\\u200D)';
    const word = new RegExp(`[\\p{L}\\p{M}\\p{N}]${inWord}*(?:['’.][\\p{L}\\p{M}\\p{N}]${inWord}*|(?<=\\p{N}),\\p{N}${inWord}*)*`, 'gu');
    const pieces = ['ક', '્', 'ષ', 'ા', 'ગુ', '૧', '1', 'a', 'B', 'é', ' ', '\n', '.', ',', "'", '’', '-', '—', '(', '\u200C', '\u200D', '\u00AD', '😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe((text.match(word) ?? []).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves scripts written without spaces to the segmenter, which knows their words', () => {
    const thai = 'ฉันชอบอ่านข่าว';
    expect(countWords(thai, 'th')).toBeGreaterThan(1);
  });

  it('gives Gujarati a slower reading speed than English, and never zero minutes', () => {
    expect(readingMinutes(600, 'gu')).toBe(4);
    expect(readingMinutes(600, 'en')).toBe(3);
    expect(readingMinutes(10, 'gu')).toBe(1);
  });

  it('converts digits both ways', () => {
    expect(toGujaratiDigits('તા. 12/10/2024')).toBe('તા. ૧૨/૧૦/૨૦૨૪');
    expect(toLatinDigits('૧૨,૩૪,૫૬૭')).toBe('12,34,567');
  });

  it('compares strings regardless of zero-width joiners, normalisation and punctuation', () => {
    const decomposed = 'ગુજરાત'.normalize('NFD');
    expect(comparisonKey(`${decomposed}\u200D સમાચાર!`)).toBe(comparisonKey('ગુજરાત  સમાચાર'));
  });
});
