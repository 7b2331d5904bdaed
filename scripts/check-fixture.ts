/** npx tsx scripts/check-fixture.ts tests/fixtures/sites/<rule id>/<page>.html
 * Runs one saved page through the pipeline with its portal's rule (even before the rule is
 * registered) and with rules switched off, and says which expectations hold. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractFromClone, type ExtractDiagnostics } from '../lib/extract';
import type { SiteRule } from '../lib/sites/types';
import { parseHtml } from '../lib/parse-html';
import type { FixtureExpectations } from './lib/fixture';

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error('usage: npx tsx scripts/check-fixture.ts <page.html> (with <page>.expected.json beside it)');
  process.exit(2);
}
const html = readFileSync(file, 'utf8');
const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')) as FixtureExpectations;
const siteDir = dirname(resolve(file));
const ruleId = basename(dirname(siteDir)) === 'sites' ? basename(siteDir) : null;
let rule: SiteRule | null = null;
if (ruleId) {
  const ruleFile = join(import.meta.dirname, '..', 'lib', 'sites', `${ruleId}.ts`);
  if (!existsSync(ruleFile)) {
    console.error(`no rule file lib/sites/${ruleId}.ts`);
    process.exit(2);
  }
  // Our own rule file, found by the fixture's folder name.
  // eslint-disable-next-line no-unsanitized/method
  rule = ((await import(pathToFileURL(ruleFile).href)) as { default: SiteRule }).default;
}

let failures = 0;
function check(ok: boolean, what: string) {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
}

for (const useSiteRules of rule ? [true, false] : [false]) {
  console.log(`\n== ${useSiteRules ? `with rule ${rule!.id}` : 'with rules off'}`);
  const diagnostics: Partial<ExtractDiagnostics> = {};
  const { document } = parseHtml(html, expected.url);
  const result = extractFromClone(document, expected.url, { useSiteRules, rules: rule ? [rule] : [] }, diagnostics);
  if (useSiteRules) {
    check(Boolean(diagnostics.rule?.rootSelector), `rule root matched: ${diagnostics.rule?.rootSelector ?? 'none'} (removed ${diagnostics.rule?.removed ?? 0})`);
  }
  if (expected.kind === 'not-article') {
    check(!result.ok, `declined as not an article${result.ok ? '' : `: ${result.message}`}`);
    continue;
  }
  if (!result.ok) {
    check(false, `extracted an article (declined: ${result.reason}: ${result.message})`);
    continue;
  }
  const { article } = result;
  check(article.title === expected.title, `title: ${article.title}`);
  if (expected.byline) check(article.byline === expected.byline, `byline: ${article.byline}`);
  if (expected.published) {
    const day = article.publishedTime ? new Date(article.publishedTime).toLocaleDateString('en-CA', { timeZone: 'Asia/Kolkata' }) : null;
    check(day === expected.published, `published: ${day}`);
  }
  for (const text of expected.mustContain) check(article.textContent.includes(text), `contains: ${text.slice(0, 70)}`);
  for (const junk of expected.mustNotContain) check(!article.textContent.includes(junk), `leaves out: ${junk.slice(0, 70)}`);
  console.log(`cleaning: ${JSON.stringify(diagnostics.cleaning)}`);
}
console.log(failures ? `\n${failures} failed` : '\nall passed');
process.exit(failures ? 1 : 0);
