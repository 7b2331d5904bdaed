// @vitest-environment jsdom
// Property and table tests of the sanitizer against hostile markup. DOMPurify needs a faithful DOM
// (jsdom); pages are parsed as the CLI parses them (happy-dom, tests/helpers.ts).
import fc from 'fast-check';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { extractFromClone, type Article } from '../../lib/extract';
import { ARTICLE_ATTRIBUTES, ARTICLE_TAGS, sanitizeArticleHtml } from '../../lib/extract/sanitize';
import { parse } from '../helpers';
import {
  DEFAULT_BEACON_ORIGIN,
  HOSTILE_PAGE_AUTHOR,
  HOSTILE_PAGE_HEADLINE,
  HOSTILE_PAGE_PARAGRAPHS,
  HOSTILE_PAGE_SITE_NAME,
  HOSTILE_PAGE_URL,
  HOSTILE_PAYLOADS,
  SENTINEL,
  hostilePage,
  payloadInContext,
  type Payload,
  type PayloadPlace,
} from './payloads';

const XHTML = 'http://www.w3.org/1999/xhtml';

/** Elements that must never come out of the sanitizer: they run, load, submit or restyle. */
const FORBIDDEN_TAGS = new Set([
  'script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'form', 'style', 'svg', 'math',
  'frame', 'frameset', 'applet', 'portal', 'fencedframe', 'template', 'noscript', 'input', 'button',
  'textarea', 'select', 'isindex', 'keygen',
]);
/** Attributes whose value is a URL a browser may navigate to, load or submit to. */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background',
  'ping', 'cite', 'codebase', 'lowsrc', 'dynsrc', 'longdesc',
]);
/** Names that clobber document or window properties if they survive as id or name. */
const CLOBBERING_ATTRIBUTES = new Set(['id', 'name', 'form']);

/** A URL as a browser's URL parser reads its scheme: trimmed, without controls or whitespace, folded. */
function foldUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.trim().replace(/[\s\u0000-\u001f\u007f-\u009f]/g, '').toLowerCase();
}

function* allElements(root: ParentNode): Generator<Element> {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    yield el;
    if (el.localName === 'template') yield* allElements((el as HTMLTemplateElement).content);
  }
}

function problemsIn(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of allElements(root)) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN_TAGS.has(tag)) problems.push(`<${tag}>`);
    if (el.namespaceURI !== XHTML) problems.push(`<${tag}> in ${el.namespaceURI}`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${tag} ${name}>`);
      if (name === 'style') problems.push(`<${tag} style>`);
      if (name === 'srcdoc') problems.push(`<${tag} srcdoc>`);
      if (CLOBBERING_ATTRIBUTES.has(name)) problems.push(`<${tag} ${name}="${attr.value}"> (clobbering)`);
      if (URL_ATTRIBUTES.has(name)) {
        const url = foldUrl(attr.value);
        if (url.startsWith('javascript:') || url.startsWith('vbscript:')) problems.push(`<${tag} ${name}="${attr.value}">`);
        if (url.startsWith('data:') && !(tag === 'img' && name === 'src' && url.startsWith('data:image/'))) {
          problems.push(`<${tag} ${name}="${attr.value.slice(0, 60)}">`);
        }
      }
    }
  }
  return problems;
}

/** What in `html` could run, load or clobber, read the way the reader reads it (innerHTML of a div
 * in a page) and the way a document parser reads it; empty when nothing could. */
function executableProblems(html: string): string[] {
  const doc = document.implementation.createHTMLDocument('');
  const host = doc.createElement('div');
  doc.body.append(host);
  // Test-only: inspect what the sanitizer returned, in an inert document.
  host.innerHTML = html; // eslint-disable-line no-unsanitized/property
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><head></head><body><div>${html}</div></body></html>`, 'text/html');
  return [...new Set([...problemsIn(host), ...problemsIn(parsed)])];
}

const sanitize = (html: string): string => sanitizeArticleHtml(html);
/** Runs per property; VANCHAN_FC_RUNS=20000 for a longer hunt. */
const NUM_RUNS = Math.max(300, Number(process.env.VANCHAN_FC_RUNS) || 0);

// --- Arbitrary hostile HTML --------------------------------------------------------------------

const BEACON = `${DEFAULT_BEACON_ORIGIN}/beacon/property`;
const OTHER_TAGS = [
  'script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select',
  'option', 'svg', 'math', 'mtext', 'mi', 'mglyph', 'malignmark', 'annotation-xml', 'foreignObject',
  'desc', 'title', 'template', 'noscript', 'xmp', 'noembed', 'noframes', 'plaintext', 'base', 'meta',
  'link', 'frame', 'frameset', 'applet', 'portal', 'marquee', 'details', 'video', 'audio', 'body',
  'html', 'head', 'image', 'isindex', 'use', 'animate', 'set', 'foo', 'x-y',
];
const ATTRIBUTE_NAMES = [
  ...ARTICLE_ATTRIBUTES, 'onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'ontoggle',
  'onbegin', 'ONERROR', 'style', 'id', 'name', 'class', 'xlink:href', 'formaction', 'action', 'data',
  'srcdoc', 'background', 'poster', 'ping', 'is', 'xmlns', 'data-x', 'aria-label', 'autofocus',
  'attributename', 'to', 'values', 'encoding',
];
const URLS = [
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
  '&#106;avascript:alert(1)', '\u0001javascript:alert(1)', 'javascript&colon;alert(1)', 'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/png;base64,iVBORw0KGgo=', 'data:image/svg+xml,<svg onload=alert(1)>', ' data:text/html,x',
  BEACON, 'https://news.example/a.jpg', 'https://news.example/a.jpg 1x, javascript:alert(1) 2x',
  'mailto:a@news.example', '#top', '//evil.example/x', 'x.jpg', 'text/html', 'background:url(' + BEACON + ')',
  `window.${SENTINEL}='property'`, 'alert(1)', '"><img src=x onerror=alert(1)>', 'text/html',
];

const textArb = fc.string({
  unit: fc.constantFrom('<', '>', '&', '"', "'", '/', '=', '!', '-', '[', ']', '`', ' ', '\n', '\t', 'a', 'x', 'ગ', 'ુ', '#', ';', '?', '\u0000', '\u2028'),
  maxLength: 24,
});
const attributeArb = fc
  .tuple(
    fc.constantFrom(...ATTRIBUTE_NAMES),
    fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...URLS), fc.webUrl(), textArb),
    fc.constantFrom('double', 'single', 'unquoted', 'raw'),
  )
  .map(([name, value, quoting]) => {
    switch (quoting) {
      case 'double':
        return ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
      case 'single':
        return ` ${name}='${value.replace(/'/g, '&#39;')}'`;
      case 'unquoted':
        return ` ${name}=${value.replace(/[\s>"'=<`]/g, '')}`;
      default:
        return ` ${name}="${value}"`;
    }
  });
// The deeply nested payloads cost jsdom a second each; the table test below covers them.
const payloadArb = fc
  .tuple(fc.constantFrom(...HOSTILE_PAYLOADS.filter((p) => p.html.length < 4000)), fc.boolean())
  .map(([payload, inContext]) => (inContext ? payloadInContext(payload) : payload.html));

const { node: nodeArb } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.string({ maxLength: 16 }),
    payloadArb,
    fc
      .record({
        tag: fc.oneof(fc.constantFrom(...ARTICLE_TAGS), fc.constantFrom(...OTHER_TAGS)),
        attributes: fc.array(attributeArb, { maxLength: 3 }),
        children: fc.array(tie('node'), { maxLength: 3 }),
        close: fc.boolean(),
      })
      .map(({ tag, attributes, children, close }) => `<${tag}${attributes.join('')}>${children.join('')}${close ? `</${tag}>` : ''}`),
  ),
}));
const htmlArb = fc.array(nodeArb, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

// --- Helpers for the pipeline ----------------------------------------------------------------

function extract(payloads: readonly Payload[]): Article {
  const result = extractFromClone(parse(hostilePage(payloads), HOSTILE_PAGE_URL), HOSTILE_PAGE_URL);
  if (!result.ok) throw new Error(`declined: ${result.message}`);
  return result.article;
}

/** `text` rendered the way ArticleView renders metadata: as a Preact text child. */
function expectRendersAsText(text: string): void {
  const host = document.createElement('div');
  render(h('h1', null, text), host);
  expect(host.children).toHaveLength(1);
  expect(host.firstElementChild!.children).toHaveLength(0);
  expect(host.firstElementChild!.textContent).toBe(text);
  render(null, host);
}

const squash = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

function sanitizedText(html: string): string {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  return squash(doc.body.textContent ?? '');
}

/** Base64 that a payload carries (data: URLs, atob), decoded. */
function decodedBase64(html: string): string[] {
  return Array.from(html.matchAll(/(?:base64,|atob\(['"])([A-Za-z0-9+/]+={0,2})/g), (m) => {
    try {
      return atob(m[1]!);
    } catch {
      return '';
    }
  });
}

// --- The tests -----------------------------------------------------------------------------

describe('HOSTILE_PAYLOADS', () => {
  it('has at least 320 payloads with unique ids, in every place', () => {
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(320);
    expect(new Set(HOSTILE_PAYLOADS.map((p) => p.id)).size).toBe(HOSTILE_PAYLOADS.length);
    const places: PayloadPlace[] = ['body', 'title', 'byline', 'jsonld', 'head', 'attribute'];
    for (const place of places) expect(HOSTILE_PAYLOADS.some((p) => p.place === place), place).toBe(true);
    for (const p of HOSTILE_PAYLOADS) expect(typeof p.html).toBe('string');
  });

  it('marks every payload with its own id, by the sentinel or the beacon', () => {
    const unmarked = HOSTILE_PAYLOADS.filter((p) => {
      const text = [p.html, ...decodedBase64(p.html)].join('\n');
      const beacon = text.includes(`/beacon/${p.id}`);
      const sentinel = text.includes(p.id) && (text.includes(SENTINEL) || /__vanchan'\s*\+\s*'Pwned/.test(text));
      return !beacon && !sentinel;
    });
    expect(unmarked.map((p) => p.id)).toEqual([]);
  });

  it('moves every beacon to the origin a test asks for, base64 included', () => {
    const origin = 'http://127.0.0.1:45678';
    const html = hostilePage(HOSTILE_PAYLOADS, { beaconOrigin: origin });
    expect(html).not.toContain(DEFAULT_BEACON_ORIGIN);
    for (const decoded of decodedBase64(html)) expect(decoded).not.toContain(DEFAULT_BEACON_ORIGIN);
    expect(html).toContain(`${origin}/beacon/body-script-11`);
    expect(decodedBase64(html).some((d) => d.includes(`${origin}/beacon/`))).toBe(true);
  });
});

describe('sanitizeArticleHtml on arbitrary hostile HTML', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(htmlArb, (html) => {
        const once = sanitize(html);
        expect(sanitize(once)).toBe(once);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never returns executable content', () => {
    fc.assert(
      fc.property(htmlArb, (html) => {
        const out = sanitize(html);
        expect(executableProblems(out), out).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('sanitizeArticleHtml on each hostile payload', () => {
  it.each(HOSTILE_PAYLOADS.map((p) => [p.id, p] as const))('%s', (_id, payload) => {
    for (const html of new Set([payload.html, payloadInContext(payload)])) {
      const out = sanitize(html);
      expect(executableProblems(out), `${payload.id} → ${out}`).toEqual([]);
      expect(sanitize(out), `${payload.id} is not stable`).toBe(out);
    }
  });
});

describe('the pipeline on a page with every hostile payload', () => {
  const article = extract(HOSTILE_PAYLOADS);
  const content = sanitize(article.content);

  it('still finds the article, every paragraph of it', () => {
    const text = sanitizedText(content);
    for (const paragraph of HOSTILE_PAGE_PARAGRAPHS) expect(text).toContain(squash(paragraph));
  });

  it('gives sanitized content with nothing executable', () => {
    expect(executableProblems(content)).toEqual([]);
  });

  it('gives metadata that are plain strings and render as text only', () => {
    expect(typeof article.title).toBe('string');
    expect(article.title).toContain(HOSTILE_PAGE_HEADLINE);
    // The title carries the payloads as text: markup must stay text when rendered.
    expect(article.title).toMatch(/<img|<script/);
    expectRendersAsText(article.title);
    // Every byline payload together is too long to be a byline; one at a time is checked below.
    if (article.byline !== null) {
      expect(article.byline).toContain(HOSTILE_PAGE_AUTHOR);
      expectRendersAsText(article.byline);
    }
    expect(article.siteName).toBe(HOSTILE_PAGE_SITE_NAME);
    for (const text of [article.siteName, article.excerpt]) if (text !== null) expectRendersAsText(text);
  });
});

describe('the pipeline on a page with one title or byline payload', () => {
  const metadataPayloads = HOSTILE_PAYLOADS.filter((p) => p.place === 'title' || p.place === 'byline');

  it.each(metadataPayloads.map((p) => [p.id, p] as const))('%s', (_id, payload) => {
    const article = extract([payload]);
    expect(executableProblems(sanitize(article.content))).toEqual([]);
    expect(typeof article.title).toBe('string');
    expect(article.title).toContain(HOSTILE_PAGE_HEADLINE);
    expectRendersAsText(article.title);
    expect(typeof article.byline).toBe('string');
    expect(article.byline).toContain(HOSTILE_PAGE_AUTHOR);
    expectRendersAsText(article.byline!);
    const text = sanitizedText(sanitize(article.content));
    for (const paragraph of HOSTILE_PAGE_PARAGRAPHS) expect(text).toContain(squash(paragraph));
  });
});
