import type { SiteRule } from './types';

/** Divya Bhaskar: 2020 template keys on section.db_storybox; today's Next.js template (hashed
 * classes) on its single <article>, `Ad--` slots and react-share buttons. */
const rule: SiteRule = {
  id: 'divyabhaskar.co.in',
  hosts: ['divyabhaskar.co.in'],
  articleRoot: ['section.db_storybox', 'div.db_storycontent', 'article'],
  remove: [
    // 2020 template
    '.db_artbredcram',
    '.zoom_container',
    '.social_sharing',
    '[id^="div-gpt"]',
    '.recomendation_bg',
    '.rhs',
    '.d_linkwidget',
    '#humbergerMenu',
    '#notification-news-alert',
    // Next.js template: ad slots in their fixed-height wrappers, share buttons, breadcrumb
    'div:has(> div[id^="Ad--"])',
    'div[id^="Ad--"]',
    'ul:has(button.react-share__ShareButton)',
    'button.react-share__ShareButton',
    'article ul:has(> li:first-child > a[href$="divyabhaskar.co.in/"])',
  ],
  meta: {
    // The 2020 JSON-LD names the desk editor who uploaded the story, not the reporter's desk.
    byline: ['.db_storytime h4'],
  },
};

export default rule;
