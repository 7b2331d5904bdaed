import type { SiteRule } from './types';

/** GSTV (Next.js, /news/<category>/<slug>): each story is an article.nextstorydiv (more are appended
 * on scroll; the first is the one opened); CSS-module classes are matched on their stable
 * local names, "આ પણ વાંચો" boxes are .also-read-section. */
const rule: SiteRule = {
  id: 'gstv.in',
  hosts: ['gstv.in'],
  articleRoot: ['article.nextstorydiv', 'article.nextstorydiv:first-of-type'],
  remove: [
    '.also-read-section',
    '.shareBtn',
    '[class*="_newsMeta__"]',
    '[class*="_newsSource__"]',
    '[class*="_newsTags__"]',
  ],
};

export default rule;
