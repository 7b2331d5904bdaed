/** Bundled into the benchmark's pages: Vanchan's extraction and stock Readability side by side,
 * on the same document, in the same browser. */
import { Readability } from '@mozilla/readability';
import { extractFromClone, extractFromHtml, type ExtractDiagnostics } from '../../lib/extract';
import { snapshotPage } from '../../lib/extract/snapshot';

async function vanchan(url: string): Promise<{ ok: boolean; snapshotMs: number; totalMs: number }> {
  const start = performance.now();
  const snapshot = await snapshotPage(document, url, { yieldToPage: () => Promise.resolve() });
  const snapshotMs = performance.now() - start;
  const result = snapshot.ok ? extractFromHtml(snapshot.html, url) : snapshot;
  return { ok: result.ok, snapshotMs, totalMs: performance.now() - start };
}

function stock(): { ok: boolean; totalMs: number } {
  const start = performance.now();
  const clone = document.cloneNode(true) as Document;
  if (!clone.documentElement) return { ok: false, totalMs: performance.now() - start };
  const article = new Readability(clone).parse();
  return { ok: Boolean(article), totalMs: performance.now() - start };
}

/** Where the time goes, step by step, for one run. */
async function profile(url: string): Promise<Record<string, number>> {
  let t = performance.now();
  const snapshot = await snapshotPage(document, url, { yieldToPage: () => Promise.resolve() });
  const out: Record<string, number> = { snapshot: performance.now() - t };
  if (!snapshot.ok) return out;
  t = performance.now();
  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  out.parse = performance.now() - t;
  const diagnostics: Partial<ExtractDiagnostics> = {};
  extractFromClone(doc, url, {}, diagnostics);
  return { ...out, ...diagnostics.timings };
}

(globalThis as unknown as { __vanchanBench: unknown }).__vanchanBench = { vanchan, stock, profile };
