/** The content script's side: read the live page without changing it. */
import { extractFromClone, type ExtractOptions } from './index';
import { decline, type ExtractResult } from './types';

/** Pages bigger than this are not read whole: the tab would freeze. */
export const MAX_ELEMENTS = 200_000;

export interface LivePageOptions extends ExtractOptions {
  maxElements?: number;
}

export function extractFromPage(doc: Document, url: string, options: LivePageOptions = {}): ExtractResult {
  try {
    const type = doc.contentType?.toLowerCase() ?? 'text/html';
    if (type === 'application/pdf') return decline('pdf', 'This is a PDF document.');
    if (!/html|xml/.test(type)) return decline('not-html', `This page is ${type}, not a web page.`);
    if (doc.getElementsByTagName('*').length > (options.maxElements ?? MAX_ELEMENTS)) {
      return decline('too-large', 'This page is too large to read safely.');
    }
    // A deep clone is a snapshot: the live page is never touched, and a page that changes
    // while we read it cannot change what we read.
    const clone = doc.cloneNode(true) as Document;
    return extractFromClone(clone, url, options);
  } catch (error) {
    return decline('error', error instanceof Error ? error.message : String(error));
  }
}
