import type { SiteRule } from './types';

/** News18 Gujarati: Next.js with styled-jsx (hashed jsx-* classes beside stable names); the story is
 * article.article_box (itemtype NewsArticle), whose standfirst sits outside #article_content. */
const rule: SiteRule = {
  id: 'gujarati.news18.com',
  hosts: ['gujarati.news18.com'],
  articleRoot: ['article.article_box', 'article[itemtype$="NewsArticle"]', '#article_content'],
  remove: [
    '.ad-container',
    '.add_container',
    '.newadd',
    '#vigyapan',
    '.site-ad-container',
    '.TABOOLA',
    '.breadcrumb',
    '.article_byline',
    '.social_share',
    '.trending_news_list',
    '.tags_wrap',
    '.author_bio_box',
    '.first_published',
    '.news_nav',
    '.related_stories',
  ],
};

export default rule;
