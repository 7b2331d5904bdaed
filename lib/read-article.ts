/** The article of a tab: its snapshot (tab-connector.ts), parsed and read here, in the extension
 * page. The page's own thread only took the snapshot. */
import { extractFromHtml } from './extract';
import type { SnapshotResult } from './extract/snapshot';
import type { ExtractResult } from './extract/types';
import { requestSnapshot } from './tab-connector';

export type ArticleLoader = () => Promise<ExtractResult>;

export async function articleFromSnapshot(pending: Promise<SnapshotResult>): Promise<ExtractResult> {
  const snapshot = await pending;
  if (!snapshot.ok) return snapshot;
  return extractFromHtml(snapshot.html, snapshot.url);
}

export function loadArticleFromTab(search = globalThis.location?.search ?? ''): Promise<ExtractResult> {
  return articleFromSnapshot(requestSnapshot(search));
}
