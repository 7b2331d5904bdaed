import { describe, expect, it } from 'vitest';
import {
  type BuiltInThemeId,
  THEMES,
  contrastRatio,
  customTheme,
  isHexColor,
  meetsAA,
  themeCssVariables,
} from '../lib/themes';

const HEX6 = /^#[0-9a-f]{6}$/u;

describe('contrastRatio', () => {
  it('matches known WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#abcdef', '#ABCDEF')).toBe(1);
  });

  it('applies the AA thresholds for body and large text', () => {
    expect(meetsAA('#777777', '#ffffff')).toBe(false);
    expect(meetsAA('#767676', '#ffffff')).toBe(true);
    expect(meetsAA('#777777', '#ffffff', true)).toBe(true);
    expect(meetsAA('#999999', '#ffffff', true)).toBe(false);
  });

  it('rejects colours it cannot read', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(RangeError);
    expect(() => contrastRatio('#12345', '#fff')).toThrow(RangeError);
    expect(isHexColor('#fff')).toBe(true);
    expect(isHexColor('#A0b1C2')).toBe(true);
    expect(isHexColor('rgb(0,0,0)')).toBe(false);
  });
});

describe('built-in themes', () => {
  const ids = Object.keys(THEMES) as BuiltInThemeId[];

  it('has exactly the four themes', () => {
    expect(ids.sort()).toEqual(['dark', 'high-contrast', 'light', 'sepia']);
  });

  it.each(ids)('%s: text, muted and links reach 4.5:1 and the focus ring 3:1', (id) => {
    const t = THEMES[id];
    for (const key of ['text', 'muted', 'link', 'linkVisited'] as const) {
      expect(contrastRatio(t[key], t.background), `${id} ${key}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(t.focus, t.background)).toBeGreaterThanOrEqual(3);
    for (const value of Object.values(t)) expect(value).toMatch(HEX6);
  });

  it('keeps dark soft and high contrast stark', () => {
    expect(THEMES.dark.background).not.toBe('#000000');
    expect(THEMES.dark.text).not.toBe('#ffffff');
    expect(THEMES['high-contrast']).toMatchObject({ text: '#ffffff', background: '#000000', link: '#ffff00' });
    expect(Object.isFrozen(THEMES)).toBe(true);
    expect(Object.isFrozen(THEMES.light)).toBe(true);
  });
});

describe('customTheme', () => {
  const pairs: [string, string][] = [
    ['#333333', '#f5e6c8'],
    ['#e0e0e0', '#202020'],
    ['#ffff00', '#0000ff'],
    ['#1d5fb0', '#ffffff'],
    ['#00ff00', '#000000'],
    ['#000000', '#777777'],
    ['#fff', '#000'],
  ];

  it.each(pairs)('%s on %s gives AA muted text and links', (text, background) => {
    const t = customTheme(text, background);
    expect(t.warning).toBe(false);
    for (const key of ['muted', 'link', 'linkVisited'] as const) {
      expect(meetsAA(t[key], background), `${key} ${t[key]}`).toBe(true);
    }
    expect(contrastRatio(t.focus, background)).toBeGreaterThanOrEqual(3);
    for (const value of [t.text, t.background, t.muted, t.link, t.linkVisited, t.rule, t.focus]) {
      expect(value).toMatch(HEX6);
    }
  });

  it('keeps the reader’s own pair and makes links differ from the text', () => {
    const t = customTheme('#1D5FB0', '#FFF');
    expect(t.text).toBe('#1d5fb0');
    expect(t.background).toBe('#ffffff');
    expect(t.link).not.toBe(t.text);
    expect(t.linkVisited).not.toBe(t.link);
    // Yellow on blue: a blue link would vanish, so it must be lightened well away from the background.
    const yb = customTheme('#ffff00', '#0000ff');
    expect(contrastRatio(yb.link, '#0000ff')).toBeGreaterThanOrEqual(4.5);
  });

  it('warns about a low-contrast pair but still gives AA muted text and links', () => {
    const t = customTheme('#999999', '#aaaaaa');
    expect(t.warning).toBe(true);
    for (const key of ['muted', 'link', 'linkVisited'] as const) expect(meetsAA(t[key], '#aaaaaa')).toBe(true);
    expect(customTheme('#ffffff', '#ff0000').warning).toBe(true);
  });

  it('replaces an unreadable colour with the light theme’s rather than throwing', () => {
    expect(customTheme('black', '#ffffff').text).toBe(THEMES.light.text);
    expect(customTheme('#000000', '').background).toBe(THEMES.light.background);
  });
});

describe('themeCssVariables', () => {
  it('maps every colour to its custom property', () => {
    expect(themeCssVariables(THEMES.sepia)).toEqual({
      '--text': THEMES.sepia.text,
      '--bg': THEMES.sepia.background,
      '--muted': THEMES.sepia.muted,
      '--link': THEMES.sepia.link,
      '--link-visited': THEMES.sepia.linkVisited,
      '--rule': THEMES.sepia.rule,
      '--focus': THEMES.sepia.focus,
    });
  });
});
