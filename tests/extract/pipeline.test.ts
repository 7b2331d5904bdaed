import { describe, expect, it } from 'vitest';
import { extractFromClone, type ExtractDiagnostics } from '../../lib/extract';
import { ABP_ARTICLE, fixture, loadFixtures, parse, type Fixture } from '../helpers';

const fixtures = loadFixtures();

function indianDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Asia/Kolkata' });
}

function checkReaderSees(fixture: Fixture, useSiteRules: boolean) {
  const { expected } = fixture;
  const result = extractFromClone(parse(fixture.html, expected.url), expected.url, { useSiteRules });
  if (expected.kind === 'not-article') {
    expect(result.ok, 'a not-article page must be declined').toBe(false);
    if (!result.ok) expect(result.reason).toBe('not-article');
    return;
  }
  expect(result.ok, result.ok ? '' : result.message).toBe(true);
  if (!result.ok) return;
  const { article } = result;
  for (const text of expected.mustContain) expect(article.textContent).toContain(text);
  for (const junk of expected.mustNotContain) expect(article.textContent).not.toContain(junk);
  expect(article.textContent, 'the headline is not repeated in the body').not.toContain(expected.title);
  // Metadata may rest on a rule's hints (a byline strip where JSON-LD names the publisher); the
  // text must stand without rules.
  if (!useSiteRules) return;
  expect(article.title).toBe(expected.title);
  if (expected.byline) expect(article.byline).toBe(expected.byline);
  if (expected.published) expect(indianDay(article.publishedTime!)).toBe(expected.published);
}

describe.each(fixtures.map((f) => [f.name, f] as const))('fixture %s', (_name, fixture) => {
  it('shows the article and nothing else, with site rules', () => checkReaderSees(fixture, true));
  it('shows the article and nothing else with site rules switched off', () => checkReaderSees(fixture, false));
});

const portalPages = fixtures.filter((f) => f.ruleId && f.expected.kind === 'article');

describe.each(portalPages.map((f) => [f.name, f] as const))('portal page %s', (_name, page) => {
  it('is read by its own rule: the rule matched its article root', () => {
    const diagnostics: Partial<ExtractDiagnostics> = {};
    const result = extractFromClone(parse(page.html, page.expected.url), page.expected.url, {}, diagnostics);
    expect(result.ok && result.article.rule).toBe(page.ruleId);
    expect(diagnostics.rule?.rootSelector, 'no articleRoot selector matched exactly one element').toBeTruthy();
  });
});

describe('a Gujarati article as the reader gets it', () => {
  const abp = fixture(ABP_ARTICLE);

  it('is marked Gujarati, left to right, with words and reading time counted', () => {
    const result = extractFromClone(parse(abp.html, abp.expected.url), abp.expected.url);
    if (!result.ok) throw new Error(result.message);
    expect(result.article).toMatchObject({ lang: 'gu', dir: 'ltr', siteName: 'ABP Asmita' });
    expect(result.article.wordCount).toBeGreaterThan(250);
    expect(result.article.readingMinutes).toBe(Math.max(1, Math.round(result.article.wordCount / 150)));
    expect(result.article.length).toBe(result.article.textContent.length);
  });

  it('does not repeat the headline in the body', () => {
    const result = extractFromClone(parse(abp.html, abp.expected.url), abp.expected.url);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.textContent).not.toContain(abp.expected.title!);
  });

  it('keeps the lazily loaded image, promoted from data-src without a file extension', () => {
    const result = extractFromClone(parse(abp.html, abp.expected.url), abp.expected.url);
    if (!result.ok) throw new Error(result.message);
    const body = parse(`<body>${result.article.content}</body>`);
    const sources = Array.from(body.querySelectorAll('img')).map((img) => img.getAttribute('src') ?? '');
    expect(sources.some((src) => /^https:\/\/[^?]+\/[^/.?]+\?/.test(src))).toBe(true);
    expect(sources.every((src) => !src.startsWith('data:'))).toBe(true);
  });

  it('is narrowed by the portal’s own rule, which fires on its markup', () => {
    const diagnostics: Partial<ExtractDiagnostics> = {};
    const result = extractFromClone(parse(abp.html, abp.expected.url), abp.expected.url, {}, diagnostics);
    expect(result.ok && result.article.rule).toBe('gujarati.abplive.com');
    expect(diagnostics.rule?.rootSelector).toBe('.article-wrap');
    expect(diagnostics.rule?.removed).toBeGreaterThan(0);
  });

  it('reports no rule when rules are switched off, and general cleaning does the work', () => {
    const diagnostics: Partial<ExtractDiagnostics> = {};
    const result = extractFromClone(parse(abp.html, abp.expected.url), abp.expected.url, { useSiteRules: false }, diagnostics);
    expect(result.ok && result.article.rule).toBeNull();
    expect(diagnostics.cleaning!.labels + diagnostics.cleaning!.adSlots).toBeGreaterThan(0);
    expect(diagnostics.cleaning!.headedBlocks).toBeGreaterThan(0);
  });
});

describe('pages that are not articles', () => {
  it('declines an empty page with its reason', () => {
    const result = extractFromClone(parse('<html><body></body></html>'), 'https://news.example/x');
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('declines a page with a line of text and a menu', () => {
    const result = extractFromClone(
      parse('<html><body><nav><a href="/a">ગુજરાત</a> <a href="/b">દેશ</a></nav><p>સ્વાગત છે.</p></body></html>'),
      'https://news.example/about',
    );
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
  });
});
