/** Reader colour themes and the WCAG 2.x contrast arithmetic that keeps them readable. */

export type BuiltInThemeId = 'light' | 'sepia' | 'dark' | 'high-contrast';

export interface ThemeColors {
  text: string;
  background: string;
  /** Secondary text: byline, date, captions. */
  muted: string;
  link: string;
  linkVisited: string;
  /** Decorative hairlines and borders (no contrast requirement). */
  rule: string;
  /** Focus ring: at least 3:1 against the background (WCAG 2.2 non-text contrast). */
  focus: string;
}

/**
 * Text, muted text, links and visited links are all at least 4.5:1 against the background;
 * focus rings at least 3:1 (tests/themes.test.ts checks every pair).
 */
export const THEMES: Readonly<Record<BuiltInThemeId, ThemeColors>> = Object.freeze({
  // Calm, print-like: near-black ink on a barely warm off-white.
  light: Object.freeze({
    text: '#1f1f1f',
    background: '#fbfaf7',
    muted: '#5e5e5e',
    link: '#1d5fb0',
    linkVisited: '#6b3fa0',
    rule: '#dcd8cf',
    focus: '#1d5fb0',
  }),
  // Warm paper with brown ink.
  sepia: Object.freeze({
    text: '#3b2e1e',
    background: '#f4ecd8',
    muted: '#6a5843',
    link: '#8a3f0a',
    linkVisited: '#6e3a73',
    rule: '#d8c9a8',
    focus: '#8a3f0a',
  }),
  // Soft dark: a charcoal background, off-white text (not pure black and white).
  dark: Object.freeze({
    text: '#e2e0dc',
    background: '#1e1f22',
    muted: '#a8a5a0',
    link: '#8cb8ff',
    linkVisited: '#c9a8f5',
    rule: '#3c3e43',
    focus: '#8cb8ff',
  }),
  // Maximum contrast: white on black, yellow links, cyan focus ring.
  'high-contrast': Object.freeze({
    text: '#ffffff',
    background: '#000000',
    muted: '#ffffff',
    link: '#ffff00',
    linkVisited: '#ffb3ff',
    rule: '#ffffff',
    focus: '#00ffff',
  }),
});

type Rgb = readonly [number, number, number];

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/iu;

/** True for '#rgb' and '#rrggbb' (either case): the colour forms this module accepts. */
export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value.trim());
}

function parseHex(color: string): Rgb {
  const value = color.trim();
  if (!HEX_COLOR.test(value)) throw new RangeError(`Not a '#rrggbb' or '#rgb' colour: ${JSON.stringify(color)}`);
  let hex = value.slice(1);
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  const n = Number.parseInt(hex, 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

function toHex([r, g, b]: Rgb): string {
  const channel = (v: number): string =>
    Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}

function linearize(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linearize(r) + 0.7152 * linearize(g) + 0.0722 * linearize(b);
}

function ratio(a: Rgb, b: Rgb): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG 2.x contrast ratio (1 to 21) of two '#rrggbb' or '#rgb' colours; throws RangeError on others. */
export function contrastRatio(foreground: string, background: string): number {
  return ratio(parseHex(foreground), parseHex(background));
}

/** WCAG 2.x level AA: 4.5:1 for body text, 3:1 for large text. */
export function meetsAA(foreground: string, background: string, large = false): boolean {
  return contrastRatio(foreground, background) >= (large ? 3 : 4.5);
}

const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

/** Linear interpolation in sRGB, rounded to whole channel values. */
function mix(from: Rgb, to: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(from[i]! + (to[i]! - from[i]!) * t)) as unknown as Rgb;
}

/** Black or white, whichever stands out more against `background` (always at least 4.58:1). */
function extremeFor(background: Rgb): Rgb {
  return ratio(BLACK, background) >= ratio(WHITE, background) ? BLACK : WHITE;
}

/**
 * `color`, moved as little as possible towards black or white until it reaches `min` against
 * `background`. Any background allows 4.5:1 this way; a higher `min` may end at black or white.
 */
function ensureContrast(color: Rgb, background: Rgb, min: number): Rgb {
  if (ratio(color, background) >= min) return color;
  const target = extremeFor(background);
  // Moving towards the extreme, luminance changes monotonically, so once the ratio reaches
  // `min` it stays there: a binary search finds the smallest step.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 16; i++) {
    const mid = (lo + hi) / 2;
    if (ratio(mix(color, target, mid), background) >= min) hi = mid;
    else lo = mid;
  }
  const found = mix(color, target, hi);
  return ratio(found, background) >= min ? found : target;
}

function distance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

// Starting hues for links: blue, then alternatives for when the text or the background is
// itself close to that hue (yellow on blue, blue on white...).
const LINK_HUES_ON_LIGHT: readonly Rgb[] = [parseHex('#1d5fb0'), parseHex('#a33a00'), parseHex('#0b7a3e')];
const LINK_HUES_ON_DARK: readonly Rgb[] = [parseHex('#8cb8ff'), parseHex('#ffd166'), parseHex('#7ee0a8')];
const VISITED_HUES_ON_LIGHT: readonly Rgb[] = [parseHex('#6b3fa0'), parseHex('#8a2d5a'), parseHex('#5a4a00')];
const VISITED_HUES_ON_DARK: readonly Rgb[] = [parseHex('#c9a8f5'), parseHex('#ffa8d0'), parseHex('#e8c37a')];

/** A colour far enough from the text (and from `avoid`) to read as different, with AA contrast. */
function pickAccent(candidates: readonly Rgb[], text: Rgb, background: Rgb, avoid: readonly Rgb[]): Rgb {
  let best: Rgb = ensureContrast(candidates[0]!, background, 4.5);
  let bestScore = -1;
  for (const candidate of candidates) {
    const adjusted = ensureContrast(candidate, background, 4.5);
    // 1 or more: at least 80 (RGB distance) from the text and 50 from the colours to avoid.
    const score = Math.min(distance(adjusted, text) / 80, ...avoid.map((a) => distance(adjusted, a) / 50));
    if (score >= 1) return adjusted;
    if (score > bestScore) {
      best = adjusted;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Colours for a reader's own text/background: derives muted, link, rule and focus colours
 * from the pair so links and muted text still meet AA against the background where any colour
 * can; returns also `warning: boolean` when the text/background pair itself is below AA.
 * Colours are '#rrggbb' or '#rgb'; an unreadable one (a corrupted setting) is replaced by the
 * light theme's text or background colour rather than breaking the reader (see isHexColor).
 */
export function customTheme(text: string, background: string): ThemeColors & { warning: boolean } {
  const fg = parseHex(isHexColor(text) ? text : THEMES.light.text);
  const bg = parseHex(isHexColor(background) ? background : THEMES.light.background);
  const onDark = extremeFor(bg) === WHITE;

  // Muted: as far towards the background as AA allows (at most 40% of the way).
  let muted: Rgb | undefined;
  for (let t = 0.4; t > 0; t -= 0.02) {
    const candidate = mix(fg, bg, t);
    if (ratio(candidate, bg) >= 4.5) {
      muted = candidate;
      break;
    }
  }
  muted ??= ensureContrast(fg, bg, 4.5);

  const link = pickAccent(onDark ? LINK_HUES_ON_DARK : LINK_HUES_ON_LIGHT, fg, bg, []);
  const linkVisited = pickAccent(onDark ? VISITED_HUES_ON_DARK : VISITED_HUES_ON_LIGHT, fg, bg, [link]);
  const focus = ensureContrast(link, bg, 3);

  return {
    text: toHex(fg),
    background: toHex(bg),
    muted: toHex(muted),
    link: toHex(link),
    linkVisited: toHex(linkVisited),
    rule: toHex(mix(fg, bg, 0.75)),
    focus: toHex(focus),
    warning: ratio(fg, bg) < 4.5,
  };
}

/** CSS custom properties for a theme, to set on the reader's root element. */
export function themeCssVariables(colors: ThemeColors): Record<string, string> {
  return {
    '--text': colors.text,
    '--bg': colors.background,
    '--muted': colors.muted,
    '--link': colors.link,
    '--link-visited': colors.linkVisited,
    '--rule': colors.rule,
    '--focus': colors.focus,
  };
}
