/** The content script's whole job: a snapshot of the page as HTML, taken in slices so that the
 * page's main thread is never held for long, whatever the page's size. The extension page parses
 * the snapshot and runs the pipeline there, off the page's thread (see README, Performance). */
import { decline, type Declined } from './types';

export interface PageSnapshot {
  ok: true;
  url: string;
  html: string;
  /** Elements in the snapshot. */
  elements: number;
  /** Cards left out, with all they hold, as more of a run of alike link cards (see RUN_LIMIT). */
  trimmed: number;
}

export type SnapshotResult = PageSnapshot | Declined;

export interface SnapshotOptions {
  /** Longest stretch of work before letting the page run, in ms. */
  sliceMs?: number;
  /** Snapshots larger than this are refused: the reader could not show them in time. */
  maxChars?: number;
  /** Snapshots of more elements than this are refused, as soon as they reach it: a news article
   * page has a few thousand once endless card lists are cut; tens of thousands more would hold
   * the reader for seconds. */
  maxElements?: number;
  /** Pages of up to this many elements are copied natively (see NATIVE_LIMIT). */
  nativeLimit?: number;
  now?: () => number;
  yieldToPage?: () => Promise<void>;
}

/** Pages repeat a story card (a linked headline, a list item) without end: infinite feeds,
 * "more stories" lists, archives. In a run of alike siblings (same tag and class) that carry
 * links, those past this many are left out: they are more of the same, no article is a run of
 * links, and a 150,000-element page becomes a few thousand elements to copy and parse. */
export const RUN_LIMIT = 100;

/** Elements a reader never needs, left out of the snapshot (JSON-LD scripts are kept: they carry
 * metadata; so are the links that say which story the page is, a canonical address or
 * microdata's url or mainEntityOfPage, with which pages of several stories are narrowed). One
 * selector serves both ways of copying. */
// Media elements too: the reader shows no players, and their sources would be fetched (and
// refused by the extension page's CSP) the moment the snapshot is parsed.
const SKIPPED = [
  'style', 'template', 'svg', 'canvas', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'noscript', 'applet', 'portal', 'video', 'audio', 'track',
  'script:not([type="application/ld+json"])',
  'meta[http-equiv]',
  'link:not([rel~="canonical" i]):not([itemprop])',
].join(', ');
const VOID = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'SOURCE', 'TRACK', 'WBR']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** What a snapshot does with an attribute: event handlers and inline styles only serve a live
 * page (and the extension page's CSP would refuse, and report, both), but a style that hides an
 * element becomes the hidden attribute, which extraction understands. */
function attributeFate(attr: Attr): 'keep' | 'drop' | 'hide' {
  // Most attributes are neither: two character codes say so without a new string.
  const name = attr.name;
  const first = name.charCodeAt(0) | 0x20;
  if (first === 0x73 /* s */ && name.length === 5 && name.toLowerCase() === 'style') return HIDDEN_STYLE.test(attr.value) ? 'hide' : 'drop';
  return first === 0x6f /* o */ && (name.charCodeAt(1) | 0x20) === 0x6e /* n */ ? 'drop' : 'keep';
}

/** JSON-LD stays raw text; "</" is escaped so that it cannot close the script early. */
function escapeJsonLd(text: string): string {
  return text.replace(/<\//g, '<\\/');
}

/** Pages of up to this many elements are copied by the browser's own cloning and serialising;
 * larger ones by the sliced walk, which lets the page run and cuts endless runs of cards. */
export const NATIVE_LIMIT = 15_000;

/** The snapshot by the browser's own cloning and serialising: several times faster than the
 * walk, and for a page of ordinary size over in a few milliseconds, before the page could
 * notice. It makes the same copy: the same elements left out, and the same attributes. */
function copyNatively(doc: Document): string {
  // Into a document of its own, without a window: nothing in the copy loads or runs, and the
  // page's custom elements are not constructed again.
  const inert = doc.implementation.createHTMLDocument('');
  const root = inert.importNode(doc.documentElement, true);
  for (const el of root.querySelectorAll(SKIPPED)) el.remove();
  // Comments too, as the walk leaves them out.
  const comments = inert.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const found: Node[] = [];
  for (let node = comments.nextNode(); node; node = comments.nextNode()) found.push(node);
  for (const node of found) node.parentNode?.removeChild(node);
  for (const el of root.querySelectorAll('script')) el.textContent = escapeJsonLd(el.textContent ?? '');
  // The root too: querySelectorAll('*') leaves it out.
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const attributes = el.attributes;
    // Backwards: removing an attribute, or adding hidden at the end, moves none still to visit.
    for (let i = attributes.length - 1; i >= 0; i--) {
      const attr = attributes[i]!;
      const fate = attributeFate(attr);
      if (fate === 'keep') continue;
      if (fate === 'hide' && !el.hasAttribute('hidden')) el.setAttribute('hidden', '');
      el.removeAttribute(attr.name);
    }
  }
  return `<!doctype html>${root.outerHTML}`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The start tag, with its attributes as attributeFate says. */
function openTag(el: Element): string {
  let tag = `<${el.localName}`;
  let hidden = false;
  for (const attr of Array.from(el.attributes)) {
    const fate = attributeFate(attr);
    if (fate === 'keep') tag += ` ${attr.name}="${attr.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    else hidden ||= fate === 'hide';
  }
  if (hidden && !el.hasAttribute('hidden')) tag += ' hidden';
  return `${tag}>`;
}

/** Lets the page's own tasks run between slices. */
function defaultYield(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Whether `el` is one more of the run its previous element sibling belongs to. */
function sameKind(el: Element, previous: Element | null): boolean {
  return previous !== null && previous.tagName === el.tagName && previous.getAttribute('class') === el.getAttribute('class');
}

function carriesLink(el: Element): boolean {
  return el.tagName.toUpperCase() === 'A' || el.querySelector('a[href]') !== null;
}

export async function snapshotPage(doc: Document, url: string, options: SnapshotOptions = {}): Promise<SnapshotResult> {
  const { sliceMs = 16, maxChars = 10_000_000, maxElements = 60_000, nativeLimit = NATIVE_LIMIT, now = () => performance.now(), yieldToPage = defaultYield } = options;
  try {
    const type = doc.contentType?.toLowerCase() ?? 'text/html';
    if (type === 'application/pdf') return decline('pdf', 'This is a PDF document.');
    if (!/html|xml/.test(type)) return decline('not-html', `This page is ${type}, not a web page.`);
    const root = doc.documentElement;
    if (!root) return decline('not-article', 'The page is empty.');

    // Whether the page has more than nativeLimit elements, without counting all of a huge page's
    // (reading .length walks the whole tree at once: tens of milliseconds at 150,000 elements).
    const all = root.getElementsByTagName('*');
    if (nativeLimit === Infinity || all.item(nativeLimit) === null) {
      const pageElements = all.length;
      const html = copyNatively(doc);
      if (html.length > maxChars) return decline('too-large', 'This page is too large to read quickly.');
      return { ok: true, url, html, elements: pageElements, trimmed: 0 };
    }

    const parts: string[] = ['<!doctype html>'];
    let size = 0;
    let elements = 0;
    let trimmed = 0;
    let sliceStart = now();
    const push = (part: string) => {
      parts.push(part);
      size += part.length;
    };

    let steps = 0;
    // Called for every node, copied or left out. Reading the clock costs too; look every 64.
    const pace = async () => {
      if ((++steps & 63) === 0 && now() - sliceStart > sliceMs) {
        await yieldToPage();
        sliceStart = now();
      }
    };
    // False once the snapshot has grown past its limits: the walk stops there.
    const visit = async (node: Node): Promise<boolean> => {
      await pace();
      if (node.nodeType === 3) {
        push(escapeText(node.nodeValue ?? ''));
        return size <= maxChars;
      }
      if (node.nodeType !== 1) return true;
      const el = node as Element;
      if (el.matches(SKIPPED)) return true;
      if (++elements > maxElements) return false;
      push(openTag(el));
      const tag = el.tagName.toUpperCase();
      if (VOID.has(tag)) return size <= maxChars;
      if (tag === 'SCRIPT') {
        push(escapeJsonLd(el.textContent ?? ''));
      } else {
        let previous: Element | null = null;
        let run = 0;
        for (let child = el.firstChild; child; child = child.nextSibling) {
          if (child.nodeType === 1) {
            const childEl = child as Element;
            run = sameKind(childEl, previous) ? run + 1 : 1;
            previous = childEl;
            if (run > RUN_LIMIT && carriesLink(childEl)) {
              trimmed++;
              await pace();
              continue;
            }
          }
          if (!(await visit(child))) return false;
        }
      }
      push(`</${el.localName}>`);
      return size <= maxChars;
    };

    if (!(await visit(root))) {
      return decline('too-large', elements > maxElements ? `This page has more than ${maxElements} elements to read, too many to read quickly.` : 'This page is too large to read quickly.');
    }
    return { ok: true, url, html: parts.join(''), elements, trimmed };
  } catch (error) {
    return decline('error', error instanceof Error ? error.message : String(error));
  }
}
