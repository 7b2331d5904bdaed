import type { SiteRule } from './types';

/** BBC News ગુજરાતી (Simorgh on bbc.com/gujarati): the story is main[role=main]; ads, in-body
 * link blocks, promos and onward journeys are sections marked with data-e2e or aria-labelledby. */
const rule: SiteRule = {
  id: 'bbc.com-gujarati',
  hosts: ['bbc.com'],
  paths: ['/gujarati'],
  articleRoot: ['main[role="main"]', 'main article'],
  remove: [
    // Byline and date come from JSON-LD; the strip carries visually hidden labels.
    'section[aria-labelledby="article-byline"]',
    'section[data-e2e="advertisement"]',
    'section[data-e2e="scrollable-promos"]',
    "section[data-component='links-block']",
    'section[data-e2e="recommendations-heading"]',
    'section[aria-labelledby="podcast-promo"]',
    'aside[aria-labelledby="related-topics"]',
    'section[data-e2e="related-content-heading"]',
    'section[data-e2e="most-read"]',
  ],
};

export default rule;
