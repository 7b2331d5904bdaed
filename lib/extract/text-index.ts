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
import { comparisonKey, isBlank, keyOfNormalized, normalizeText, stableLetterCount } from '../gujarati';

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function isTextNode(node: Node): boolean {
  return node.nodeType === TEXT || node.nodeType === CDATA;
}

/** How often `char` occurs in `text`. */
function occurrences(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count++;
  return count;
}

interface Entry {
  /** Stable letters under the element: a lower bound on text(el).length and key(el).length. */
  letters: number;
  /** "#" and "|" in the element's text, exactly: normalising neither adds nor drops them. */
  hashes: number;
  pipes: number;
  /** Stable letters outside links: a lower bound on nonLinkText(el).length. */
  own: number;
  /** All text outside links is blank, so that nonLinkText(el) is ''. Removals keep it true. */
  ownBlank: boolean;
  /** False when the element is no link and holds neither links nor CDATA (which textContent
   * reads and nonLinkText does not), so that its non-link text is its whole text. Removals only
   * make it false where it was true, so the flag, set once, errs only towards true. */
  mixed: boolean;
  /** The one child element that can hold text, when the other child nodes are blank text,
   * comments or empty elements (an <img>): the element's normalised text is then that child's.
   * Empty elements add nothing to textContent, normalising drops the blanks at either end, and
   * NFC never joins a blank to its neighbours (blanks are starters that no composition
   * involves). Pretty-printed markup and story cards (<a><img><span>headline</span></a>) are
   * full of such wrappers. Null, to be read directly, once a child is removed. */
  sole: Element | null;
  /** normalizeText(textContent), once asked for. */
  text: string | undefined;
}

/** Elements the index does not know: bounds that always hold, counts read from the tree. */
const UNKNOWN: Readonly<Entry> = { letters: 0, hashes: -1, pipes: -1, own: 0, ownBlank: false, mixed: true, sole: null, text: undefined };

export class TextIndex {
  private readonly entries = new Map<Element, Entry>();
  /** Keys by normalised text: wrappers and repeated headlines share one. */
  private readonly keys = new Map<string, string>();

  /** `elements`, when given, must be what root.querySelectorAll('*') returns. */
  constructor(root: Element, elements: ArrayLike<Element> = root.querySelectorAll('*')) {
    // Descendants come after their ancestors in document order: walk backwards, so every
    // child is measured before its parent.
    for (let i = elements.length - 1; i >= -1; i--) {
      const el = i < 0 ? root : elements[i]!;
      const isLink = el.tagName === 'A';
      const entry: Entry = { letters: 0, hashes: 0, pipes: 0, own: 0, ownBlank: true, mixed: isLink, sole: null, text: undefined };
      // Children that could make the text more than one child element's.
      let holders = 0;
      for (let child = el.firstChild; child; child = child.nextSibling) {
        const type = child.nodeType;
        if (type === ELEMENT) {
          const inner = this.entries.get(child as Element)!;
          entry.letters += inner.letters;
          entry.hashes += inner.hashes;
          entry.pipes += inner.pipes;
          entry.own += inner.own;
          entry.ownBlank &&= inner.ownBlank;
          entry.mixed ||= inner.mixed;
          if (child.firstChild) {
            holders++;
            entry.sole = child as Element;
          }
        } else if (type === TEXT || type === CDATA) {
          const value = child.nodeValue ?? '';
          const letters = stableLetterCount(value);
          const blank = letters === 0 && isBlank(value);
          entry.letters += letters;
          entry.hashes += occurrences(value, '#');
          entry.pipes += occurrences(value, '|');
          if (!blank) holders++;
          if (type === TEXT) {
            entry.own += letters;
            entry.ownBlank &&= blank;
          } else {
            entry.mixed = true;
          }
        }
      }
      if (holders !== 1) entry.sole = null;
      if (isLink) {
        entry.own = 0;
        entry.ownBlank = true;
      }
      this.entries.set(el, entry);
    }
  }

  private entry(el: Element): Readonly<Entry> {
    return this.entries.get(el) ?? UNKNOWN;
  }

  /** At most text(el).length, key(el).length and comparisonKey(text(el)).length. 0 (a bound
   * that always holds) for elements the index does not know. */
  letters(el: Element): number {
    return this.entry(el).letters;
  }

  /** How many "#" text(el) holds. */
  hashes(el: Element): number {
    const { hashes } = this.entry(el);
    return hashes >= 0 ? hashes : occurrences(el.textContent ?? '', '#');
  }

  /** How many "|" text(el) holds. */
  pipes(el: Element): number {
    const { pipes } = this.entry(el);
    return pipes >= 0 ? pipes : occurrences(el.textContent ?? '', '|');
  }

  /** At most nonLinkText(el).length. */
  ownLetters(el: Element): number {
    return this.entry(el).own;
  }

  /** False when nonLinkText(el) is simply text(el): no links or CDATA inside. */
  mayHoldLinks(el: Element): boolean {
    return this.entry(el).mixed;
  }

  /** True when nonLinkText(el) is '': no text outside links but whitespace. */
  ownTextIsBlank(el: Element): boolean {
    return this.entry(el).ownBlank;
  }

  /** normalizeText(el.textContent). */
  text(el: Element): string {
    const entry = this.entries.get(el);
    if (!entry) return normalizeText(el.textContent ?? '');
    if (entry.text !== undefined) return entry.text;
    // Wrappers around one element have that element's text: normalise it once.
    const wrappers = [entry];
    let inner = el;
    let text: string | undefined;
    for (let only = entry.sole; only; ) {
      const next = this.entries.get(only);
      if (!next) break;
      inner = only;
      text = next.text;
      if (text !== undefined) break;
      wrappers.push(next);
      only = next.sole;
    }
    text ??= inner.firstChild ? normalizeText(inner.textContent ?? '') : '';
    for (const wrapper of wrappers) wrapper.text = text;
    return text;
  }

  /** comparisonKey(el.textContent). */
  key(el: Element): string {
    const text = this.text(el);
    let key = this.keys.get(text);
    if (key === undefined) {
      key = keyOfNormalized(text);
      this.keys.set(text, key);
    }
    return key;
  }

  /** comparisonKey(text(el)), which is key(el) unless removing zero-width characters left the
   * text un-normalised (a ZWJ between a letter and its accent): only then normalise again. */
  keyOfText(el: Element): string {
    const text = this.text(el);
    return text.normalize('NFC') === text ? this.key(el) : comparisonKey(text);
  }

  /** linkTextLength(el), from cached texts. */
  linkedLength(el: Element): number {
    if (el.tagName === 'A') return this.text(el).length;
    let linked = 0;
    for (const a of el.querySelectorAll('a')) linked += this.text(a).length;
    return linked;
  }

  /** linkDensity(el), from cached texts. */
  linkDensity(el: Element): number {
    const total = this.text(el).length;
    if (total === 0) return 0;
    return Math.min(1, this.linkedLength(el) / total);
  }

  /** Whether linkDensity(el) < `density`, without reading el's whole text where its link text is
   * too short to reach that share of even the least its text can be. */
  linkDensityBelow(el: Element, density: number): boolean {
    const linked = this.linkedLength(el);
    if (linked < density * this.letters(el)) return true;
    const total = this.text(el).length;
    return total === 0 || Math.min(1, linked / total) < density;
  }

  /** Removes `node` from the tree, and forgets what it changes: its ancestors' texts. */
  detach(node: ChildNode): void {
    let letters = 0;
    let hashes = 0;
    let pipes = 0;
    let own = 0;
    if (node.nodeType === ELEMENT) {
      ({ letters, hashes, pipes, own } = this.entry(node as Element));
      if (hashes < 0) hashes = this.hashes(node as Element);
      if (pipes < 0) pipes = this.pipes(node as Element);
    } else if (isTextNode(node)) {
      const value = node.nodeValue ?? '';
      letters = stableLetterCount(value);
      hashes = occurrences(value, '#');
      pipes = occurrences(value, '|');
      if (node.nodeType === TEXT) own = letters;
    }
    const parentEntry = node.parentElement && this.entries.get(node.parentElement);
    if (parentEntry) parentEntry.sole = null;
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      // Above a link, the removed text was never counted as anyone's own.
      if (parent.tagName === 'A') own = 0;
      const entry = this.entries.get(parent);
      if (!entry) continue;
      entry.letters -= letters;
      entry.hashes -= hashes;
      entry.pipes -= pipes;
      entry.own -= own;
      entry.text = undefined;
    }
    node.remove();
  }
}
