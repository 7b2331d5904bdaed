import type { SiteRule } from './types';

/** Indian Express Gujarati (IE network WordPress block theme): story in the
 * .ie-network-grid__lhs column (h1.wp-block-post-title, .wp-block-post-excerpt, .entry-content);
 * ad slots are divs whose class ends in "_ads". */
const rule: SiteRule = {
  id: 'gujarati.indianexpress.com',
  hosts: ['gujarati.indianexpress.com'],
  articleRoot: ['.ie-network-grid__lhs', '.entry-content.wp-block-post-content'],
  remove: [
    'div[class$="_ads"]',
    '.ie-network-share',
    '.ie-network-also-read',
    '.wp-block-post-terms',
    '.wp-block-newspack-blocks-ie-stories',
    '.ie-network-app-download',
  ],
};

export default rule;
