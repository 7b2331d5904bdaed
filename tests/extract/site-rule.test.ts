import { describe, expect, it } from 'vitest';
import { applySiteRule } from '../../lib/extract/site-rule';
import { findSiteRule, SITE_RULES } from '../../lib/sites';
import type { SiteRule } from '../../lib/sites/types';
import { PROSE_HTML, page, parse } from '../helpers';

const RULE: SiteRule = {
  id: 'portal.example',
  hosts: ['portal.example'],
  articleRoot: ['.story-body', '.fallback-body'],
  remove: ['.promo'],
  meta: { title: ['h1.headline'], byline: ['.author'] },
};

describe('findSiteRule', () => {
  it.each([
    ['https://gujarati.abplive.com/news/world/kim-794512', 'gujarati.abplive.com'],
    ['https://www.gujarati.abplive.com/news/x', 'gujarati.abplive.com'],
    ['https://m.gujarati.abplive.com/news/x', 'gujarati.abplive.com'],
  ])('finds the rule for %s', (url, id) => {
    expect(findSiteRule(url)?.id).toBe(id);
  });

  it.each([
    'https://gujarati.abplive.com.attacker.example/news/x',
    'https://notgujarati.abplive.com.example/',
    'https://www.abplive.com/news/x',
    'not a url',
  ])('finds no rule for %s', (url) => {
    expect(findSiteRule(url)).toBeNull();
  });

  it('honours path prefixes for portals that share a host', () => {
    const rules: SiteRule[] = [{ ...RULE, id: 'bbc', hosts: ['bbc.com'], paths: ['/gujarati'] }];
    expect(findSiteRule('https://www.bbc.com/gujarati/articles/c1', rules)?.id).toBe('bbc');
    expect(findSiteRule('https://www.bbc.com/news/articles/c1', rules)).toBeNull();
  });

  it('registers every rule once', () => {
    expect(new Set(SITE_RULES.map((r) => r.id)).size).toBe(SITE_RULES.length);
  });
});

describe('applySiteRule', () => {
  it('narrows the page to the article root and removes the rule’s junk', () => {
    const doc = parse(
      page(`<h1 class="headline">શીર્ષક</h1><span class="author">રિપોર્ટર</span>
        <nav>મેનુ</nav><div class="story-body">${PROSE_HTML}<div class="promo">પ્રોમો</div></div><aside>સાઇડબાર</aside>`),
    );
    const outcome = applySiteRule(doc, RULE);
    expect(outcome).toMatchObject({ fired: true, rootSelector: '.story-body', removed: 1, title: 'શીર્ષક', byline: 'રિપોર્ટર' });
    expect(doc.body.textContent).not.toMatch(/મેનુ|સાઇડબાર|પ્રોમો/);
    expect(doc.body.textContent).toContain('વડોદરામાં');
  });

  it('skips a root selector that matches more than one element', () => {
    const doc = parse(page(`<div class="story-body">એક</div><div class="story-body">બે</div><div class="fallback-body">${PROSE_HTML}</div>`));
    expect(applySiteRule(doc, RULE).rootSelector).toBe('.fallback-body');
  });

  it('leaves the page whole when no root matches', () => {
    const doc = parse(page(`<main>${PROSE_HTML}</main><footer>ફૂટર</footer>`));
    const outcome = applySiteRule(doc, RULE);
    expect(outcome.fired).toBe(false);
    expect(doc.body.textContent).toContain('ફૂટર');
  });
});
