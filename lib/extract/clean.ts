/** Step 3: general Gujarati-aware cleaning that needs no site rule. Each pass removes one kind of
 * boilerplate; none may remove a block that reads as article prose. */
import { comparisonKey } from '../gujarati';
import {
  AD_SLOT_SELECTORS,
  AD_SLOT_TOKEN,
  APP_BANNER_TEXT,
  APP_STORE_LINK,
  BOILERPLATE_HEADINGS,
  BREADCRUMB_SELECTORS,
  BREADCRUMB_TOKEN,
  HEADING_PREFIXES,
  HEADING_SUFFIXES,
  JUNK_LABEL_PATTERN_LETTERS,
  JUNK_LABEL_PATTERNS,
  JUNK_LABELS,
  PLAYER_TOKEN,
  SHARE_LINK,
  SHARE_TOKEN,
} from './boilerplate';
import { findProseBlocks, nonLinkText, tokenMatcher } from './dom';
import { TextIndex } from './text-index';

export interface CleaningReport {
  adSlots: number;
  labels: number;
  headedBlocks: number;
  repeatedLists: number;
  hashtagLines: number;
  keywordClouds: number;
  shareBars: number;
  appBanners: number;
  breadcrumbs: number;
  playerChrome: number;
}

const LABEL_KEYS = new Set(JUNK_LABELS.map(comparisonKey));
const HEADING_KEYS = new Set(BOILERPLATE_HEADINGS.map(comparisonKey));
const PREFIX_KEYS = HEADING_PREFIXES.map(comparisonKey);
const SUFFIX_KEYS = HEADING_SUFFIXES.map(comparisonKey);
/** No junk label has more letters than this: longer texts are not tested. */
const LABEL_MAX_LETTERS = Math.max(JUNK_LABEL_PATTERN_LETTERS, ...[...LABEL_KEYS].map((key) => key.length));
/** The longest key `isHeadingKey` accepts: a heading with a prefix and a suffix word. */
const HEADING_KEY_MAX =
  Math.max(...[...HEADING_KEYS].map((key) => key.length)) +
  Math.max(...PREFIX_KEYS.map((key) => key.length)) +
  Math.max(...SUFFIX_KEYS.map((key) => key.length)) +
  2;
const BREADCRUMB_SELECTOR = BREADCRUMB_SELECTORS.join(',');
const AD_SLOT_SELECTOR = AD_SLOT_SELECTORS.join(',');

/** "વધુ ફોટો ગેલેરી" → true: a boilerplate heading, perhaps widened by a prefix or suffix word. */
function isHeadingKey(key: string): boolean {
  if (key.length > HEADING_KEY_MAX) return false;
  if (HEADING_KEYS.has(key)) return true;
  const words = key.split(' ');
  if (words.length > 1 && PREFIX_KEYS.includes(words[0]!)) words.shift();
  if (words.length > 1 && SUFFIX_KEYS.includes(words[words.length - 1]!)) words.pop();
  return HEADING_KEYS.has(words.join(' '));
}

function isJunkLabelKey(key: string): boolean {
  return LABEL_KEYS.has(key) || JUNK_LABEL_PATTERNS.some((pattern) => pattern.test(key));
}

/** isJunkLabelKey, remembered per key: wrappers and repeated links share keys. */
function junkLabelTest(): (key: string) => boolean {
  const answers = new Map<string, boolean>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = isJunkLabelKey(key);
      answers.set(key, answer);
    }
    return answer;
  };
}

/** The prose blocks and every element that holds one. */
function holdersOf(prose: readonly Element[]): Set<Element> {
  const holders = new Set<Element>();
  for (const block of prose) {
    for (let el: Element | null = block; el && !holders.has(el); el = el.parentElement) holders.add(el);
  }
  return holders;
}

function inDocumentOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* b FOLLOWING a */ ? -1 : 1));
}

/** The kinds of boilerplate that class and id tokens mark, with each one's pattern. */
const TOKEN_PATTERNS = { adSlot: AD_SLOT_TOKEN, player: PLAYER_TOKEN, breadcrumb: BREADCRUMB_TOKEN, share: SHARE_TOKEN };
type TokenKind = keyof typeof TOKEN_PATTERNS;
const TOKEN_KINDS = Object.keys(TOKEN_PATTERNS) as TokenKind[];

/** The elements each token pattern marks, from one read of every element's class and id. */
function markedByTokens(elements: readonly Element[]): Record<TokenKind, Element[]> {
  const tests = TOKEN_KINDS.map((kind) => [kind, tokenMatcher(TOKEN_PATTERNS[kind])] as const);
  const marked = Object.fromEntries(TOKEN_KINDS.map((kind) => [kind, [] as Element[]])) as Record<TokenKind, Element[]>;
  for (const el of elements) {
    const classes = el.getAttribute('class');
    const id = el.getAttribute('id');
    if (!classes && !id) continue;
    for (const [kind, test] of tests) if (test(classes, id)) marked[kind].push(el);
  }
  return marked;
}

const STOP_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);
const MEDIA = 'img, picture, video, figure';
const INLINE_HEADINGS = new Set(['STRONG', 'B', 'SPAN', 'EM', 'I', 'U', 'FONT', 'SMALL']);
const HASHTAG_LINE = /^(?:#[\p{L}\p{M}\p{N}_]+[\s,|·•]*)+$/u;

/** Each pass below skips, before reading any text, the elements whose text is too long for its
 * check: `index.letters(el)` never exceeds the length of el's normalised text or key. */
class Cleaner {
  readonly report: CleaningReport = {
    adSlots: 0,
    labels: 0,
    headedBlocks: 0,
    repeatedLists: 0,
    hashtagLines: 0,
    keywordClouds: 0,
    shareBars: 0,
    appBanners: 0,
    breadcrumbs: 0,
    playerChrome: 0,
  };
  private readonly prose: Element[];
  /** Elements that are or hold a prose block: `containsAny(el, prose)`, answered by a lookup. */
  private proseHolders: Set<Element>;
  /** The body's elements, in document order. Cleaning only removes, so the ones still connected
   * are, in the same order, what querySelectorAll would return; the list is narrowed to those
   * after each removal, when next asked for. */
  private all: Element[];
  private removedSince = false;
  /** The elements whose class or id tokens mark them as each kind of boilerplate, in document
   * order: attributes never change while cleaning, so each element's are read and tested once. */
  private readonly marked: Record<TokenKind, Element[]>;
  private textIndex: TextIndex | null = null;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
  ) {
    this.prose = findProseBlocks(doc.body);
    this.proseHolders = holdersOf(this.prose);
    this.all = Array.from(doc.body.querySelectorAll('*'));
    this.marked = markedByTokens(this.all);
  }

  /** Built on first use; from then on every removal goes through `detach`, which keeps it exact. */
  private get index(): TextIndex {
    this.textIndex ??= new TextIndex(this.doc.body, this.elements());
    return this.textIndex;
  }

  /** Every removal comes here. */
  private detach(node: ChildNode): void {
    const heldProse = node.nodeType === 1 && this.proseHolders.has(node as Element);
    if (this.textIndex) this.textIndex.detach(node);
    else node.remove();
    this.removedSince = true;
    // Only the few removals that do not ask `holdsProse` first (links after an inline heading, a
    // list's heading) can take prose away; its former ancestors then hold it no longer.
    if (heldProse) this.proseHolders = holdersOf(this.prose);
  }

  private holdsProse(el: Element): boolean {
    return this.proseHolders.has(el);
  }

  /** Removes `el` unless it holds article prose. */
  private remove(el: Element, kind: keyof CleaningReport): boolean {
    if (!el.isConnected || STOP_TAGS.has(el.tagName) || this.holdsProse(el)) return false;
    this.detach(el);
    this.report[kind]++;
    return true;
  }

  /** The largest ancestor of `el` (or `el`) for which `keep` holds, never crossing prose. */
  private climb(el: Element, keep: (candidate: Element) => boolean): Element {
    let block = el;
    for (let parent = el.parentElement; parent; parent = parent.parentElement) {
      if (STOP_TAGS.has(parent.tagName) || this.holdsProse(parent) || !keep(parent)) break;
      block = parent;
    }
    return block;
  }

  /** The body's elements, in document order. */
  private elements(): Element[] {
    this.dropRemoved();
    return this.all;
  }

  private dropRemoved(): void {
    if (!this.removedSince) return;
    this.all = this.all.filter((el) => el.isConnected);
    this.removedSince = false;
  }

  /** Whether el's normalised text is at most `max` characters long. */
  private textFits(el: Element, max: number): boolean {
    return this.index.letters(el) <= max && this.index.text(el).length <= max;
  }

  adSlots(): void {
    for (const el of this.doc.body.querySelectorAll(AD_SLOT_SELECTOR)) {
      this.remove(el, 'adSlots');
    }
    for (const el of this.marked.adSlot) {
      if (el.isConnected) this.remove(el, 'adSlots');
    }
  }

  /** Blocks that are only "Advertisement", "જાહેરાત", "Embed widget" and the like, with the
   * empty slot around them. */
  labels(): void {
    const isJunkLabel = junkLabelTest();
    for (const el of this.elements()) {
      if (this.index.letters(el) > LABEL_MAX_LETTERS || !el.isConnected) continue;
      const label = this.index.key(el);
      if (!isJunkLabel(label)) continue;
      const block = this.climb(el, (parent) => this.hasKey(parent, label));
      this.remove(block, 'labels');
    }
  }

  private isBoilerplateHeading(el: Element): boolean {
    const letters = this.index.letters(el);
    // A heading's key is short; so are the words outside the links of "આ પણ વાંચો: <a>story</a>"
    // (and without links inside, those words are the whole text).
    const mayBeHeading = letters <= HEADING_KEY_MAX;
    const mayBeHeadedLink =
      this.index.mayHoldLinks(el) && this.index.ownLetters(el) < 40 && !this.index.ownTextIsBlank(el);
    if (letters > 300 || (!mayBeHeading && !mayBeHeadedLink)) return false;
    const text = this.index.text(el);
    if (text.length === 0 || text.length > 300) return false;
    if (mayBeHeading && isHeadingKey(this.index.keyOfText(el))) return true;
    if (!mayBeHeadedLink) return false;
    const own = nonLinkText(el);
    return own.length > 0 && own.length < 40 && isHeadingKey(comparisonKey(own));
  }

  private isLinkList(el: Element): boolean {
    const text = this.index.text(el);
    if (!el.querySelector('a')) return text.length === 0 && !el.querySelector(MEDIA);
    return this.index.linkDensity(el) >= 0.5;
  }

  /** A heading such as "આ પણ વાંચો" or "ટ્રેન્ડિંગ" and the block of links it heads. */
  headedBlocks(): void {
    for (const el of this.elements()) {
      if (!this.isBoilerplateHeading(el) || !el.isConnected) continue;
      const block = this.climb(el, () => true);
      if (block === el && INLINE_HEADINGS.has(el.tagName)) this.removeInlineLinksAfter(el);
      // A heading that sits among paragraphs heads the link lists right after it.
      let next = block.nextElementSibling;
      while (next && !this.holdsProse(next) && this.isLinkList(next)) {
        const following = next.nextElementSibling;
        this.remove(next, 'headedBlocks');
        next = following;
      }
      this.remove(block, 'headedBlocks');
    }
  }

  /** "<strong>આ પણ વાંચો:</strong> <a>story</a><br>" inside a paragraph: the links after an
   * inline heading, up to the line break that ends them. */
  private removeInlineLinksAfter(el: Element): void {
    let sawLink = false;
    for (let node = el.nextSibling; node; ) {
      const next = node.nextSibling;
      if (node.nodeType === 3 && /^[\s:：\-–—|,»]*$/u.test(node.nodeValue ?? '')) {
        this.detach(node);
      } else if (node.nodeType === 1 && (node as Element).tagName === 'A') {
        this.detach(node);
        sawLink = true;
      } else if (node.nodeType === 1 && (node as Element).tagName === 'BR' && !sawLink) {
        this.detach(node);
      } else {
        break;
      }
      node = next;
    }
  }

  /** Form controls and their labels (autoplay toggles, newsletter boxes) are not article text. */
  formControls(): void {
    for (const el of this.doc.body.querySelectorAll('label, input, select, textarea, button')) {
      if (el.isConnected && this.textFits(el, 80)) this.remove(el, 'labels');
    }
  }

  breadcrumbs(): void {
    const bySelector = new Set(this.doc.body.querySelectorAll(BREADCRUMB_SELECTOR));
    const byToken = this.marked.breadcrumb.filter((el) => el.isConnected && !bySelector.has(el));
    const marked = inDocumentOrder([...bySelector, ...byToken]);
    for (const el of marked) if (el.isConnected && this.textFits(el, 400)) this.remove(el, 'breadcrumbs');
    // Unmarked trails: a short list whose every link leads up the page's own path (/, /local/,
    // /local/gujarat/ above /local/gujarat/kutch/story).
    let page: URL;
    try {
      page = new URL(this.url);
    } catch {
      return;
    }
    for (const list of this.doc.body.querySelectorAll('ul, ol')) {
      if (!list.isConnected || this.index.letters(list) > 300) continue;
      const links = Array.from(list.querySelectorAll('a[href]'));
      if (links.length < 2 || this.index.text(list).length > 300) continue;
      const upward = links.every((a) => {
        try {
          const target = new URL(a.getAttribute('href') ?? '', page);
          return target.host === page.host && target.pathname.length < page.pathname.length && page.pathname.startsWith(target.pathname);
        } catch {
          return false;
        }
      });
      if (upward) this.remove(list, 'breadcrumbs');
    }
  }

  playerChrome(): void {
    for (const el of this.marked.player) {
      if (el.isConnected) this.remove(el, 'playerChrome');
    }
  }

  /** Link lists whose headlines stand elsewhere on the page too: trending and top-story boxes
   * repeat themselves (an image overlay and a link), and sidebars repeat the lists above. */
  repeatedLists(): void {
    const counts = new Map<string, number>();
    for (const el of this.elements()) {
      if (this.index.letters(el) > 250) continue;
      const key = this.index.key(el);
      if (key.length < 12 || key.length > 250) continue;
      // Count each text once, at the deepest element that carries it whole.
      if (this.childCarries(el, key)) continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const lists = this.elements().filter(
      (el) =>
        (el.tagName === 'UL' || el.tagName === 'OL' || el.childElementCount >= 3) &&
        el.querySelector('a'),
    );
    for (const list of lists) {
      if (!list.isConnected || this.holdsProse(list) || this.index.linkDensityBelow(list, 0.4)) continue;
      const items = Array.from(list.children).filter((item) => this.index.letters(item) > 0 || this.index.text(item).length > 0);
      if (items.length < 2) continue;
      const repeated = items.filter((item) =>
        Array.from(item.querySelectorAll('a')).some((a) => (counts.get(this.index.key(a)) ?? 0) >= 2),
      );
      if (repeated.length * 2 < items.length) continue;
      const heading = list.previousElementSibling;
      if (this.remove(list, 'repeatedLists') && heading && !heading.querySelector('a')) {
        const headingText = this.index.text(heading);
        if (headingText.length > 0 && headingText.length <= 40) this.detach(heading);
      }
    }
  }

  /** Whether el's comparison key is `key`; elements with more letters are ruled out unread. */
  private hasKey(el: Element, key: string): boolean {
    return this.index.letters(el) <= key.length && this.index.key(el) === key;
  }

  /** Whether a child of `el` has the key `key`. */
  private childCarries(el: Element, key: string): boolean {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (this.hasKey(child, key)) return true;
    }
    return false;
  }

  hashtagLines(): void {
    for (const el of this.elements()) {
      // A hashtag line has a "#", which is cheaper to look for than its text to read.
      if (this.index.hashes(el) === 0 || this.index.letters(el) > 600 || !el.isConnected) continue;
      const text = this.index.text(el);
      if (text.length === 0 || text.length > 600 || !HASHTAG_LINE.test(text)) continue;
      const same = (parent: Element) => this.index.letters(parent) <= text.length && this.index.text(parent) === text;
      this.remove(this.climb(el, same), 'hashtagLines');
    }
  }

  /** "Gujarat News | Vadodara | Navratri | ગુજરાતી સમાચાર": a line of keywords, not a sentence. */
  keywordClouds(): void {
    for (const el of this.elements()) {
      if (this.index.pipes(el) < 3 || this.index.letters(el) > 2000 || !el.isConnected) continue;
      const text = this.index.text(el);
      if (text.length > 2000) continue;
      const parts = text.split('|').map((part) => part.trim()).filter(Boolean);
      const average = parts.reduce((sum, part) => sum + part.length, 0) / parts.length;
      if (parts.some((part) => part.length > 60 || /[.।!?](?:\s|$)/u.test(part)) || average > 35) {
        continue;
      }
      this.remove(el, 'keywordClouds');
    }
  }

  shareBars(): void {
    for (const el of this.marked.share) {
      if (el.isConnected && this.textFits(el, 120)) this.remove(el, 'shareBars');
    }
    for (const a of this.doc.body.querySelectorAll('a[href]')) {
      if (!a.isConnected || !SHARE_LINK.test(a.getAttribute('href') ?? '')) continue;
      this.remove(this.climb(a, (parent) => this.textFits(parent, 120)), 'shareBars');
    }
  }

  appBanners(): void {
    const hits = this.elements().filter((el) => {
      if (el.tagName === 'A' && APP_STORE_LINK.test(el.getAttribute('href') ?? '')) return true;
      if (this.index.letters(el) > 200) return false;
      const text = this.index.text(el);
      return (
        text.length > 0 &&
        text.length <= 200 &&
        APP_BANNER_TEXT.test(text) &&
        !Array.from(el.children).some((child) => APP_BANNER_TEXT.test(this.index.text(child)))
      );
    });
    for (const el of hits) {
      if (!el.isConnected) continue;
      this.remove(this.climb(el, (parent) => this.textFits(parent, 200)), 'appBanners');
    }
  }
}

/** Cleans `doc` (a clone) in place and says what it removed. */
export function cleanDocument(doc: Document, url: string): CleaningReport {
  const cleaner = new Cleaner(doc, url);
  cleaner.adSlots();
  cleaner.playerChrome();
  cleaner.formControls();
  cleaner.breadcrumbs();
  cleaner.labels();
  cleaner.headedBlocks();
  cleaner.shareBars();
  cleaner.appBanners();
  cleaner.repeatedLists();
  cleaner.hashtagLines();
  cleaner.keywordClouds();
  return cleaner.report;
}
