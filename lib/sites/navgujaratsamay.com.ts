import type { SiteRule } from './types';

/** Navgujarat Samay: body (summary, image, text) in #article-body, ads in .tbarad-content-wrapper. */
const rule: SiteRule = {
  id: 'navgujaratsamay.com',
  hosts: ['navgujaratsamay.com'],
  articleRoot: ['#article-body', '.article-detail-body'],
  remove: [
    '.tbarad-content-wrapper',
    '.also-read-wrapper',
    '.article-share',
    '.article-tags',
  ],
};

export default rule;
