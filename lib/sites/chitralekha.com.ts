import type { SiteRule } from './types';

/** Chitralekha: WordPress tagDiv Newspaper theme; body in .td-post-content, ads in .td-a-rec. */
const rule: SiteRule = {
  id: 'chitralekha.com',
  hosts: ['chitralekha.com'],
  articleRoot: ['.td-post-content', '.tdb_single_content .tdb-block-inner'],
  remove: [
    '.td-a-rec',
    '.td-post-sharing',
    '.td-post-source-tags',
    '.td-post-next-prev',
    '.td_block_related_posts',
    '.td-trending-now-wrapper',
    '.tdb_single_tags',
    '.tdb_single_post_share',
  ],
};

export default rule;
