import type { SiteRule } from './types';

/** ABP Asmita: UIkit markup; ads in .ad-wrapper-leaderboard with a .uk-text-meta label. */
const rule: SiteRule = {
  id: 'gujarati.abplive.com',
  hosts: ['gujarati.abplive.com'],
  articleRoot: ['.article-wrap', '.abp-story-article'],
  remove: [
    '.ad-wrapper-leaderboard',
    '.top-story-box',
    '.sidebar-column',
    '.share-bar',
    '.article-tags',
    '.app-download',
  ],
  meta: {
    title: ['h1.article-title'],
    byline: ['.article-author', '.author-name'],
  },
};

export default rule;
