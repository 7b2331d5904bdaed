/** Cached text measurements of the elements under a root, for the cleaning passes.
 *
 * Every pass asks, element by element, for normalised texts and comparison keys. Computed afresh
 * that costs O(elements × subtree text) per pass, with NFC and several regexes over each text.
 * Here each is computed at most once per element, and a cheap lower bound on its length (stable
 * letters, counted bottom-up in one walk) lets a pass skip elements whose text is too long for
 * its check without reading their text at all.
 *
 * The caches stay exact only if every change to the tree goes through `detach`: removing a node
 * changes the text of its ancestors, and nothing else. */
import { comparisonKey, keyOfNormalized, normalizeText, stableLetterCount } from '../gujarati';

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function isTextNode(node: Node): boolean {
  return node.nodeType === TEXT || node.nodeType === CDATA;
}

export class TextIndex {
  /** Stable letters under each element: a lower bound on text(el).length and key(el).length. */
  private readonly letterCounts = new Map<Element, number>();
  /** Elements whose non-link text may differ from their text: links, elements holding links,
   * and elements holding CDATA (textContent reads CDATA, nonLinkText does not). Removals only
   * shrink the true set, so this one, built once, stays a superset. */
  private readonly mixed = new Set<Element>();
  private readonly texts = new Map<Element, string>();
  private readonly keys = new Map<Element, string>();

  constructor(root: Element) {
    const elements = root.querySelectorAll('*');
    // Descendants come after their ancestors in document order: walk backwards, so every
    // child is counted before its parent.
    for (let i = elements.length - 1; i >= -1; i--) {
      const el = i < 0 ? root : elements[i]!;
      let count = 0;
      let mixed = el.tagName === 'A';
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === ELEMENT) {
          count += this.letterCounts.get(child as Element) ?? 0;
          if (this.mixed.has(child as Element)) mixed = true;
        } else if (isTextNode(child)) {
          count += stableLetterCount(child.nodeValue ?? '');
          if (child.nodeType === CDATA) mixed = true;
        }
      }
      this.letterCounts.set(el, count);
      if (mixed) this.mixed.add(el);
    }
  }

  /** At most text(el).length and key(el).length. 0 (a bound that always holds) for elements
   * the index does not know. */
  letters(el: Element): number {
    return this.letterCounts.get(el) ?? 0;
  }

  /** normalizeText(el.textContent). */
  text(el: Element): string {
    let text = this.texts.get(el);
    if (text === undefined) {
      text = normalizeText(el.textContent ?? '');
      this.texts.set(el, text);
    }
    return text;
  }

  /** comparisonKey(el.textContent). */
  key(el: Element): string {
    let key = this.keys.get(el);
    if (key === undefined) {
      key = keyOfNormalized(this.text(el));
      this.keys.set(el, key);
    }
    return key;
  }

  /** comparisonKey(text(el)), which is key(el) unless removing zero-width characters left the
   * text un-normalised (a ZWJ between a letter and its accent): only then normalise again. */
  keyOfText(el: Element): string {
    const text = this.text(el);
    return text.normalize('NFC') === text ? this.key(el) : comparisonKey(text);
  }

  /** False when `el` is no link and holds neither links nor CDATA, so that nonLinkText(el) is
   * its whole text, text(el). */
  mayHoldLinks(el: Element): boolean {
    return this.mixed.has(el);
  }

  /** linkDensity(el), from cached texts. */
  linkDensity(el: Element): number {
    const total = this.text(el).length;
    if (total === 0) return 0;
    let linked = total;
    if (el.tagName !== 'A') {
      linked = 0;
      for (const a of el.querySelectorAll('a')) linked += this.text(a).length;
    }
    return Math.min(1, linked / total);
  }

  /** Removes `node` from the tree, and forgets what it changes: its ancestors' texts. */
  detach(node: ChildNode): void {
    const removed =
      node.nodeType === ELEMENT
        ? this.letters(node as Element)
        : isTextNode(node)
          ? stableLetterCount(node.nodeValue ?? '')
          : 0;
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      this.texts.delete(parent);
      this.keys.delete(parent);
      const count = this.letterCounts.get(parent);
      if (count !== undefined) this.letterCounts.set(parent, count - removed);
    }
    node.remove();
  }
}
