/** The extraction pipeline: page → clone → metadata → site rule → prepare → clean → Readability
 * → post-process. Shared by the extension page and the CLI; sanitizing happens later, in the
 * extension page or the CLI, never in the web page. */
import { comparisonKey, gujaratiShare, normalizeText } from '../gujarati';
import { findSiteRule, type SiteRule } from '../sites';
import { cleanDocument, type CleaningReport } from './clean';
import { linkDensity, looksLikeProse, visibleText } from './dom';
import { normalizeDate, readMetadata, type PageMetadata } from './metadata';
import {
  detectDir,
  detectLang,
  findStandfirst,
  measureText,
  removeEmptyBlocks,
  removeRepeatedTitle,
  restoreStandfirst,
} from './post-process';
import { absolutizeUrls, prepareDocument } from './prepare';
import { runReadability } from './readability';
import { applySiteRule, type RuleOutcome } from './site-rule';
import { selectStory } from './stories';
import { chooseTitle } from './title';
import { decline, type ExtractResult } from './types';

export type { Article, Declined, DeclineReason, ExtractResult } from './types';

export interface ExtractOptions {
  /** Switch site rules off, to prove that general cleaning stands on its own. */
  useSiteRules?: boolean;
  rules?: readonly SiteRule[];
}

export interface ExtractDiagnostics {
  /** Milliseconds spent in each step, in order. */
  timings: Record<string, number>;
  rule: RuleOutcome | null;
  /** Null when the page is not Gujarati and general cleaning did not run. */
  cleaning: CleaningReport | null;
  gujarati: boolean;
}

/** Fewer characters than this is no article to read. */
const MIN_ARTICLE_CHARS = 140;

/** Live blogs are one story of many updates, whatever their markup looks like. */
function isLiveBlog(doc: Document): boolean {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).some((s) => /LiveBlogPosting/.test(s.textContent ?? ''));
}

/** Declared Gujarati, or most of the page's letters are Gujarati. */
function isGujaratiPage(doc: Document, meta: PageMetadata): boolean {
  if (meta.declaredLang?.toLowerCase().startsWith('gu')) return true;
  return gujaratiShare(visibleText(doc.body)) > 0.3;
}

function isListingPage(root: Element, meta: PageMetadata, url: string): string | null {
  // Paragraphs that read as prose, counted only as far as a check below asks: an article's first
  // few settle most checks.
  const paragraphs = root.querySelectorAll('p, li, div, blockquote');
  let scanned = 0;
  let prose = 0;
  let proseChars = 0;
  const countProse = (wanted: number): number => {
    while (prose < wanted && scanned < paragraphs.length) {
      const el = paragraphs[scanned++]!;
      if (el.children.length !== 0 && el.tagName !== 'P') continue;
      const text = normalizeText(el.textContent ?? '');
      if (looksLikeProse(text)) {
        prose++;
        proseChars += text.length;
      }
    }
    return prose;
  };
  let path = '/';
  try {
    path = new URL(url).pathname;
  } catch {
    // Keep the root path.
  }
  if (!meta.hasArticleType && path.replace(/\/+$/, '') === '' && countProse(3) < 3) {
    return 'This is a home page, not an article.';
  }
  let query = '';
  try {
    query = new URL(url).search;
  } catch {
    // No query.
  }
  if (!meta.hasArticleType && (/\/(?:search|tag|tags|topic|topics)(?:\/|$)/i.test(path) || /[?&](?:q|s|query|search)=/i.test(query))) {
    return 'This is a search or tag page, not an article.';
  }
  // Headlines that are links, one after another: a list of stories, whatever else it says.
  if (root.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href]').length >= 4) {
    return 'This page lists stories; it is not one article.';
  }
  if (meta.hasListingType && countProse(2) < 2) return 'This page lists stories; it is not one article.';
  if (countProse(1) === 0 && linkDensity(root) > 0.35) return 'This page is a list of links, not an article.';
  if (!meta.hasArticleType) {
    countProse(Infinity);
    if (proseChars < 300 && linkDensity(root) > 0.5) return 'This page is mostly links, not an article.';
  }
  return null;
}

/** Extracts the article from `doc`, which must be a clone: every step changes it. */
export function extractFromClone(
  doc: Document,
  url: string,
  options: ExtractOptions = {},
  diagnostics?: Partial<ExtractDiagnostics>,
): ExtractResult {
  if (!doc.body) return decline('not-article', 'The page has no body.');
  const timings: Record<string, number> = {};
  let last = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    timings[name] = now - last;
    last = now;
  };
  if (diagnostics) diagnostics.timings = timings;
  const story = isLiveBlog(doc) ? null : selectStory(doc, url, doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null);
  const meta = readMetadata(doc, story);
  const headings = Array.from(doc.querySelectorAll('h1'))
    .map((h) => normalizeText(h.textContent ?? ''))
    .filter(Boolean);
  const standfirst = findStandfirst(doc, meta.description);
  // Everything Gujarati-specific (rules, cleaning, post-processing) is for Gujarati pages; other
  // pages get stock Readability, so that Vanchan never reads them worse than Reader View does.
  const gujarati = isGujaratiPage(doc, meta);
  step('metadata');

  // The rule first: when it finds the article root, everything after works on that alone.
  const rule = options.useSiteRules === false || !gujarati ? null : findSiteRule(url, options.rules);
  const ruleOutcome = rule ? applySiteRule(doc, rule) : null;
  step('rule');
  if (gujarati) prepareDocument(doc, url);
  else absolutizeUrls(doc, url);
  step('prepare');
  const cleaning = gujarati ? cleanDocument(doc, url) : null;
  step('clean');
  if (diagnostics) {
    diagnostics.rule = ruleOutcome;
    diagnostics.cleaning = cleaning;
    diagnostics.gujarati = gujarati;
  }

  const result = runReadability(doc, { stock: !gujarati });
  step('readability');
  if (!result) return decline('not-article', 'No article text was found on this page.');

  const siteName = meta.siteName ?? result.siteName ?? hostnameOf(url);
  const title = chooseTitle({
    ruleTitle: ruleOutcome?.title ?? null,
    headline: meta.headline,
    declared: meta.titles,
    headings,
    readabilityTitle: result.title,
    siteName,
    url,
  });

  const root = result.root;
  if (gujarati) {
    removeRepeatedTitle(root, title);
    removeEmptyBlocks(root);
    restoreStandfirst(root, standfirst);
  }

  const listing = isListingPage(root, meta, url);
  if (listing) return decline('not-article', listing);

  const sample = normalizeText(root.textContent ?? '');
  const lang = detectLang(sample, meta.declaredLang ?? result.lang);
  const measures = measureText(root, lang, { paragraphs: gujarati });
  if (measures.length < MIN_ARTICLE_CHARS) {
    return decline('not-article', 'Too little text was found for an article.');
  }

  const excerpt = normalizeText(meta.description ?? result.excerpt ?? '') || null;
  const content = root.innerHTML;
  step('post');
  return {
    ok: true,
    article: {
      url,
      title,
      byline: cleanByline(ruleOutcome?.byline ?? meta.byline ?? result.byline),
      siteName,
      publishedTime:
        normalizeDate(ruleOutcome?.published) ?? meta.publishedTime ?? normalizeDate(result.publishedTime),
      lang,
      dir: detectDir(sample, result.dir),
      excerpt: excerpt && comparisonKey(excerpt) !== comparisonKey(title) ? excerpt : null,
      content,
      ...measures,
      rule: ruleOutcome?.fired && rule ? rule.id : null,
    },
  };
}

function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function cleanByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const clean = normalizeText(byline).replace(/^(?:by|લેખક|અહેવાલ)\s*[:-]?\s+/iu, '');
  if (!clean || clean.length > 120 || /^https?:/i.test(clean)) return null;
  return clean;
}


/** Parses a page snapshot (HTML text) into a fresh document. */
export function parseSnapshot(html: string, parser: DOMParser = new DOMParser()): Document {
  // A <base> element would set the parsed document's base URI, which the extension page's CSP
  // (base-uri 'none') refuses, loudly. URLs are made absolute against the page's address instead.
  return parser.parseFromString(html.replace(/<base\b[^>]*>/gi, ''), 'text/html');
}

/** Parses a page snapshot (HTML text) into a fresh document and extracts its article. Runs in
 * the extension page, never in the web page: the page's thread is only held for the snapshot. */
export function extractFromHtml(html: string, url: string, options: ExtractOptions = {}, parser: DOMParser = new DOMParser()): ExtractResult {
  return extractFromClone(parseSnapshot(html, parser), url, options);
}
