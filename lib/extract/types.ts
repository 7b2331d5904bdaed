/** What the pipeline hands from the page to the extension page. Everything here is plain,
 * structured-clonable data: it crosses from the content script to the popup. */

export interface Article {
  url: string;
  /** Plain text. Rendered as text, never as HTML. */
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, or null when the page gives no usable date. */
  publishedTime: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  /** Article HTML as the page gave it: untrusted until sanitized in the extension page. */
  content: string;
  textContent: string;
  /** Characters of text. */
  length: number;
  wordCount: number;
  readingMinutes: number;
  /** The id of the site rule that fired, or null. */
  rule: string | null;
}

export type DeclineReason =
  | 'not-article'
  | 'restricted'
  | 'pdf'
  | 'not-html'
  | 'file-access'
  | 'no-tab'
  | 'too-large'
  | 'error';

export interface Declined {
  ok: false;
  reason: DeclineReason;
  /** A short English explanation for logs and the CLI; the UI shows its own bilingual text. */
  message: string;
}

export type ExtractResult = { ok: true; article: Article } | Declined;

export function decline(reason: DeclineReason, message: string): Declined {
  return { ok: false, reason, message };
}
