/** "Save this page for a rule fix": one JSON file with the page, its URL and what Vanchan made
 * of it, which a reader can attach to a report and `npm run new-portal` can read. */
import type { ExtractResult } from './extract/types';

export const PAGE_REPORT_FORMAT = 'vanchan-page-report';
export const PAGE_REPORT_VERSION = 1;

export interface PageReport {
  format: typeof PAGE_REPORT_FORMAT;
  version: typeof PAGE_REPORT_VERSION;
  url: string;
  savedAt: string;
  extension: string;
  extracted: Record<string, unknown>;
  html: string;
}

export function buildPageReport(snapshot: { url: string; html: string }, result: ExtractResult, now: Date, extension: string): PageReport {
  const extracted = result.ok
    ? (({ content: _content, ...rest }) => ({ ok: true, ...rest }))(result.article)
    : { ok: false, reason: result.reason, message: result.message };
  return {
    format: PAGE_REPORT_FORMAT,
    version: PAGE_REPORT_VERSION,
    url: snapshot.url,
    savedAt: now.toISOString(),
    extension,
    extracted,
    html: snapshot.html,
  };
}

export function reportFileName(url: string, now: Date): string {
  let host = 'page';
  try {
    host = new URL(url).hostname.replace(/^www\./, '').replace(/[^a-z0-9.-]/gi, '_') || 'page';
  } catch {
    // A page without a host still gets a file.
  }
  return `vanchan-${host}-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

export function isPageReport(value: unknown): value is PageReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return r.format === PAGE_REPORT_FORMAT && typeof r.url === 'string' && typeof r.html === 'string';
}
