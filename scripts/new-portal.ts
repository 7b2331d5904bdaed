/** npm run new-portal -- <report.json | page.html --url URL> [--slug SLUG]
 * Scaffolds a portal's site rule, a saved fixture page and its expectations from a page saved
 * with the popup's "Save this page for a rule fix" (or any saved HTML page). */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromClone } from '../lib/extract';
import { findProseBlocks } from '../lib/extract/dom';
import { normalizeText } from '../lib/gujarati';
import { isPageReport } from '../lib/page-report';
import { parseHtml } from '../lib/parse-html';
import { SITES_DIR, writeRegistry } from './site-registry';

const ROOT = join(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`new-portal: ${message}`);
  process.exit(2);
}

function readInput(): { url: string; html: string; slug: string | undefined } {
  const argv = process.argv.slice(2);
  const file = argv.find((a) => !a.startsWith('--') && argv[argv.indexOf(a) - 1] !== '--url' && argv[argv.indexOf(a) - 1] !== '--slug');
  const flag = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  if (!file || !existsSync(file)) fail('usage: npm run new-portal -- <report.json | page.html --url URL> [--slug SLUG]');
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    const report: unknown = JSON.parse(text);
    if (!isPageReport(report)) fail(`${file} is not a page saved by Vanchan`);
    return { url: report.url, html: report.html, slug: flag('--slug') };
  }
  const url = flag('--url');
  if (!url) fail('a saved HTML page needs --url, the address it was saved from');
  return { url, html: text, slug: flag('--slug') };
}

/** A selector that names `el` alone, from its most stable hooks. */
function selectorFor(el: Element, doc: Document): string | null {
  const hashed = /^(?=.*\d)[a-z0-9]{6,10}$|^css-|^sc-|^jsx-/i;
  const plain = /^[A-Za-z_][\w-]*$/;
  const candidates: string[] = [];
  const itemprop = el.getAttribute('itemprop');
  if (itemprop) candidates.push(`[itemprop="${itemprop}"]`);
  const id = el.getAttribute('id');
  if (id && plain.test(id) && !hashed.test(id) && !/\d{4,}/.test(id)) candidates.push(`#${id}`);
  for (const cls of (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => plain.test(c) && !hashed.test(c) && !/\d{3,}/.test(c))) {
    candidates.push(`${el.tagName.toLowerCase()}.${cls}`);
  }
  return candidates.find((s) => doc.querySelectorAll(s).length === 1) ?? null;
}

/** The smallest element holding most of the page's prose, named by a stable selector. */
function suggestRoot(doc: Document): string[] {
  const prose = findProseBlocks(doc.body);
  if (prose.length === 0) return [];
  const suggestions: string[] = [];
  for (let el: Element | null = prose[0]!.parentElement; el && el !== doc.body; el = el.parentElement) {
    const held = prose.filter((p) => el!.contains(p)).length;
    if (held / prose.length < 0.8) continue;
    const selector = selectorFor(el, doc);
    if (selector) suggestions.push(selector);
    if (suggestions.length === 2) break;
  }
  return suggestions;
}

/** The saved page without what a fixture does not need: scripts (JSON-LD stays), styles. */
function fixtureHtml(html: string, url: string): string {
  const { document } = parseHtml(html, url);
  for (const el of document.querySelectorAll('script:not([type="application/ld+json"]), style, link[rel="stylesheet"], link[rel="preload"], iframe')) el.remove();
  return `<!doctype html>\n${document.documentElement.outerHTML}\n`;
}

const { url, html, slug: givenSlug } = readInput();
const parsedUrl = new URL(url);
const id = parsedUrl.hostname.replace(/^www\./, '');
const slug = givenSlug ?? (parsedUrl.pathname.split('/').filter(Boolean).pop() ?? 'page').replace(/\.[a-z]+$/i, '').replace(/[^a-z0-9-]+/gi, '-').slice(0, 60);

const { document } = parseHtml(html, url);
const roots = suggestRoot(document);
const result = extractFromClone(parseHtml(html, url).document, url, { useSiteRules: false });

const ruleFile = join(SITES_DIR, `${id}.ts`);
if (existsSync(ruleFile)) {
  console.log(`lib/sites/${id}.ts exists: left as it is.`);
} else {
  writeFileSync(
    ruleFile,
    `import type { SiteRule } from './types';

/** ${id}: say here what markup this rule keys on. */
const rule: SiteRule = {
  id: '${id}',
  hosts: ['${id}'],
  // The element holding the standfirst, subheadings and body, most stable selector first.
  articleRoot: [${roots.map((s) => `'${s.replace(/'/g, "\\'")}'`).join(', ')}],
  // This portal's junk: ad slots, related and also-read boxes, share bars, promos.
  remove: [],
};

export default rule;
`,
  );
  console.log(`wrote lib/sites/${id}.ts (articleRoot guessed: ${roots.join(', ') || 'none found: fill it in'})`);
}

const fixtureDir = join(ROOT, 'tests', 'fixtures', 'sites', id);
mkdirSync(fixtureDir, { recursive: true });
writeFileSync(join(fixtureDir, `${slug}.html`), fixtureHtml(html, url));
const paragraphs = result.ok
  ? result.article.textContent.split(/(?<=[.।?!])\s+/u).map(normalizeText).filter((s) => s.length >= 40)
  : [];
const expected = {
  url,
  kind: result.ok ? 'article' : 'not-article',
  title: result.ok ? result.article.title : null,
  byline: result.ok ? result.article.byline : null,
  published: result.ok && result.article.publishedTime ? new Date(result.article.publishedTime).toLocaleDateString('en-CA', { timeZone: 'Asia/Kolkata' }) : null,
  mustContain: [paragraphs[0], paragraphs[Math.floor(paragraphs.length / 2)], paragraphs[paragraphs.length - 1]].filter(Boolean),
  mustNotContain: [] as string[],
};
writeFileSync(join(fixtureDir, `${slug}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
writeRegistry();
console.log(`wrote tests/fixtures/sites/${id}/${slug}.html and .expected.json; registered the rule.

Next:
  1. Open the page and tests/fixtures/sites/${id}/${slug}.expected.json: check the title, byline, date
     and mustContain sentences; fill mustNotContain with junk the reader must not see (ad labels,
     related and trending headlines, share words, footer text).
  2. Fill the rule's remove list and check articleRoot; then
     npx tsx scripts/check-fixture.ts tests/fixtures/sites/${id}/${slug}.html
  3. npm test`);
