/** Step 6: DOMPurify, run in the extension page or the CLI (never in the web page), with an
 * allowlist fit for articles: text structure, links, images, tables; no scripts, no styles, no
 * forms, no frames, no event handlers, no classes or ids. */
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';

export const ARTICLE_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'dfn', 'div',
  'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
  'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 's', 'section', 'small', 'source',
  'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr',
  'u', 'ul', 'article',
];

export const ARTICLE_ATTRIBUTES = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan',
  'scope', 'datetime', 'cite', 'lang', 'dir', 'start', 'reversed', 'type',
];

const CONFIG: Config = {
  ALLOWED_TAGS: ARTICLE_TAGS,
  ALLOWED_ATTR: ARTICLE_ATTRIBUTES,
  // Web and mail links only; values with no scheme at all (widths, languages, dates, relative
  // paths) pass, since DOMPurify checks every non-URI attribute against this too. Images may also
  // be data: URLs (DOMPurify allows those for <img> itself).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  FORBID_TAGS: ['style', 'script', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'svg', 'math', 'template'],
};

/** An article image the reader may load: https on a public host, or inline data. Never a
 * loopback, private-network or bare-IP address: a hostile page must not make the extension
 * probe the reader's own machine or home network. */
export function isImageUrlAllowed(value: string): boolean {
  const trimmed = value.trim();
  if (/^data:image\//i.test(trimmed)) return true;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return !(host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || /^[\d.]+$/.test(host) || host.startsWith('['));
}

/** The allowed attributes that hold a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'cite'];

/** A data: URL, however the page spaced or broke it (browsers drop whitespace and controls). */
function isDataUrl(value: string | null): boolean {
  // eslint-disable-next-line no-control-regex
  return value !== null && /^data:/i.test(value.replace(/[\s\u0000-\u001f\u007f-\u009f]/g, ''));
}

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(window: WindowLike): Purifier {
  let purifier = purifiers.get(window);
  if (purifier) return purifier;
  purifier = createDOMPurify(window);
  purifier.addHook('afterSanitizeElements', (node) => {
    // A link inside a link cannot be written back as HTML (the parser would split it), so the
    // output would change each time it is read: keep the inner link's content, not the link.
    if (node.nodeName === 'A' && node.parentElement?.closest('a')) {
      (node as Element).replaceWith(...Array.from(node.childNodes));
    }
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    // data: URLs serve only as an <img>'s own picture. DOMPurify lets them through in any URL
    // attribute of its media tags (<source href="data:text/html,…">): a document the page made.
    // (An image's srcset is sorted candidate by candidate below.)
    const image = node.tagName === 'IMG' || node.tagName === 'SOURCE';
    for (const name of URL_ATTRIBUTES) {
      if ((name === 'src' && node.tagName === 'IMG') || (name === 'srcset' && image)) continue;
      if (isDataUrl(node.getAttribute(name))) node.removeAttribute(name);
    }
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      // Links open the original site in a new tab, telling it nothing about the reader.
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (image) {
      // Extension pages load images over https (or inline data) only; anything else would be
      // refused by their CSP, so it is dropped here instead of tripping a violation.
      const src = node.getAttribute('src');
      if (src !== null && !isImageUrlAllowed(src)) node.removeAttribute('src');
      const srcset = node.getAttribute('srcset');
      if (srcset !== null) {
        const secure = srcset.split(/,\s+/).filter((candidate) => {
          const url = candidate.trim().split(/\s+/)[0] ?? '';
          return isImageUrlAllowed(url) && !isDataUrl(url);
        });
        if (secure.length) node.setAttribute('srcset', secure.join(', '));
        else node.removeAttribute('srcset');
      }
    }
    if (node.tagName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  purifiers.set(window, purifier);
  return purifier;
}

/** Sanitized article HTML, safe to put into an extension page, and stable: it parses into the
 * very tree that was checked, so sanitizing it again changes nothing.
 *
 * The HTML is parsed here as the extension page parses it, in a standards-mode document:
 * DOMPurify's own parse of a string has no doctype, so runs in quirks mode, where "<p><table>"
 * nests the table in the paragraph instead of closing it. And removing an element while keeping
 * its content can leave a tree no parser makes ("<h2><portal><h6>" becomes a heading in a
 * heading); such output is parsed and sanitized again, until it no longer changes. */
export function sanitizeArticleHtml(html: string, window: WindowLike = globalThis.window): string {
  const parser = new (window as unknown as { DOMParser: typeof DOMParser }).DOMParser();
  let out = sanitizeOnce(html, parser, window);
  for (let pass = 0; pass < 4; pass++) {
    const again = sanitizeOnce(out, parser, window);
    if (again === out) break;
    out = again;
  }
  return out;
}

function sanitizeOnce(html: string, parser: DOMParser, window: WindowLike): string {
  const doc = parser.parseFromString(`<!doctype html><body>${html}`, 'text/html');
  // The body's content, without the body itself (whose attributes a page may have set).
  const content = doc.createDocumentFragment();
  content.append(...Array.from(doc.body.childNodes));
  return purifierFor(window).sanitize(content, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}
