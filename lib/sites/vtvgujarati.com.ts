import type { SiteRule } from './types';

/** VTV Gujarati (Next.js + Tailwind, /news-details/<slug>): utility classes only, so the story is
 * found by structure (the <article> in <main> holding the h1, body in [itemprop=articleBody]);
 * ad slots are divs with ids starting "VTV_". */
const rule: SiteRule = {
  id: 'vtvgujarati.com',
  hosts: ['vtvgujarati.com'],
  articleRoot: ['main article:has(h1)', '[itemprop="articleBody"]'],
  remove: [
    // The slot only: its "Advertisement" label goes with general cleaning, and a wrapper
    // selector could catch the body when a slot sits directly in it.
    'div[id^="VTV_"]',
    '[itemprop="articleBody"] aside',
    // Author / "Last Updated" strip (byline and date are in JSON-LD).
    'article > div:has(a[itemprop="author"])',
    'div:has(> a[href*="facebook.com/sharer"])',
    'div:has(> a[href*="vtvgujarati.com/tags/"])',
  ],
};

export default rule;
