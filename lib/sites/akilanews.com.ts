import type { SiteRule } from './types';

/** Akila News: custom Bootstrap CMS; body in .news-detail-text, ads in *pannel-banner* blocks and #ear-* side panels. */
const rule: SiteRule = {
  id: 'akilanews.com',
  hosts: ['akilanews.com'],
  articleRoot: ['.news-detail-box [itemprop="articleBody"]', '.news-detail-text'],
  remove: [
    'div[class*="pannel-banner"]',
    'div[id^="ear-"]',
    '.also-read-news',
    '.news-share',
    '.news-tags',
    '.related-news',
  ],
};

export default rule;
