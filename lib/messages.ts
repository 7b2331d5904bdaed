/** The one message that crosses from the page to the extension: the content script's snapshot.
 * It comes from a page we do not trust, so its shape is checked before use. */
import type { SnapshotResult } from './extract/snapshot';
import type { DeclineReason } from './extract/types';

const REASONS: ReadonlySet<DeclineReason> = new Set([
  'not-article', 'restricted', 'pdf', 'not-html', 'file-access', 'no-tab', 'too-large', 'error',
]);

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isDeclined(r: Record<string, unknown>): boolean {
  return r.ok === false && REASONS.has(r.reason as DeclineReason) && isString(r.message);
}

/** What the content script sends: the page's HTML, or why it could not take it. */
export function isSnapshotResult(value: unknown): value is SnapshotResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  if (r.ok === true) return isString(r.url) && isString(r.html) && isCount(r.elements) && isCount(r.trimmed);
  return isDeclined(r);
}
