/** The reader's digit setting: keep the page's digits, or show Gujarati (૦–૯) or Latin (0–9) ones. */
import { toGujaratiDigits, toLatinDigits } from './gujarati';

export type DigitStyle = 'as-published' | 'gujarati' | 'latin';

/** 0-9 ↔ ૦-૯ (U+0AE6..U+0AEF); 'as-published' returns the text unchanged. */
export function convertDigits(text: string, style: DigitStyle): string {
  switch (style) {
    case 'gujarati':
      return toGujaratiDigits(text);
    case 'latin':
      return toLatinDigits(text);
    default:
      return text;
  }
}

/** Elements whose text is code, data or machine input: their digits are never rewritten. */
const SKIPPED = new Set(['CODE', 'PRE', 'KBD', 'SAMP', 'SCRIPT', 'STYLE', 'TEXTAREA', 'VAR']);

/**
 * Spans kept as published inside a text node: web and e-mail addresses, and Latin-letter
 * identifiers such as 4G, MP3 or H1N1 (Gujarati digits inside Latin letters read as noise).
 */
const KEEP = /(?:https?:\/\/|www\.)[^\s<>"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/gu;

const HAS_DIGIT = /[0-9\u0AE6-\u0AEF]/u;

function convertText(text: string, style: DigitStyle): string {
  if (style === 'as-published') return text;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(KEEP)) {
    out += convertDigits(text.slice(last, match.index), style) + match[0];
    last = match.index + match[0].length;
  }
  return out + convertDigits(text.slice(last), style);
}

interface Memory {
  /** The node's text as published. */
  original: string;
  /** What applyDigitStyle last wrote; if the node now holds something else, someone changed it. */
  written: string;
}

const memory = new WeakMap<Text, Memory>();

function isSkipped(node: Node, root: Element): boolean {
  for (let el = node.parentElement; el; el = el === root ? null : el.parentElement) {
    if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  }
  return false;
}

/**
 * Rewrites digits in the TEXT NODES under root (never attributes, URLs, or text inside <code>,
 * <pre>, <kbd>, <samp>, <script>, <style>), remembering each node's original text so that
 * switching back to 'as-published' restores it exactly. Digits glued to Latin letters (4G, MP3)
 * and e-mail addresses are kept too. Text changed by someone else since the last call counts as
 * the new original.
 */
export function applyDigitStyle(root: Element, style: DigitStyle): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);

  for (const node of nodes) {
    let remembered = memory.get(node);
    if (remembered && remembered.written !== node.data) {
      memory.delete(node);
      remembered = undefined;
    }
    const original = remembered?.original ?? node.data;
    if (!HAS_DIGIT.test(original) || isSkipped(node, root)) continue;
    const next = convertText(original, style);
    if (next === original) {
      memory.delete(node);
    } else {
      memory.set(node, { original, written: next });
    }
    if (node.data !== next) node.data = next;
  }
}
