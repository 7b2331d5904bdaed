import { describe, expect, it } from 'vitest';
import { f1, leaks, sameTitle, scoreText, tokens } from '../lib/eval/metric';
import { readableText } from '../lib/extract/post-process';
import { parse } from './helpers';

describe('the corpus metric', () => {
  it('keeps vowel signs and viramas inside Gujarati tokens', () => {
    expect(tokens('ગુજરાતમાં ક્ષત્રિય, 2024!')).toEqual(['ગુજરાતમાં', 'ક્ષત્રિય', '2024']);
  });

  it('scores an exact extraction 1/1 and junk as lost precision', () => {
    const gold = ['એક બે ત્રણ ચાર પાંચ છ સાત આઠ'];
    expect(scoreText('એક બે ત્રણ ચાર પાંચ છ સાત આઠ', gold)).toEqual({ precision: 1, recall: 1 });
    const junky = scoreText('એક બે ત્રણ ચાર પાંચ છ સાત આઠ જાહેરાત ટ્રેન્ડિંગ ટોપ સ્ટોરી વધુ', gold);
    expect(junky.recall).toBe(1);
    expect(junky.precision).toBeLessThan(0.6);
  });

  it('neither rewards nor punishes optional text', () => {
    const gold = ['એક બે ત્રણ ચાર પાંચ'];
    expect(scoreText('ભુજ એક બે ત્રણ ચાર પાંચ', gold, ['ભુજ'])).toEqual({ precision: 1, recall: 1 });
  });

  it('counts leaks and compares titles after NFC', () => {
    expect(leaks('લેખ Advertisement લેખ', ['Advertisement', 'ટોપ સ્ટોરી'])).toEqual(['Advertisement']);
    expect(sameTitle('ગુજરાત'.normalize('NFD'), 'ગુજરાત')).toBe(true);
    expect(f1(1, 0.5)).toBeCloseTo(2 / 3);
  });
});

describe('readableText', () => {
  it('keeps paragraphs, list items and line breaks apart', () => {
    const doc = parse('<body><div id="r"><p>પહેલો ફકરો.</p><p>બીજો</p><p><strong>3. શીર્ષક?</strong><br>લખાણ</p><ul><li>એક</li><li>બે</li></ul></div></body>');
    expect(readableText(doc.getElementById('r')!)).toBe('પહેલો ફકરો.\n\nબીજો\n\n3. શીર્ષક?\n\nલખાણ\n\nએક\n\nબે');
  });
});
