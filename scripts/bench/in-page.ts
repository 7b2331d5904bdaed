/** Bundled into the benchmark's pages: Vanchan's extraction and stock Readability side by side,
 * on the same document, in the same browser. */
import { Readability } from '@mozilla/readability';
import { extractFromHtml } from '../../lib/extract';
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

(globalThis as unknown as { __vanchanBench: unknown }).__vanchanBench = { vanchan, stock };
