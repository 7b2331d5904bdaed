/** The one message that crosses from the page to the extension: the content script's result.
 * It comes from a page we do not trust, so its shape is checked before use. */
import type { Article, DeclineReason, ExtractResult } from './extract/types';

const REASONS: ReadonlySet<DeclineReason> = new Set([
  'not-article', 'restricted', 'pdf', 'not-html', 'file-access', 'no-tab', 'too-large', 'error',
]);

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
function isNullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}
function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function isArticle(value: unknown): value is Article {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    isString(a.url) &&
    isString(a.title) &&
    isNullableString(a.byline) &&
    isNullableString(a.siteName) &&
    isNullableString(a.publishedTime) &&
    isString(a.lang) &&
    (a.dir === 'ltr' || a.dir === 'rtl') &&
    isNullableString(a.excerpt) &&
    isString(a.content) &&
    isString(a.textContent) &&
    isCount(a.length) &&
    isCount(a.wordCount) &&
    isCount(a.readingMinutes) &&
    isNullableString(a.rule)
  );
}

export function isExtractResult(value: unknown): value is ExtractResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  if (r.ok === true) return isArticle(r.article);
  return r.ok === false && REASONS.has(r.reason as DeclineReason) && isString(r.message);
}
