/** Script detection, normalisation, word counts and digits for Gujarati text. */

const GUJARATI_LETTER = /[\u0A80-\u0AFF]/u;
const ANY_LETTER = /\p{L}/u;
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** Silent reading speeds in words a minute. Gujarati words are long and agglutinative,
 * so a Gujarati reader covers fewer words a minute than an English one. */
export const WORDS_PER_MINUTE: Readonly<Record<string, number>> = { gu: 150, default: 230 };

/** NFC, no zero-width characters, single spaces: the form in which two strings are compared. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A comparison key: normalised, case-folded, with punctuation and symbols dropped. */
export function comparisonKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

interface ScriptShares {
  gujarati: number;
  rtl: number;
  letters: number;
}

function scriptShares(text: string): ScriptShares {
  let letters = 0;
  let gujarati = 0;
  let rtl = 0;
  for (const ch of text) {
    if (GUJARATI_LETTER.test(ch)) {
      // Vowel signs and the virama are marks, not letters, but they belong to the script.
      if (/\p{L}/u.test(ch)) {
        gujarati++;
        letters++;
      }
    } else if (ANY_LETTER.test(ch)) {
      letters++;
      if (RTL_LETTER.test(ch)) rtl++;
    }
  }
  return { gujarati, rtl, letters };
}

/** Share of letters (0..1) that are Gujarati. */
export function gujaratiShare(text: string): number {
  const { gujarati, letters } = scriptShares(text);
  return letters === 0 ? 0 : gujarati / letters;
}

export function isMostlyGujarati(text: string): boolean {
  return gujaratiShare(text) > 0.5;
}

export function isMostlyRtl(text: string): boolean {
  const { rtl, letters } = scriptShares(text);
  return letters > 0 && rtl / letters > 0.5;
}

export function containsGujarati(text: string): boolean {
  return GUJARATI_LETTER.test(text);
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

/** Words as a reader counts them: Intl.Segmenter's word-like segments. */
export function countWords(text: string, lang = 'gu'): number {
  let segmenter = wordSegmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    wordSegmenters.set(lang, segmenter);
  }
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** Whole minutes, at least one, at the reading speed of the text's language. */
export function readingMinutes(wordCount: number, lang: string): number {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const speed = WORDS_PER_MINUTE[base] ?? WORDS_PER_MINUTE.default ?? 230;
  return Math.max(1, Math.round(wordCount / speed));
}

const GUJARATI_ZERO = 0x0ae6;

export function toGujaratiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(GUJARATI_ZERO + Number(d)));
}

export function toLatinDigits(text: string): string {
  return text.replace(/[\u0AE6-\u0AEF]/gu, (d) => String(d.charCodeAt(0) - GUJARATI_ZERO));
}
