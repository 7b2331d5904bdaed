/** Bundled into the benchmark's pages: Vanchan's extraction and stock Readability side by side,
 * on the same document, in the same browser. */
import { Readability } from '@mozilla/readability';
import { extractFromClone, parseSnapshot, type ExtractDiagnostics } from '../../lib/extract';
import { snapshotPage } from '../../lib/extract/snapshot';

/** Vanchan's whole extraction (what extractFromHtml does after the snapshot, in two timed parts):
 * the snapshot in the page, its parse, and the pipeline. */
async function vanchan(url: string): Promise<{ ok: boolean; snapshotMs: number; parseMs: number; totalMs: number }> {
  const start = performance.now();
  const snapshot = await snapshotPage(document, url, { yieldToPage: () => Promise.resolve() });
  const snapshotMs = performance.now() - start;
  if (!snapshot.ok) return { ok: false, snapshotMs, parseMs: 0, totalMs: snapshotMs };
  const doc = parseSnapshot(snapshot.html);
  const parseMs = performance.now() - start - snapshotMs;
  const result = extractFromClone(doc, url);
  return { ok: result.ok, snapshotMs, parseMs, totalMs: performance.now() - start };
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
  const doc = parseSnapshot(snapshot.html);
  out.parse = performance.now() - t;
  const diagnostics: Partial<ExtractDiagnostics> = {};
  extractFromClone(doc, url, {}, diagnostics);
  return { ...out, ...diagnostics.timings };
}

(globalThis as unknown as { __vanchanBench: unknown }).__vanchanBench = { vanchan, stock, profile };
