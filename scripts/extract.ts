/** npm run --silent extract -- <page.html> --url <url> [--no-rules]
 * Prints one JSON object: the article as the reader would get it (content sanitized). */
import { readFileSync, statSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractFromClone } from '../lib/extract';
import { sanitizeArticleHtml } from '../lib/extract/sanitize';
import { parseHtml } from '../lib/parse-html';

const USAGE = 'usage: npm run --silent extract -- <page.html> --url <url> [--no-rules]';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; url: string; useSiteRules: boolean } {
  let file: string | undefined;
  let url: string | undefined;
  let useSiteRules = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') url = argv[++i];
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--no-rules') useSiteRules = false;
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}; ${USAGE}`);
    else if (file === undefined) file = arg;
    else fail(`more than one page given; ${USAGE}`);
  }
  if (!file) fail(`no page given; ${USAGE}`);
  url ??= 'https://example.invalid/';
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol)) fail(`--url must be an http(s) URL, not ${url}`);
  } catch {
    fail(`--url is not a URL: ${url}`);
  }
  return { file, url, useSiteRules };
}

function readPage(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail(`${file} is not a file`);
    size = stat.size;
  } catch {
    fail(`cannot read ${file}: no such file`);
  }
  if (size === 0) fail(`${file} is empty`);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) fail(`${file} is not HTML (it holds binary data)`);
  const html = bytes.toString('utf8');
  if (!/<(?:!doctype\s+html|html|head|body|div|p|article|main)[\s>]/i.test(html)) {
    fail(`${file} is not HTML`);
  }
  return html;
}

/** DOMPurify is run on jsdom, the DOM it is tested against upstream; happy-dom parses faster
 * but is not faithful enough for a sanitizer. */
function sanitizerWindow() {
  return new JSDOM('').window as unknown as Parameters<typeof sanitizeArticleHtml>[1];
}

const { file, url, useSiteRules } = parseArgs(process.argv.slice(2));
const html = readPage(file);
const { document, window } = parseHtml(html, url);
const result = extractFromClone(document, url, { useSiteRules });
if (!result.ok) {
  process.stdout.write(`${JSON.stringify({ ok: false, reason: result.reason, message: result.message })}\n`);
  await window.happyDOM.close();
  process.exit(result.reason === 'not-article' ? 3 : 1);
}
const { article } = result;
const output = {
  ok: true,
  title: article.title,
  byline: article.byline,
  siteName: article.siteName,
  publishedTime: article.publishedTime,
  lang: article.lang,
  dir: article.dir,
  excerpt: article.excerpt,
  content: sanitizeArticleHtml(article.content, sanitizerWindow()),
  textContent: article.textContent,
  length: article.length,
  wordCount: article.wordCount,
  readingMinutes: article.readingMinutes,
  rule: article.rule,
};
process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
await window.happyDOM.close();
