/** Step 5: tidy Readability's output: the repeated headline, language, direction, counts. */
import {
  collapseSpaces,
  comparisonKey,
  countWords,
  isBlank,
  isMostlyGujarati,
  isMostlyRtl,
  keyLengthCeiling,
  normalizeText,
  readingMinutes,
  stableLetterCount,
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

/** Elements after which a reader sees a line break. */
const BLOCKS = new Set(['br', 'p', 'div', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'figure', 'tr', 'th', 'td', 'pre', 'ul', 'ol', 'section', 'article', 'table']);

/** The text as a reader sees it: paragraphs apart. Plain textContent glues "<p>a</p><p>b</p>"
 * into "ab" and a subheading into the sentence after its <br>. */
export function readableText(root: Element): string {
  return tidyLines(textWithBreaks(root));
}

/** root.textContent with a "\n" after each block element under root: what a copy of root with
 * a "\n" text node after each block would read, from one walk and no copy. */
function textWithBreaks(root: Element): string {
  let text = '';
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (type === 3 || type === 4) text += node.nodeValue ?? '';
    else if (type === 1 && BLOCKS.has((node as Element).localName)) text += '\n';
    // Up to the next node in document order, closing the blocks left behind.
    while (!node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) return text;
      if (BLOCKS.has((node as Element).localName)) text += '\n';
    }
    node = node.nextSibling;
  }
  return text;
}

function tidyLines(text: string): string {
  return text
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

/** Where findStandfirst looks: what `querySelectorAll('h2, h3, p, div, span, li')` matches. */
const STANDFIRST_TAGS = new Set(['h2', 'h3', 'p', 'div', 'span', 'li']);

/** The standfirst the page shows near its headline: a visible element whose text is the page's
 * description. Read from the original page, before cleaning. */
export function findStandfirst(doc: Document, description: string | null): string | null {
  const key = description ? comparisonKey(description) : '';
  if (key.length < 30 || !doc.body) return null;
  // Each stable letter of a text is one stable letter of its key, and the key can be no longer
  // than the text's ceiling (see keyLengthCeiling): an element whose counts miss these bounds
  // cannot have the key. Counted bottom-up in one walk over the body, each text node read
  // once; counting stops past the bound, which then rules out every ancestor too.
  const maxLetters = stableLetterCount(key);
  const minCeiling = key.length;
  const letters = new Map<Element, number>();
  const ceilings = new Map<Element, number>();
  const candidates: Element[] = [];
  const elements = doc.body.querySelectorAll('*');
  // Descendants come after their ancestors in document order: walking backwards measures every
  // child before its parent.
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    let count = 0;
    let ceiling = 0;
    for (let child = el.firstChild; child && count <= maxLetters; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 1) {
        count += letters.get(child as Element) ?? 0;
        ceiling += ceilings.get(child as Element) ?? 0;
      } else if (type === 3 || type === 4) {
        const value = child.nodeValue ?? '';
        count += stableLetterCount(value, maxLetters + 1 - count);
        if (count <= maxLetters) ceiling += keyLengthCeiling(value);
      }
    }
    letters.set(el, count);
    if (count > maxLetters) continue;
    ceilings.set(el, ceiling);
    if (ceiling >= minCeiling && el.childElementCount <= 3 && STANDFIRST_TAGS.has(el.localName)) candidates.push(el);
  }
  // In document order: the first element that shows the description.
  for (let i = candidates.length - 1; i >= 0; i--) {
    const text = candidates[i]!.textContent ?? '';
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
