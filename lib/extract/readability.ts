/** Step 4: Mozilla Readability, tuned for short news pages. */
import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  dir: string | null;
  lang: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** The article's root element, still in `doc`: post-processing works on it directly. */
  root: Element;
}

export const READABILITY_OPTIONS = {
  // News briefs run to a few hundred characters; the default 500 sends Readability round its
  // looser retry passes, which are slower and let boilerplate in.
  charThreshold: 250,
  nbTopCandidates: 5,
  keepClasses: false,
  // Metadata is read by our own step before scripts are removed.
  disableJSONLD: true,
} as const;

/** Runs Readability on `doc` (a clone: Readability changes it). */
export function runReadability(doc: Document, { stock = false } = {}): ReadabilityResult | null {
  // `stock`: Readability exactly as Firefox's Reader View runs it, for pages that are not Gujarati.
  const reader = new Readability<Element>(doc, {
    ...(stock ? {} : READABILITY_OPTIONS),
    serializer: (el) => el as Element,
  });
  const result = reader.parse();
  if (!result?.content) return null;
  return {
    title: result.title ?? null,
    byline: result.byline ?? null,
    dir: result.dir ?? null,
    lang: result.lang ?? null,
    excerpt: result.excerpt ?? null,
    siteName: result.siteName ?? null,
    publishedTime: result.publishedTime ?? null,
    root: result.content,
  };
}
