import type { SiteRule } from './types';

/** Zee 24 Kalak (zeenews.india.com/gujarati): Bootstrap grid; headline, image and text each sit in a
 * div.article_content, the paragraphs in one nested inside another; ad slots carry "-ad-" ids. */
const rule: SiteRule = {
  id: 'zeenews.india.com-gujarati',
  hosts: ['zeenews.india.com'],
  paths: ['/gujarati'],
  articleRoot: ['.article_content > .article_content'],
  remove: ['.topbanner', 'div:has(> [id*="-ad-"])', '.videoCube', '.trc_rbox_container'],
};

export default rule;
