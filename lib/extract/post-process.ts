/** Step 5: tidy Readability's output: the repeated headline, language, direction, counts. */
import {
  collapseSpaces,
  comparisonKey,
  countWords,
  isBlank,
  isMostlyGujarati,
  isMostlyRtl,
  normalizeText,
  readingMinutes,
} from '../gujarati';
import { textLengthBounds } from './dom';

/** Whether el's comparison key could be `length` long. Most elements near a title or standfirst
 * are far shorter or (wrappers around the whole article) far longer: they are told apart without
 * building their keys. */
function hasKeyLength(el: Element, length: number): boolean {
  const { least, most } = textLengthBounds(el, length);
  return least <= length && most >= length;
}

/** Readability compares titles with an ASCII-only tokenizer, so a Gujarati <h1> that repeats
 * the headline stays in the content. Drop it (and any other early copy of the title). */
export function removeRepeatedTitle(root: Element, title: string): number {
  const key = comparisonKey(title);
  if (!key) return 0;
  let removed = 0;
  const early = Array.from(root.querySelectorAll('h1, h2, h3, h4, p, div')).slice(0, 8);
  for (const el of early) {
    // The root is Readability's output, detached from any document: ask it, not isConnected.
    if (!root.contains(el)) continue;
    if (hasKeyLength(el, key.length) && comparisonKey(el.textContent ?? '') === key) {
      el.remove();
      removed++;
    }
  }
  return removed;
}

/** Empty wrappers left behind by cleaning. */
export function removeEmptyBlocks(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('p, div, section, span, li, ul, ol')).reverse()) {
    if (isBlank(el.textContent ?? '') && !el.querySelector('img, picture, video, iframe, svg, br, hr, table')) {
      el.remove();
    }
  }
}

export function detectLang(text: string, declared: string | null): string {
  if (isMostlyGujarati(text)) return 'gu';
  return declared?.trim() || 'und';
}

export function detectDir(text: string, declared: string | null): 'ltr' | 'rtl' {
  if (declared === 'rtl' || declared === 'ltr') return isMostlyGujarati(text) ? 'ltr' : declared;
  return isMostlyRtl(text) ? 'rtl' : 'ltr';
}

export interface TextMeasures {
  textContent: string;
  length: number;
  wordCount: number;
  readingMinutes: number;
}

const BLOCKS = 'br, p, div, li, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, figcaption, figure, tr, th, td, pre, ul, ol, section, article, table';

/** The text as a reader sees it: paragraphs apart. Plain textContent glues "<p>a</p><p>b</p>"
 * into "ab" and a subheading into the sentence after its <br>. */
export function readableText(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll(BLOCKS)) el.after('\n');
  return (copy.textContent ?? '')
    .normalize('NFC')
    .replace(/[\u200B\u2060\uFEFF]/g, '')
    .split(/\n/)
    .map((line) => collapseSpaces(line).trim())
    .filter(Boolean)
    .join('\n\n');
}

export function measureText(root: Element, lang: string, { paragraphs = true } = {}): TextMeasures {
  const textContent = paragraphs ? readableText(root) : normalizeText(root.textContent ?? '');
  const wordCount = countWords(textContent, lang === 'und' ? 'en' : lang);
  return {
    textContent,
    length: textContent.length,
    wordCount,
    readingMinutes: readingMinutes(wordCount, lang),
  };
}

/** The standfirst the page shows near its headline: a visible element whose text is the page's
 * description. Read from the original page, before cleaning. */
export function findStandfirst(doc: Document, description: string | null): string | null {
  const key = description ? comparisonKey(description) : '';
  if (key.length < 30) return null;
  for (const el of doc.body?.querySelectorAll('h2, h3, p, div, span, li') ?? []) {
    if (el.childElementCount > 3 || !hasKeyLength(el, key.length)) continue;
    const text = el.textContent ?? '';
    if (comparisonKey(text) === key) return normalizeText(text);
  }
  return null;
}

/** Readability often leaves the standfirst out (it sits beside the body, not in it). */
export function restoreStandfirst(root: Element, standfirst: string | null): boolean {
  if (!standfirst || comparisonKey(root.textContent ?? '').includes(comparisonKey(standfirst))) return false;
  const p = root.ownerDocument.createElement('p');
  p.textContent = standfirst;
  const first = root.firstElementChild;
  // Readability wraps its output in one <div>; the standfirst goes first inside it.
  (first && first.tagName === 'DIV' && root.children.length === 1 ? first : root).prepend(p);
  return true;
}
