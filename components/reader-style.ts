/** Settings → the CSS variables and classes that set the article. Pure, so it is tested alone. */
import { fontFamily } from '../lib/fonts';
import type { ReaderSettings } from '../lib/settings';
import { THEMES, customTheme, themeCssVariables, type ThemeColors } from '../lib/themes';

export function themeColors(settings: ReaderSettings, prefersDark: boolean): ThemeColors & { warning?: boolean } {
  switch (settings.theme) {
    case 'custom':
      return customTheme(settings.customText, settings.customBackground);
    case 'system':
      return THEMES[prefersDark ? 'dark' : 'light'];
    default:
      return THEMES[settings.theme];
  }
}

export interface ReaderLook {
  style: Record<string, string>;
  className: string;
}

export function readerLook(settings: ReaderSettings, prefersDark: boolean): ReaderLook {
  const font = fontFamily(settings.fontFamily);
  // Sizes are normalised per family: Rasa's letters run small, so it is set larger.
  const fontSize = Math.round(settings.fontSize * font.sizeAdjust * 10) / 10;
  // Below-base vowel signs of some families need more room than others; never let lines collide.
  const lineHeight = Math.max(settings.lineHeight, font.minLineHeight);
  return {
    style: {
      ...themeCssVariables(themeColors(settings, prefersDark)),
      '--reader-font': font.cssFamily,
      '--reader-size': `${fontSize}px`,
      '--reader-line-height': String(lineHeight),
      '--reader-word-spacing': `${settings.wordSpacing}em`,
      '--reader-width': `${settings.contentWidth}em`,
      '--reader-align': settings.align === 'justify' ? 'justify' : 'start',
      '--reader-weight': String(settings.fontWeight),
    },
    className: ['reader', `theme-${settings.theme}`, settings.showImages ? '' : 'hide-images'].filter(Boolean).join(' '),
  };
}
