import type { SiteRule } from './types';

/** Gujarati Mid-day: mid-day.com platform; body in the itemprop="articleBody" .article-content, ads in .add-300x250. */
const rule: SiteRule = {
  id: 'gujaratimidday.com',
  hosts: ['gujaratimidday.com'],
  articleRoot: ['.article-content[itemprop="articleBody"]', '#article-content'],
  remove: [
    '.add-300x250',
    '.rhsTopBannerParentAd',
    '.article-social-share',
    '.article-tags',
    '.related-articles',
  ],
};

export default rule;
