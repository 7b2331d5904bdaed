import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../lib/extract/types';
import { parseHtml } from '../lib/parse-html';
import type { FixtureExpectations } from '../scripts/lib/fixture';

export const FIXTURE_DIR = join(import.meta.dirname, 'fixtures', 'pages');
/** One folder per site rule, named by the rule's id, with that portal's saved pages. */
export const SITE_FIXTURE_DIR = join(import.meta.dirname, 'fixtures', 'sites');

/** A Document for a page at `url`, parsed without running anything in it. */
export function parse(html: string, url = 'https://news.example/gujarat/story-1'): Document {
  return parseHtml(html, url).document;
}

/** A page whose body is `body`, with a head that says little. */
export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="gu"><head><meta charset="utf-8"><title>પાનું</title>${head}</head><body>${body}</body></html>`;
}

export type Expected = FixtureExpectations;

export interface Fixture {
  /** `<page>` for general pages, `<rule id>/<page>` for a portal's pages. */
  name: string;
  file: string;
  html: string;
  expected: Expected;
  /** The site rule this page belongs to, or null. */
  ruleId: string | null;
}

function fixturesIn(dir: string, ruleId: string | null): Fixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const base = file.replace(/\.html$/, '');
      return {
        name: ruleId ? `${ruleId}/${base}` : base,
        file: join(dir, file),
        html: readFileSync(join(dir, file), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, `${base}.expected.json`), 'utf8')) as Expected,
        ruleId,
      };
    });
}

export function loadFixtures(): Fixture[] {
  const sites = readdirSync(SITE_FIXTURE_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return [
    ...fixturesIn(FIXTURE_DIR, null),
    ...sites.flatMap((id) => fixturesIn(join(SITE_FIXTURE_DIR, id), id)),
  ];
}

export function fixture(name: string): Fixture {
  const found = loadFixtures().find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

/** The ABP Asmita article modelled on seed 000: the page most tests read. */
export const ABP_ARTICLE = 'gujarati.abplive.com/vadodara-navratri-security';

/** Article prose long enough that every detector reads it as the article. */
export const PROSE = [
  'વડોદરામાં આ વર્ષે નવરાત્રિ દરમિયાન શહેરના મુખ્ય ગરબા મેદાનોમાં સુરક્ષા માટે વધારાના પોલીસ જવાનો તૈનાત કરવામાં આવશે. પોલીસ કમિશનરે જણાવ્યું હતું કે દરેક મેદાન પર સીસીટીવી કેમેરા લગાવવામાં આવશે અને મહિલાઓની સુરક્ષા માટે ખાસ ટીમો ફરજ બજાવશે.',
  'આયોજકોએ જણાવ્યું હતું કે ગરબા રાત્રે બાર વાગ્યા સુધી ચાલશે અને ત્યાર બાદ લાઉડસ્પીકર બંધ કરી દેવામાં આવશે. શહેરના ટ્રાફિક વિભાગે પણ મેદાનોની આસપાસ પાર્કિંગ માટે અલગ વ્યવસ્થા કરી છે, જેથી સ્થાનિક રહીશોને કોઈ તકલીફ ન પડે.',
  'હવામાન વિભાગે નવરાત્રિના પહેલા બે દિવસ હળવા વરસાદની શક્યતા દર્શાવી છે. જોકે આયોજકોનું કહેવું છે કે મેદાનોમાં પાણીના નિકાલ માટે પૂરતી વ્યવસ્થા કરવામાં આવી છે અને ખેલૈયાઓને કોઈ મુશ્કેલી નહીં પડે.',
] as const;

export const PROSE_HTML = PROSE.map((p) => `<p>${p}</p>`).join('\n');

/** A small, valid article as the content script sends it. */
export const SAMPLE_ARTICLE: Article = {
  url: 'https://sandesh.com/gujarat/news/x',
  title: 'શીર્ષક',
  byline: null,
  siteName: 'Sandesh',
  publishedTime: null,
  lang: 'gu',
  dir: 'ltr',
  excerpt: null,
  content: '<p>લખાણ</p>',
  textContent: 'લખાણ',
  length: 4,
  wordCount: 1,
  readingMinutes: 1,
  rule: null,
};
