/** Small DOM measurements shared by the cleaning steps. */
import { keyLengthCeiling, normalizeText, stableLetterCount } from '../gujarati';

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BR', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD',
  'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR',
  'WBR', 'IMG', 'PICTURE', 'SOURCE',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface LengthBounds {
  /** Stable letters (see stableLetterCount): no longer counted once past the limit asked for. */
  least: number;
  /** keyLengthCeiling of the text, once read to the end (when `least` stays within the limit). */
  most: number;
}

/** Bounds on the lengths of el's normalised text and comparison key, from its text nodes (what
 * textContent reads), without normalising anything. Reads only as far as it must to tell
 * whether the text has more than `limit` stable letters: a wrapper around a whole page is
 * answered after a few text nodes, without copying its textContent. */
export function textLengthBounds(el: Element, limit: number): LengthBounds {
  const walker = el.ownerDocument.createTreeWalker(el, 4 | 8 /* SHOW_TEXT | SHOW_CDATA_SECTION */);
  const bounds = { least: 0, most: 0 };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    bounds.least += stableLetterCount(value, limit + 1 - bounds.least);
    if (bounds.least > limit) break;
    bounds.most += keyLengthCeiling(value);
  }
  return bounds;
}

/** Whether el's normalised text and comparison key are surely longer than `limit`. */
export function exceedsLetters(el: Element, limit: number): boolean {
  return textLengthBounds(el, limit).least > limit;
}

export function textOf(el: Element): string {
  return normalizeText(el.textContent ?? '');
}

export function isInsideLink(node: Node, stop: Element): boolean {
  for (let p = node.parentElement; p && p !== stop.parentElement; p = p.parentElement) {
    if (p.tagName === 'A') return true;
  }
  return false;
}

/** Characters of text inside links under `el`. */
export function linkTextLength(el: Element): number {
  let total = 0;
  for (const a of el.querySelectorAll('a')) total += normalizeText(a.textContent ?? '').length;
  if (el.tagName === 'A') total = normalizeText(el.textContent ?? '').length;
  return total;
}

/** Share of `el`'s text that is link text (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  return total === 0 ? 0 : Math.min(1, linkTextLength(el) / total);
}

/** `el`'s text without the text of its links. */
export function nonLinkText(el: Element): string {
  if (el.tagName === 'A') return '';
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isInsideLink(node, el)) out += node.nodeValue ?? '';
  }
  return normalizeText(out);
}

const SENTENCE_END = /[.।!?؟](?=\s|$)/gu;

/** A text this long reads as prose, whatever it says. */
export const PROSE_LENGTH = 180;

/** Prose reads as sentences: long runs of text that are not links. */
export function looksLikeProse(text: string): boolean {
  if (text.length >= PROSE_LENGTH) return true;
  return text.length >= 80 && (text.match(SENTENCE_END)?.length ?? 0) >= 2;
}

/** Anything but whitespace: what `text.trim()` keeps. */
const NOT_SPACE = /\S/;

interface BlockText {
  plain: string;
  linked: number;
}

/** The blocks of `root` that read as prose: where article text lives. Computed once, before any
 * cleaning, so that no cleaning step can ever remove a block that holds it. */
export function findProseBlocks(root: Element): Element[] {
  const blocks = new Map<Element, BlockText>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  // Text nodes often share a parent: walk up from each parent once.
  let lastParent: Element | null = null;
  let block: Element | null = null;
  let linked = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (!NOT_SPACE.test(value)) continue;
    const parent = node.parentElement;
    if (!parent || SKIP_TAGS.has(parent.tagName)) continue;
    if (parent !== lastParent) {
      lastParent = parent;
      // The block ancestor and whether the text sits in a link below it, in one walk up: a
      // block is never a link.
      linked = false;
      for (block = parent; block && INLINE_TAGS.has(block.tagName); block = block.parentElement) {
        if (block.tagName === 'A') linked = true;
      }
    }
    if (!block) continue;
    let entry = blocks.get(block);
    if (!entry) {
      entry = { plain: '', linked: 0 };
      blocks.set(block, entry);
    }
    if (linked) entry.linked += value.trim().length;
    else entry.plain += value;
  }
  const prose: Element[] = [];
  const lengths = new Map<Element, number>();
  for (const [block, { plain, linked }] of blocks) {
    const text = normalizeText(plain);
    lengths.set(block, text.length);
    if (looksLikeProse(text) && linked / (text.length + linked) < 0.3) prose.push(block);
  }
  if (prose.length > 0) return prose;
  // A page of short paragraphs (a brief) still has text worth protecting: its longest blocks.
  return [...lengths.entries()]
    .filter(([, length]) => length >= 60)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([block]) => block);
}

export function containsAny(el: Element, blocks: readonly Element[]): boolean {
  return blocks.some((block) => el === block || el.contains(block));
}

/** A test of an element's class and id attributes equivalent to
 * `classAndIdTokens(el).some((token) => pattern.test(token))`, that remembers its answer per
 * class attribute and per id: pages repeat the same few class lists on thousands of elements.
 * `pattern` must not be global or sticky (no lastIndex state). */
export function tokenMatcher(pattern: RegExp): (classes: string | null, id: string | null) => boolean {
  const byClass = new Map<string, boolean>();
  const byId = new Map<string, boolean>();
  return (classes, id) => {
    if (classes) {
      let hit = byClass.get(classes);
      if (hit === undefined) {
        hit = classes.split(/\s+/).some((token) => token !== '' && pattern.test(token));
        byClass.set(classes, hit);
      }
      if (hit) return true;
    }
    if (!id) return false;
    let hit = byId.get(id);
    if (hit === undefined) {
      hit = pattern.test(id);
      byId.set(id, hit);
    }
    return hit;
  };
}

export function classAndIdTokens(el: Element): string[] {
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  const id = el.getAttribute('id');
  if (id) tokens.push(id);
  return tokens;
}

/** Up to `limit` characters of the text a reader could see under `root` (no scripts or styles). */
export function visibleText(root: Element, limit = 50_000): string {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let node = walker.nextNode(); node && out.length < limit; node = walker.nextNode()) {
    if (!SKIP_TAGS.has(node.parentElement?.tagName ?? '')) out += node.nodeValue ?? '';
  }
  return out;
}
