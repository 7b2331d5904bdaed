import type { SiteRule } from './types';

/** Oneindia Gujarati: Oneindia platform; body blocks (.oicustomcontent) in .oi-article-lt, ads in .oi-adblock / are-slot-*. */
const rule: SiteRule = {
  id: 'gujarati.oneindia.com',
  hosts: ['gujarati.oneindia.com'],
  articleRoot: ['.oi-article-lt'],
  remove: [
    '.oi-adblock',
    '[id^="are-slot"]',
    '.oi-sponsored-by-wrap',
    '.oi-share-wrap',
    '.oi-article-lt .author-detail',
    '.notification-alert',
  ],
};

export default rule;
