/** Pages that stack several stories (infinite scroll): keep only the story at the URL being
 * read. The address bar follows the reader as they scroll, so the URL names the story. */
import { normalizeText } from '../gujarati';
import { PROSE_LENGTH, exceedsLetters, looksLikeProse } from './dom';

const STORY_URL_ATTRIBUTES = ['data-url', 'data-story-url', 'data-article-url', 'data-permalink', 'data-share-url', 'data-href', 'data-link'];
const STORY_CANDIDATES = ['article', '[itemtype*="NewsArticle"]', '[itemtype*="schema.org/Article"]', ...STORY_URL_ATTRIBUTES.map((a) => `[${a}]`)].join(',');

/** Whether `el` holds at least `wanted` paragraphs that read as prose. */
function hasProse(el: Element, wanted: number): boolean {
  let count = 0;
  for (const p of el.querySelectorAll('p')) {
    // Long texts always read as prose: past that many stable letters, no need to normalise.
    if ((exceedsLetters(p, PROSE_LENGTH - 1) || looksLikeProse(normalizeText(p.textContent ?? ''))) && ++count >= wanted) return true;
  }
  return false;
}

function isStory(el: Element): boolean {
  const named = el.querySelector('h1') !== null || STORY_URL_ATTRIBUTES.some((a) => el.hasAttribute(a));
  return named && hasProse(el, 2);
}

/** A URL in the form pages write it in many ways: no fragment, no query, no trailing slash. */
function urlKey(value: string, base: string): string | null {
  try {
    const url = new URL(value, base);
    return `${url.host.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

function namesUrl(story: Element, wanted: string, base: string): boolean {
  const values = [
    ...story.getAttributeNames().map((name) => story.getAttribute(name) ?? ''),
    ...Array.from(story.querySelectorAll('[itemprop="url"], [itemprop="mainEntityOfPage"], link[rel="canonical"]')).map(
      (el) => el.getAttribute('content') ?? el.getAttribute('href') ?? el.getAttribute('itemid') ?? '',
    ),
  ];
  if (values.some((value) => /^(?:https?:)?\//.test(value) && urlKey(value, base) === wanted)) return true;
  // Per-story JSON-LD: mainEntityOfPage or url naming the page.
  return Array.from(story.querySelectorAll('script[type="application/ld+json"]')).some((script) =>
    Array.from((script.textContent ?? '').matchAll(/"(?:@id|url)"\s*:\s*"([^"]+)"/g)).some((m) => urlKey(m[1]!, base) === wanted),
  );
}

/** The stories on the page, innermost first-class story containers only. */
export function findStories(doc: Document): Element[] {
  const candidates = Array.from(doc.body.querySelectorAll(STORY_CANDIDATES)).filter(isStory);
  return candidates.filter((outer) => !candidates.some((inner) => inner !== outer && outer.contains(inner)));
}

/** Narrows `doc` to the story the URL names when it holds several; returns that story or null. */
export function selectStory(doc: Document, url: string, canonical: string | null): Element | null {
  const stories = findStories(doc);
  if (stories.length < 2) return null;
  const wanted = [url, canonical].map((u) => (u ? urlKey(u, url) : null)).filter((k): k is string => Boolean(k));
  const chosen = stories.find((story) => wanted.some((key) => namesUrl(story, key, url))) ?? stories[0]!;
  for (const story of stories) if (story !== chosen) story.remove();
  return chosen;
}
