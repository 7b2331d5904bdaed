import type { SiteRule } from './types';

/** Gujarati Jagran (Jagran New Media article template): story in div.detailBox (div.articleHd with
 * h1, div.bodySummery, div.articleBody); ads in .webAds, Taboola in .taboolaads. */
const rule: SiteRule = {
  id: 'gujaratijagran.com',
  hosts: ['gujaratijagran.com'],
  articleRoot: ['.detailBox', '.articleBody'],
  remove: [
    '.webAds',
    '.taboolaads',
    '.brdCrumb',
    '.dateInfo',
    '.shareList',
    '.tagsList',
  ],
};

export default rule;
