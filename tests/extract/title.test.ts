import { describe, expect, it } from 'vitest';
import { chooseTitle, stripSiteSuffix } from '../../lib/extract/title';

describe('stripSiteSuffix', () => {
  it.each([
    ['ગુજરાતમાં ભારે વરસાદની આગાહી | TV9 Gujarati', 'TV9 Gujarati', 'https://tv9gujarati.com/x', 'ગુજરાતમાં ભારે વરસાદની આગાહી'],
    ['AMCનો એક્શન પ્લાન - Sandesh', null, 'https://sandesh.com/x', 'AMCનો એક્શન પ્લાન'],
    ['જીરુંની બમ્પર આવક - News18 ગુજરાતી', 'News18 ગુજરાતી', 'https://gujarati.news18.com/x', 'જીરુંની બમ્પર આવક'],
    ['કિમ રશિયા જવા રવાના', 'ABP Asmita', 'https://gujarati.abplive.com/x', 'કિમ રશિયા જવા રવાના'],
  ])('%s → site name dropped', (title, site, url, expected) => {
    expect(stripSiteSuffix(title, site, url)).toBe(expected);
  });

  it('keeps a tail that is part of the headline', () => {
    expect(stripSiteSuffix('ચૂંટણી પરિણામ: ભાજપ આગળ', 'Sandesh', 'https://sandesh.com/x')).toBe('ચૂંટણી પરિણામ: ભાજપ આગળ');
  });
});

describe('chooseTitle', () => {
  const base = { ruleTitle: null, headline: null, readabilityTitle: null, siteName: 'Divya Bhaskar', url: 'https://www.divyabhaskar.co.in/x' };

  it('prefers the <h1> that the declared title agrees with', () => {
    expect(
      chooseTitle({
        ...base,
        declared: ['રણોત્સવમાં પ્રવાસીઓનો ધસારો: ધોરડોમાં 18 હજાર પ્રવાસી - Kutch News | Divya Bhaskar'],
        headings: ['Gujarati News', 'રણોત્સવમાં પ્રવાસીઓનો ધસારો: ધોરડોમાં 18 હજાર પ્રવાસી'],
      }),
    ).toBe('રણોત્સવમાં પ્રવાસીઓનો ધસારો: ધોરડોમાં 18 હજાર પ્રવાસી');
  });

  it('picks the Gujarati half of an "English|Gujarati" title', () => {
    expect(
      chooseTitle({ ...base, declared: ['Chhetu Patel died due to corona|છીતુ પટેલનું કોરોનાથી મોત'], headings: [] }),
    ).toBe('છીતુ પટેલનું કોરોનાથી મોત');
  });

  it('drops a kicker that the h1 shows before the declared headline', () => {
    expect(
      chooseTitle({
        ...base,
        headline: 'ધોરડોના સફેદ રણમાં 18 હજાર પ્રવાસી',
        declared: ['ધોરડોના સફેદ રણમાં 18 હજાર પ્રવાસી', 'રણોત્સવ: ધોરડોના સફેદ રણમાં 18 હજાર પ્રવાસી - Kutch News | Divya Bhaskar'],
        headings: ['રણોત્સવ:ધોરડોના સફેદ રણમાં 18 હજાર પ્રવાસી'],
      }),
    ).toBe('ધોરડોના સફેદ રણમાં 18 હજાર પ્રવાસી');
  });

  it('uses the site rule’s title first', () => {
    expect(chooseTitle({ ...base, ruleTitle: 'નિયમનું શીર્ષક', declared: ['બીજું'], headings: [] })).toBe('નિયમનું શીર્ષક');
  });
});
