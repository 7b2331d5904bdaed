/** The article of a tab: its snapshot (tab-connector.ts's requestSnapshot), parsed and read
 * here, in the extension page. The page's own thread only took the snapshot. */
import { extractFromHtml } from './extract';
import type { SnapshotResult } from './extract/snapshot';
import type { ExtractResult } from './extract/types';

export type ArticleLoader = () => Promise<ExtractResult>;

export async function articleFromSnapshot(pending: Promise<SnapshotResult>): Promise<ExtractResult> {
  const snapshot = await pending;
  if (!snapshot.ok) return snapshot;
  return extractFromHtml(snapshot.html, snapshot.url);
}
