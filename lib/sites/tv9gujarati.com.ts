import type { SiteRule } from './types';

/** TV9 Gujarati: WordPress theme; story text in div.detailBody inside .ArticleBodyCont, ads in
 * .ad-container, Taboola in .trc_rbox_container, follow/tags/read-more blocks around the body. */
const rule: SiteRule = {
  id: 'tv9gujarati.com',
  hosts: ['tv9gujarati.com'],
  articleRoot: ['div.detailBody', '#detailBody', '.ArticleBodyCont'],
  remove: [
    '.ad-container',
    '.trc_rbox_container',
    '#taboola-below-article-thumbnails',
    '.social-share',
    '.articleShare',
    '.followUs_box',
    '.readmore_wrap',
    '.tagsWrap',
    '.readMoreStories',
  ],
};

export default rule;
