/** Script detection, normalisation, word counts and digits for Gujarati text. */

const GUJARATI_LETTER = /[\u0A80-\u0AFF]/u;
const ANY_LETTER = /\p{L}/u;
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** Silent reading speeds in words a minute. Gujarati words are long and agglutinative,
 * so a Gujarati reader covers fewer words a minute than an English one. */
export const WORDS_PER_MINUTE: Readonly<Record<string, number>> = { gu: 150, default: 230 };

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const ZERO_WIDTHS = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Whitespace other than a lone plain space: what collapsing spaces would change. */
const UNTIDY_SPACE = /[^\S ]| {2}/;
// Every whitespace and zero-width character is in the BMP, so these need no `u` flag (which
// makes them several times slower on long texts).
const SPACES = /\s+/g;

/** NFC, no zero-width characters, single spaces: the form in which two strings are compared. */
export function normalizeText(text: string): string {
  let out = text.normalize('NFC');
  // A test is far cheaper than a replace that changes nothing; most texts need neither.
  if (ZERO_WIDTH.test(out)) out = out.replace(ZERO_WIDTHS, '');
  return collapseSpaces(out).trim();
}

/** text.replace(/\s+/gu, ' '): every run of whitespace as one plain space. */
export function collapseSpaces(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.replace(SPACES, ' ') : text;
}

/** An upper bound on normalizeText(text).length and comparisonKey(text).length. ASCII and
 * Gujarati characters have no canonical decomposition; no other character's decomposition is
 * more than 4 code units per unit, NFC composes back from that, and lower-casing lengthens
 * only "İ", whose decomposition is already two units. */
export function keyLengthCeiling(text: string): number {
  let ceiling = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    ceiling += code < 0x80 || (code >= 0x0a80 && code <= 0x0aff) ? 1 : 4;
  }
  return ceiling;
}

/** Only whitespace and zero-width characters: normalizeText(text) === '', without building it.
 * (NFC turns no other character into these, nor these into others.) */
const BLANK = /^[\s\u200B-\u200D\u2060]*$/;
export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/** A comparison key: normalised, case-folded, with punctuation and symbols dropped. */
export function comparisonKey(text: string): string {
  return keyOfNormalized(normalizeText(text));
}

/** `comparisonKey` of a text that `normalizeText` has already normalised: lets callers that
 * cache normalised texts skip normalising twice. keyOfNormalized(normalizeText(t)) is
 * comparisonKey(t), exactly. */
export function keyOfNormalized(normalized: string): string {
  // lower.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim(), by hand: that regex takes about a
  // millisecond on a 30 KB article, and most keys need no replacing at all.
  const lower = normalized.toLowerCase();
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < lower.length) {
    let width = keyCharWidth(lower, i);
    if (width > 0) {
      i += width;
      continue;
    }
    const run = i;
    while (width < 0) {
      i -= width;
      width = i < lower.length ? keyCharWidth(lower, i) : 1;
    }
    // The run of other characters becomes one space; a lone space already is one.
    if (i - run !== 1 || lower.charCodeAt(run) !== 0x20) {
      out += `${lower.slice(copied, run)} `;
      copied = i;
    }
  }
  return (copied === 0 ? lower : out + lower.slice(copied)).trim();
}

/** A test of single BMP code units against `pattern` (one character, anchored), remembered per
 * code unit in a table: each distinct character is tested once, however long the texts. */
function codeUnitTest(pattern: RegExp): (code: number) => boolean {
  // 1: matches, 2: does not, 0: not seen yet.
  const kinds = new Uint8Array(0x10000);
  return (code) => {
    let kind = kinds[code];
    if (kind === 0) kind = kinds[code] = pattern.test(String.fromCharCode(code)) ? 1 : 2;
    return kind === 1;
  };
}

const KEY_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const isKeyUnit = codeUnitTest(KEY_CHAR);

/** The code point at `i`, as a key sees it: its width in code units, negative when it is not
 * a letter, mark or number. A lone surrogate is a code point of its own, as in a `u` regex. */
function keyCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return KEY_CHAR.test(text.slice(i, i + 2)) ? 2 : -2;
  }
  return isKeyUnit(code) ? 1 : -1;
}

/** Code units 0..0x0AFF that are "stable letters": ASCII letters and Gujarati letters and marks.
 * Each one survives normalizeText and comparisonKey as exactly one code unit: it has no canonical
 * decomposition, no canonical composition ever absorbs it (Gujarati has none at all, and no
 * ASCII letter is the second half of one), lower-casing keeps it one unit, and it is a letter or
 * mark, neither whitespace nor a zero-width character. Built from the runtime's own Unicode data,
 * the same data normalizeText and comparisonKey use. Digits are left out on purpose (see
 * `stableLetterCount`). */
const STABLE_LETTER = (() => {
  const table = new Uint8Array(0x0b00);
  const letterOrMark = /^[\p{L}\p{M}]$/u;
  for (let code = 0; code < table.length; code++) {
    if (code >= 0x80 && code < 0x0a80) continue;
    const ch = String.fromCharCode(code);
    if (letterOrMark.test(ch) && ch.normalize('NFD') === ch && ch.toLowerCase().length === 1) table[code] = 1;
  }
  return table;
})();

/** The stable letters in `text`: a cheap lower bound on both normalizeText(text).length and
 * comparisonKey(text).length, and one that adds up over concatenation (an element's count is
 * the sum of its text nodes'). Lets a caller skip texts too long for a check without
 * normalising them. Digits do not count, so a bound also holds for texts with any number of
 * digits ("12345 views"). Counting stops at `limit`, for callers that only ask "more than
 * limit - 1?". */
export function stableLetterCount(text: string, limit = Infinity): number {
  let count = 0;
  for (let i = 0; i < text.length && count < limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x0b00 && STABLE_LETTER[code] === 1) count++;
  }
  return count;
}

interface ScriptShares {
  gujarati: number;
  rtl: number;
  letters: number;
}

const OTHER = 1;
const LETTER = 2;
const RTL = 3;
const GUJARATI = 4;

/** Per BMP code point, what `scriptShares` counts it as; 0 until first seen. Testing the
 * regexes once per distinct character, not once per character, keeps long texts cheap. */
const charClasses = new Uint8Array(0x10000);

function classify(ch: string): number {
  if (GUJARATI_LETTER.test(ch)) {
    // Vowel signs and the virama are marks, not letters, but they belong to the script.
    return ANY_LETTER.test(ch) ? GUJARATI : OTHER;
  }
  if (!ANY_LETTER.test(ch)) return OTHER;
  return RTL_LETTER.test(ch) ? RTL : LETTER;
}

function scriptShares(text: string): ScriptShares {
  let letters = 0;
  let gujarati = 0;
  let rtl = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let kind: number;
    if (code < 0xd800 || code > 0xdfff) {
      kind = charClasses[code] || (charClasses[code] = classify(text[i]!));
    } else {
      // A surrogate pair (or a lone surrogate) is one character, as `for…of` reads it.
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      kind = classify(String.fromCodePoint(point));
    }
    if (kind === GUJARATI) {
      gujarati++;
      letters++;
    } else if (kind === LETTER) {
      letters++;
    } else if (kind === RTL) {
      letters++;
      rtl++;
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

/** Whether a code unit belongs to a script written without spaces between words (Thai, Lao,
 * Tibetan, Myanmar, Khmer, kana and Han, and the surrogates of Han's supplementary planes): only
 * a dictionary finds those words. Ranges, not a Unicode property regex, which is slow to
 * compile, and the reader compiles everything afresh on each click. */
function unspaced(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x109f) ||
    (code >= 0x1780 && code <= 0x17ff) ||
    (code >= 0x3040 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd840 && code <= 0xd87f)
  );
}

const isNumberUnit = codeUnitTest(/^\p{N}$/u);

/** Joiners and soft hyphens sit inside words (a Gujarati half form is written with ZWJ or ZWNJ). */
function inWordFormat(code: number): boolean {
  return code === 0x200c || code === 0x200d || code === 0xad;
}

/** Words as a reader counts them: Intl.Segmenter's word-like segments. In the spaced scripts
 * (Gujarati, Devanagari, Latin and most others) a word is a run of letters, marks and digits,
 * joined across an apostrophe or a full stop ("don't", "e.g") and digits across a comma
 * ("1,000"): the same words as the segmenter finds (checked on every fixture), twenty times
 * faster, and without its slow first use, which the reader pays on every click. */
export function countWords(text: string, lang = 'gu'): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (unspaced(code)) return countSegmentedWords(text, lang);
    const width = keyCharWidth(text, i);
    if (width > 0) {
      if (!inWord) count++;
      inWord = true;
      i += width;
      continue;
    }
    if (inWord && i + 1 < text.length) {
      const joins =
        inWordFormat(code) ||
        ((code === 0x27 || code === 0x2019 || code === 0x2e) && keyCharWidth(text, i + 1) > 0) ||
        (code === 0x2c && isNumberUnit(text.charCodeAt(i - 1)) && isNumberUnit(text.charCodeAt(i + 1)));
      if (joins) {
        i++;
        continue;
      }
    }
    inWord = false;
    i -= width;
  }
  return count;
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

function countSegmentedWords(text: string, lang: string): number {
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
