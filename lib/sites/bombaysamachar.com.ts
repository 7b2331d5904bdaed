import type { SiteRule } from './types';

/** Mumbai Samachar: WordPress Jannah (TieLabs) theme; body in #the-post .entry-content, ads in .stream-item. */
const rule: SiteRule = {
  id: 'bombaysamachar.com',
  hosts: ['bombaysamachar.com'],
  articleRoot: ['#the-post .entry-content', 'article.post-content .entry-content'],
  remove: [
    '.stream-item',
    '.stream-item-mag',
    '.share-buttons',
    '.post-bottom-tags',
    '#related-posts',
    '#check-also-box',
    '#read-next-block',
    '.post-footer',
  ],
};

export default rule;
