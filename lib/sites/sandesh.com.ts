import type { SiteRule } from './types';

/** Sandesh: Next.js + Tailwind; infinite scroll stacks div.story.article-<id> blocks, so the root
 * is the first story; CMS junk classes inner_ad / inner_ar / allSubscribe sit inside the body. */
const rule: SiteRule = {
  id: 'sandesh.com',
  hosts: ['sandesh.com'],
  articleRoot: [
    'div.story[class*="article-"]:first-child',
    'div.story[class*="article-"]:nth-child(1 of div.story)',
  ],
  remove: [
    '.inner_ad',
    '.inner_ar',
    '.related-content-alsoread',
    '.allSubscribe',
    '.single-box.social',
    '.news-tags',
    '.story .breadcrumb',
    '#subs-popup-banner',
  ],
};

export default rule;
