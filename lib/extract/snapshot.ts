/** The content script's whole job: a snapshot of the page as HTML, taken in slices so that the
 * page's main thread is never held for long, whatever the page's size. The extension page parses
 * the snapshot and runs the pipeline there, off the page's thread (see README, Performance). */
import { decline, type Declined } from './types';

export interface PageSnapshot {
  ok: true;
  url: string;
  html: string;
  /** Elements in the page when the snapshot was taken. */
  elements: number;
}

export type SnapshotResult = PageSnapshot | Declined;

export interface SnapshotOptions {
  /** Longest stretch of work before letting the page run, in ms. */
  sliceMs?: number;
  /** Snapshots larger than this are refused: the reader could not show them in time. */
  maxChars?: number;
  /** Pages with more elements than this are refused at once, before any work: a news article
   * page has a few thousand; one with tens of thousands would hold the reader for seconds. */
  maxElements?: number;
  now?: () => number;
  yieldToPage?: () => Promise<void>;
}

/** Elements a reader never needs; skipped (JSON-LD scripts are kept: they carry metadata). */
// Media elements too: the reader shows no players, and their sources would be fetched (and
// refused by the extension page's CSP) the moment the snapshot is parsed.
const SKIPPED = new Set(['STYLE', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'LINK', 'BASE', 'NOSCRIPT', 'APPLET', 'PORTAL', 'VIDEO', 'AUDIO', 'TRACK']);
const VOID = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'SOURCE', 'TRACK', 'WBR']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function skipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'SCRIPT') return el.getAttribute('type') !== 'application/ld+json';
  if (tag === 'META') return el.hasAttribute('http-equiv');
  return SKIPPED.has(tag);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The start tag without what only a live page needs: event handlers and inline styles (a style
 * that hides an element becomes the hidden attribute, which extraction understands). The
 * extension page parses the snapshot, and its CSP would refuse, and report, both. */
function openTag(el: Element): string {
  let tag = `<${el.localName}`;
  let hidden = false;
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('on')) continue;
    if (name === 'style') {
      hidden ||= HIDDEN_STYLE.test(attr.value);
      continue;
    }
    tag += ` ${attr.name}="${attr.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
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

export async function snapshotPage(doc: Document, url: string, options: SnapshotOptions = {}): Promise<SnapshotResult> {
  const { sliceMs = 16, maxChars = 30_000_000, maxElements = 60_000, now = () => performance.now(), yieldToPage = defaultYield } = options;
  try {
    const type = doc.contentType?.toLowerCase() ?? 'text/html';
    if (type === 'application/pdf') return decline('pdf', 'This is a PDF document.');
    if (!/html|xml/.test(type)) return decline('not-html', `This page is ${type}, not a web page.`);
    const root = doc.documentElement;
    if (!root) return decline('not-article', 'The page is empty.');

    const parts: string[] = ['<!doctype html>'];
    let size = 0;
    let sliceStart = now();
    const push = (part: string) => {
      parts.push(part);
      size += part.length;
    };

    let steps = 0;
    const visit = async (node: Node): Promise<boolean> => {
      // Reading the clock costs too; look at it every 64 nodes.
      if ((++steps & 63) === 0 && now() - sliceStart > sliceMs) {
        await yieldToPage();
        sliceStart = now();
      }
      if (size > maxChars) return false;
      if (node.nodeType === 3) {
        push(escapeText(node.nodeValue ?? ''));
        return true;
      }
      if (node.nodeType !== 1) return true;
      const el = node as Element;
      if (skipped(el)) return true;
      push(openTag(el));
      if (VOID.has(el.tagName.toUpperCase())) return true;
      if (el.tagName.toUpperCase() === 'SCRIPT') {
        // JSON-LD stays raw text; "</" is escaped so that it cannot close the script early.
        push((el.textContent ?? '').replace(/<\//g, '<\\/'));
      } else {
        for (let child = el.firstChild; child; child = child.nextSibling) if (!(await visit(child))) return false;
      }
      push(`</${el.localName}>`);
      return true;
    };

    const elements = root.getElementsByTagName('*').length;
    if (elements > maxElements) return decline('too-large', `This page has ${elements} elements, too many to read quickly.`);
    if (!(await visit(root))) return decline('too-large', 'This page is too large to read safely.');
    return { ok: true, url, html: parts.join(''), elements };
  } catch (error) {
    return decline('error', error instanceof Error ? error.message : String(error));
  }
}
