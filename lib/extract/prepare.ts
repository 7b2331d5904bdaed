/** Step 2: make a clone readable on its own: absolute URLs, real image sources, no scripts. */

const LAZY_SRC_ATTRIBUTES = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
] as const;
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'] as const;

/** Placeholders that sites put in src until a lazy loader swaps in the real image. */
function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  const value = src.trim();
  if (/^data:/i.test(value)) return true;
  if (/^about:blank/i.test(value)) return true;
  return /(?:^|[/_.-])(?:blank|spacer|placeholder|lazy|loader|loading|grey|gray|pixel|transparent|1x1)(?:[._-]|\.(?:gif|png|svg|jpe?g|webp))/i.test(
    value,
  );
}

/** A path ("/gujarat/news/story-1") with nothing to percent-encode and no dot segments: against
 * an http(s) base it resolves to the base's origin plus itself. Large pages have tens of
 * thousands of such links, and the URL parser is slow enough to matter there. */
const PLAIN_PATH = /^\/(?!\/)[\w\-.~/]*$/;
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;
let lastBase: string | null = null;
let lastOrigin: string | null = null;

/** "https://x.example/a/b" → "https://x.example" (with any credentials and port), or null for
 * a base that is not http(s). */
function originOf(base: string): string | null {
  if (base !== lastBase) {
    lastBase = base;
    try {
      const root = new URL('/', base);
      lastOrigin = root.protocol === 'http:' || root.protocol === 'https:' ? root.href.slice(0, -1) : null;
    } catch {
      lastOrigin = null;
    }
  }
  return lastOrigin;
}

export function absoluteUrl(value: string, base: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (PLAIN_PATH.test(trimmed) && !DOT_SEGMENT.test(trimmed)) {
    const origin = originOf(base);
    if (origin !== null) return origin + trimmed;
  }
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}

function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      const absolute = url ? absoluteUrl(url, base) : null;
      return absolute ? [absolute, ...descriptor].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

/** The widest candidate of a srcset, for an <img> that has no usable src. */
export function largestSrcsetCandidate(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const candidate of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const size = parseFloat(descriptor) || 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

function promoteLazyImage(img: Element, base: string): void {
  const current = img.getAttribute('src');
  if (!isPlaceholderSrc(current)) return;
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const value = img.getAttribute(name);
    if (value && !isPlaceholderSrc(value)) {
      const absolute = absoluteUrl(value, base);
      if (absolute) {
        img.setAttribute('src', absolute);
        return;
      }
    }
  }
  const srcset =
    LAZY_SRCSET_ATTRIBUTES.map((name) => img.getAttribute(name)).find(Boolean) ??
    img.getAttribute('srcset');
  const fromSrcset = srcset ? largestSrcsetCandidate(srcset) : null;
  const absolute = fromSrcset ? absoluteUrl(fromSrcset, base) : null;
  if (absolute) img.setAttribute('src', absolute);
}

const URL_ATTRIBUTES: ReadonlyArray<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['img[src]', 'src'],
  ['video[poster]', 'poster'],
  ['source[src]', 'src'],
  ['blockquote[cite]', 'cite'],
  ['q[cite]', 'cite'],
];

/** Every selector above is "tag[attribute]". */
const URL_SELECTOR = URL_ATTRIBUTES.map(([selector]) => selector).join(', ');
const URL_ATTRIBUTE_BY_TAG = new Map(URL_ATTRIBUTES.map(([selector, attribute]) => [selector.slice(0, selector.indexOf('[')), attribute]));

/** Prepares `doc` in place. `doc` must be a clone: this changes it. */
export function prepareDocument(doc: Document, baseUrl: string): void {
  for (const img of doc.querySelectorAll('img')) promoteLazyImage(img, baseUrl);
  absolutizeUrls(doc, baseUrl);
  for (const img of doc.querySelectorAll('img[loading]')) img.removeAttribute('loading');

  // JSON-LD has been read by now (metadata step); scripts, styles and templates carry no text
  // a reader wants and slow every later step.
  for (const el of doc.querySelectorAll('script, style, link, template, meta[http-equiv]')) {
    el.remove();
  }
}

/** Links and images made absolute against the page's address: the document may have been parsed
 * elsewhere (the extension page), where relative URLs would resolve against the extension. */
export function absolutizeUrls(doc: Document, baseUrl: string): void {
  // One walk over the document for all the selectors: each element matches at most one of them.
  for (const el of doc.querySelectorAll(URL_SELECTOR)) {
    const attribute = URL_ATTRIBUTE_BY_TAG.get(el.localName.toLowerCase())!;
    const value = el.getAttribute(attribute) ?? '';
    // Fragment links and javascript: are left alone here; the sanitizer decides about them.
    if (value.startsWith('#') || /^\s*(?:javascript|data|mailto|tel):/i.test(value)) continue;
    const absolute = absoluteUrl(value, baseUrl);
    if (absolute) el.setAttribute(attribute, absolute);
  }
  for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
    el.setAttribute('srcset', absoluteSrcset(el.getAttribute('srcset') ?? '', baseUrl));
  }
}
