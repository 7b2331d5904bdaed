/** npm run eval [-- --corpus DIR] [--json FILE] [--no-rules]
 * Scores the pipeline on the shared corpus, side by side with stock Readability (what Firefox's
 * Reader View runs) on the same pages in the same run. */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractFromClone } from '../lib/extract';
import { f1, leaks, sameTitle, scoreText } from '../lib/eval/metric';
import { readableText } from '../lib/extract/post-process';
import { parseHtml } from '../lib/parse-html';

interface Gold {
  url: string;
  kind: 'article' | 'not-article';
  title: string | null;
  body: string[];
  optional?: string[];
  mustNotContain: string[];
}

interface Outcome {
  declined: boolean;
  title: string | null;
  text: string;
}

interface PageResult {
  page: string;
  kind: Gold['kind'];
  vanchan: Judged;
  stock: Judged;
}

interface Judged {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  leaks: string[];
  titleRight: boolean | null;
  correctKind: boolean;
}

function args() {
  const argv = process.argv.slice(2);
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    corpus: resolve(value('--corpus') ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus')),
    json: value('--json'),
    useSiteRules: !argv.includes('--no-rules'),
  };
}

function findPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findPages(path);
    return entry.name.endsWith('.html') && existsSync(path.replace(/\.html$/, '.gold.json')) ? [path] : [];
  });
}

function runVanchan(html: string, url: string, useSiteRules: boolean): Outcome {
  const { document } = parseHtml(html, url);
  const result = extractFromClone(document, url, { useSiteRules });
  return result.ok
    ? { declined: false, title: result.article.title, text: result.article.textContent }
    : { declined: true, title: null, text: '' };
}

/** Stock Readability as Firefox runs it: offered only where isProbablyReaderable says so. */
function runStock(html: string, url: string): Outcome {
  const { document } = parseHtml(html, url);
  if (!isProbablyReaderable(document)) return { declined: true, title: null, text: '' };
  const article = new Readability<Element>(document, { serializer: (el) => el as Element }).parse();
  // The same paragraph-aware text as Vanchan's, so that neither side loses words glued at tags.
  return article?.content
    ? { declined: false, title: article.title ?? null, text: readableText(article.content) }
    : { declined: true, title: null, text: '' };
}

function judge(outcome: Outcome, gold: Gold): Judged {
  if (gold.kind === 'not-article') {
    return { precision: null, recall: null, f1: null, leaks: [], titleRight: null, correctKind: outcome.declined };
  }
  const { precision, recall } = outcome.declined ? { precision: 0, recall: 0 } : scoreText(outcome.text, gold.body, gold.optional);
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    leaks: leaks(outcome.text, gold.mustNotContain),
    titleRight: sameTitle(outcome.title, gold.title),
    correctKind: !outcome.declined,
  };
}

interface Totals {
  precision: number;
  recall: number;
  f1: number;
  leaks: number;
  titlesRight: string;
  notArticlesDeclined: string;
}

function totals(results: PageResult[], side: 'vanchan' | 'stock'): Totals {
  const articles = results.filter((r) => r.kind === 'article');
  const others = results.filter((r) => r.kind === 'not-article');
  const mean = (pick: (j: Judged) => number) => (articles.length ? articles.reduce((s, r) => s + pick(r[side]), 0) / articles.length : 0);
  const precision = mean((j) => j.precision ?? 0);
  const recall = mean((j) => j.recall ?? 0);
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    leaks: results.reduce((s, r) => s + r[side].leaks.length, 0),
    titlesRight: `${articles.filter((r) => r[side].titleRight).length}/${articles.length}`,
    notArticlesDeclined: `${others.filter((r) => r[side].correctKind).length}/${others.length}`,
  };
}

const { corpus, json, useSiteRules } = args();
if (!existsSync(corpus)) {
  console.log(`No corpus at ${corpus}: nothing to evaluate. Pass --corpus DIR to point at one.`);
  process.exit(0);
}

const results: PageResult[] = findPages(corpus)
  .sort()
  .map((file) => {
    const gold = JSON.parse(readFileSync(file.replace(/\.html$/, '.gold.json'), 'utf8')) as Gold;
    const html = readFileSync(file, 'utf8');
    return {
      page: relative(corpus, file).replace(/\.html$/, ''),
      kind: gold.kind,
      vanchan: judge(runVanchan(html, gold.url, useSiteRules), gold),
      stock: judge(runStock(html, gold.url), gold),
    };
  });

const pct = (n: number | null) => (n === null ? '   -  ' : `${(n * 100).toFixed(1).padStart(5)}%`);
const yes = (b: boolean | null) => (b === null ? '-' : b ? 'yes' : 'NO');
console.log(`Corpus: ${corpus}${useSiteRules ? '' : ' (site rules off)'}\n`);
console.log('page'.padEnd(62), 'Vanchan P     R     F1   leaks title', ' | ', 'Readability P     R     F1   leaks title');
for (const r of results) {
  const side = (j: Judged) =>
    r.kind === 'not-article'
      ? `declined: ${yes(j.correctKind)}`.padEnd(40)
      : `${pct(j.precision)} ${pct(j.recall)} ${pct(j.f1)} ${String(j.leaks.length).padStart(3)}   ${yes(j.titleRight)}`;
  const worse = r.kind === 'article' && (r.vanchan.f1 ?? 0) < (r.stock.f1 ?? 0) ? '  << worse than Readability' : '';
  console.log(r.page.padEnd(62), side(r.vanchan), ' | ', side(r.stock), worse);
}
const v = totals(results, 'vanchan');
const s = totals(results, 'stock');
console.log('\nTotal            precision  recall    F1     leaks  titles right  not-articles declined');
for (const [name, t] of [['Vanchan', v], ['Readability', s]] as const) {
  console.log(name.padEnd(16), pct(t.precision).padStart(9), pct(t.recall).padStart(8), pct(t.f1).padStart(8), String(t.leaks).padStart(6), t.titlesRight.padStart(12), t.notArticlesDeclined.padStart(18));
}
for (const r of results.filter((x) => x.vanchan.leaks.length)) console.log(`leak in ${r.page}: ${r.vanchan.leaks.join(' | ')}`);
if (json) {
  writeFileSync(json, `${JSON.stringify({ corpus, useSiteRules, totals: { vanchan: v, readability: s }, pages: results }, null, 2)}\n`);
  console.log(`\nWrote ${json}`);
}
