/** The registry of site rules. Plain data: content scripts import it at build time. */
import { SITE_RULES } from './registry';
import type { SiteRule } from './types';

export type { SiteRule } from './types';
export { SITE_RULES };

function hostMatches(hostname: string, host: string): boolean {
  const h = hostname.toLowerCase().replace(/^www\./, '');
  const wanted = host.toLowerCase().replace(/^www\./, '');
  return h === wanted || h.endsWith(`.${wanted}`);
}

/** The rule for a page's URL, or null. */
export function findSiteRule(url: string, rules: readonly SiteRule[] = SITE_RULES): SiteRule | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return (
    rules.find(
      (rule) =>
        rule.hosts.some((host) => hostMatches(parsed.hostname, host)) &&
        (!rule.paths || rule.paths.some((prefix) => parsed.pathname.startsWith(prefix))),
    ) ?? null
  );
}
