import type { SiteRule } from './types';

/** Gujarat Samachar: Next.js + Bootstrap; the story sits in div.detail-news.article-detail-news,
 * ads in .ad-container, related cards in .multiple.card, react-share buttons in .single-box.social. */
const rule: SiteRule = {
  id: 'gujaratsamachar.com',
  hosts: ['gujaratsamachar.com'],
  articleRoot: ['div.detail-news.article-detail-news', '.article-detail-news'],
  remove: [
    '.ad-container',
    'ins.adsbygoogle',
    '.social-share',
    '.single-box.social',
    'button.react-share__ShareButton',
    '.breadcrumb',
    '.news-tags',
    '.multiple.card',
  ],
};

export default rule;
