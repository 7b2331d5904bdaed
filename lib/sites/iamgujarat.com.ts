import type { SiteRule } from './types';

/** I am Gujarat (Times Internet articleshow): story in .story-article (h2.artsyn standfirst,
 * br-separated div.story-content[itemprop=articleBody]); widgets .wdt_amz/.wdt-taboola/.endarticle. */
const rule: SiteRule = {
  id: 'iamgujarat.com',
  hosts: ['iamgujarat.com'],
  articleRoot: ['.story-article', '[itemprop="articleBody"]'],
  remove: [
    '.atf-wrapper',
    '.breadcrumb',
    '.news_card_source',
    '.social-share',
    '.wdt_amz',
    '.inart-ad-wrap',
    '.endarticle',
    '.wdt-taboola',
    '.trending-box',
    '.rhs-videolist',
    '.advertorialwrapper',
  ],
  meta: {
    // JSON-LD names the publisher as author; the desk or editor is in the byline strip.
    byline: ['.news_card_source .author-name a', '.news_card_source .author-name'],
  },
};

export default rule;
