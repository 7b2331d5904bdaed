import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractFromClone, type ExtractDiagnostics } from '../../lib/extract';
import { normalizeText } from '../../lib/gujarati';
import { loadFixtures, parse } from '../helpers';

/** Pages in other languages: Vanchan must read them exactly as stock Readability does. */
const others = loadFixtures().filter((f) => f.expected.kind === 'article' && !/[\u0A80-\u0AFF]/u.test(f.expected.title ?? ''));

describe.each(others.map((f) => [f.name, f] as const))('non-Gujarati page %s', (_name, fixture) => {
  it('gets the same article text as stock Readability, with no rule and no Gujarati cleaning', () => {
    const diagnostics: Partial<ExtractDiagnostics> = {};
    const ours = extractFromClone(parse(fixture.html, fixture.expected.url), fixture.expected.url, {}, diagnostics);
    const stock = new Readability(parse(fixture.html, fixture.expected.url)).parse();
    expect(ours.ok).toBe(true);
    if (!ours.ok) return;
    expect(diagnostics).toMatchObject({ gujarati: false, rule: null, cleaning: null });
    expect(normalizeText(ours.article.textContent)).toBe(normalizeText(stock!.textContent ?? ''));
    expect(ours.article.lang).not.toBe('gu');
  });
});

describe('the language gate', () => {
  it('has English pages to check', () => {
    expect(others.map((f) => f.name)).toContain('english-article');
  });
});
