/** A site rule: what is known of one portal's markup, as data. */
export interface SiteRule {
  /** The portal's main host; the rule's file is named after it. */
  id: string;
  /** Hosts the rule serves (a host also matches its subdomains). */
  hosts: string[];
  /** Optional path prefixes, for portals that share a host (bbc.com/gujarati). */
  paths?: string[];
  /** Selectors of the article body, in priority order; the first that matches exactly one
   * element wins. When none does, the rule still removes junk and general extraction runs. */
  articleRoot: string[];
  /** Selectors of junk to remove anywhere on the page. */
  remove: string[];
  /** Where to read metadata that the page's JSON-LD and meta tags get wrong. */
  meta?: {
    title?: string[];
    byline?: string[];
    published?: string[];
  };
}
