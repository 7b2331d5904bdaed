/** Reads what the page says about itself (JSON-LD, Open Graph, meta tags) before any cleaning. */
import { normalizeText } from '../gujarati';

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'scholarlyarticle',
  'techarticle',
  'report',
]);
const LISTING_TYPES = new Set(['website', 'collectionpage', 'itemlist', 'searchresultspage']);

export interface PageMetadata {
  titles: string[];
  headline: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  description: string | null;
  declaredLang: string | null;
  /** Schema.org and og:type values, lower case. */
  types: string[];
  hasArticleType: boolean;
  hasListingType: boolean;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Flattens JSON-LD: arrays, @graph and nested objects, so every typed node is visited. */
function collectNodes(value: unknown, into: JsonObject[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (value['@type']) into.push(value);
  if (value['@graph']) collectNodes(value['@graph'], into, depth + 1);
  if (isObject(value.mainEntity)) collectNodes(value.mainEntity, into, depth + 1);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

function text(value: unknown): string | null {
  if (typeof value === 'string') {
    const clean = normalizeText(decodeEntities(value));
    return clean || null;
  }
  return null;
}

/** JSON-LD strings sometimes carry entities (&amp;, &#39;); decode the common ones as text. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, code: string) => {
    const lower = code.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    if (lower === 'nbsp') return ' ';
    const n = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : '';
  });
}

function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return text(value) ? [text(value)!] : [];
  if (isObject(value)) {
    const name = text(value.name);
    return name ? [name] : [];
  }
  return [];
}

function readJsonLd(doc: Document, story: Element | null): JsonObject[] {
  const nodes: JsonObject[] = [];
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
  // On a page of several stories, the chosen story's own JSON-LD speaks first.
  if (story) scripts.sort((a, b) => Number(story.contains(b)) - Number(story.contains(a)));
  for (const script of scripts) {
    try {
      collectNodes(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // Broken JSON-LD is common; the meta tags are the fallback.
    }
  }
  return nodes;
}

/** The page's <meta> tags by property and by name, the first of each in document order: read in
 * one pass, where a selector search per key would walk a large page dozens of times. */
class MetaTags {
  private readonly byProperty = new Map<string, Element>();
  private readonly byName = new Map<string, Element>();

  constructor(doc: Document) {
    for (const el of doc.querySelectorAll('meta')) {
      const property = el.getAttribute('property');
      if (property !== null && !this.byProperty.has(property)) this.byProperty.set(property, el);
      const name = el.getAttribute('name');
      if (name !== null && !this.byName.has(name)) this.byName.set(name, el);
    }
  }

  /** The first of `keys` the page states: as doc.querySelector(`meta[property="${key}"]`) ??
   * doc.querySelector(`meta[name="${key}"]`) would find it. */
  get(...keys: string[]): string | null {
    for (const key of keys) {
      const el = this.byProperty.get(key) ?? this.byName.get(key);
      const value = text(el?.getAttribute('content'));
      if (value) return value;
    }
    return null;
  }
}

/** A date the page states, as ISO 8601, or null when it does not parse. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(time).toISOString();
}

export function readMetadata(doc: Document, story: Element | null = null): PageMetadata {
  const nodes = readJsonLd(doc, story);
  const tags = new MetaTags(doc);
  const articleNode = nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t)));
  const types = [...new Set(nodes.flatMap(typesOf))];
  const ogType = tags.get('og:type')?.toLowerCase();
  if (ogType) types.push(`og:${ogType}`);

  const headline = text(articleNode?.headline) ?? text(articleNode?.name);
  const publisher = nodes.find((n) => typesOf(n).some((t) => /organization$/.test(t)));
  const authorNames = articleNode ? names(articleNode.author) : [];

  const published =
    normalizeDate(text(articleNode?.datePublished)) ??
    normalizeDate(tags.get('article:published_time', 'og:article:published_time')) ??
    normalizeDate(tags.get('publish-date', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued')) ??
    normalizeDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'));

  const titles = [
    headline,
    tags.get('og:title', 'twitter:title'),
    text(doc.querySelector('title')?.textContent),
  ].filter((t): t is string => Boolean(t));

  const metaAuthor = tags.get('author', 'article:author', 'dc.creator');
  const byline =
    (authorNames.length ? authorNames.join(', ') : null) ??
    (metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : null);

  return {
    titles,
    headline,
    byline,
    siteName:
      tags.get('og:site_name', 'application-name') ??
      (publisher ? text(publisher.name) : null) ??
      (articleNode && isObject(articleNode.publisher) ? text(articleNode.publisher.name) : null),
    publishedTime: published,
    description: tags.get('description', 'og:description', 'twitter:description'),
    declaredLang: doc.documentElement.getAttribute('lang')?.trim() || null,
    types,
    hasArticleType: Boolean(articleNode) || ogType === 'article',
    hasListingType: types.some((t) => LISTING_TYPES.has(t.replace(/^og:/, ''))) && !articleNode,
  };
}
