/** Step 1: apply the portal's rule: drop its known junk and narrow the page to its article root. */
import type { SiteRule } from '../sites/types';
import { normalizeText } from '../gujarati';

export interface RuleOutcome {
  /** True when the rule changed the page: a root matched or junk was removed. */
  fired: boolean;
  rootSelector: string | null;
  removed: number;
  title: string | null;
  byline: string | null;
  published: string | null;
}

function firstText(doc: Document, selectors: string[] | undefined): string | null {
  for (const selector of selectors ?? []) {
    const value = normalizeText(doc.querySelector(selector)?.textContent ?? '');
    if (value) return value;
  }
  return null;
}

function firstDate(doc: Document, selectors: string[] | undefined): string | null {
  for (const selector of selectors ?? []) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? el?.textContent;
    if (value?.trim()) return value.trim();
  }
  return null;
}

/** Applies `rule` to `doc` (a clone) in place. */
export function applySiteRule(doc: Document, rule: SiteRule): RuleOutcome {
  // Metadata hints are read first: the title and byline often sit outside the article root.
  const title = firstText(doc, rule.meta?.title);
  const byline = firstText(doc, rule.meta?.byline);
  const published = firstDate(doc, rule.meta?.published);

  let removed = 0;
  for (const selector of rule.remove) {
    for (const el of doc.querySelectorAll(selector)) {
      el.remove();
      removed++;
    }
  }

  let rootSelector: string | null = null;
  for (const selector of rule.articleRoot) {
    const matches = doc.querySelectorAll(selector);
    // A rule applies cleanly or not at all: an ambiguous selector is no root.
    if (matches.length !== 1) continue;
    const root = matches[0]!;
    if (normalizeText(root.textContent ?? '').length === 0) continue;
    const container = doc.createElement('article');
    container.appendChild(root);
    doc.body.replaceChildren(container);
    rootSelector = selector;
    break;
  }

  return { fired: rootSelector !== null || removed > 0, rootSelector, removed, title, byline, published };
}
