/** Choosing the headline the article shows, and stripping " | Site" from document titles. */
import { comparisonKey, containsGujarati, normalizeText } from '../gujarati';

const SEPARATOR = /\s+[|\-–—:»·]\s+|\s*\|\s*/;

function brandWords(hostname: string): string[] {
  return hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.')
    .filter((part) => part.length > 2 && !['com', 'co', 'in', 'org', 'net', 'news'].includes(part));
}

function isSiteName(segment: string, siteName: string | null, hostname: string): boolean {
  const key = comparisonKey(segment);
  if (!key || key.split(' ').length > 5) return false;
  if (siteName && key === comparisonKey(siteName)) return true;
  const squashed = key.replace(/\s+/g, '');
  return brandWords(hostname).some((brand) => squashed.includes(brand) || brand.includes(squashed));
}

/** "હેડલાઇન | Site" → "હેડલાઇન", only where the tail names the site. */
export function stripSiteSuffix(title: string, siteName: string | null, url: string): string {
  let hostname = '';
  try {
    hostname = new URL(url).hostname;
  } catch {
    // No host to compare with; the site name alone decides.
  }
  let current = normalizeText(title);
  for (let i = 0; i < 2; i++) {
    const parts = current.split(SEPARATOR);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    if (isSiteName(last, siteName, hostname)) {
      current = normalizeText(current.slice(0, current.length - last.length).replace(/[\s|\-–—:»·]+$/u, ''));
    } else if (isSiteName(first, siteName, hostname)) {
      current = normalizeText(current.slice(first.length).replace(/^[\s|\-–—:»·]+/u, ''));
    } else {
      break;
    }
  }
  return current || normalizeText(title);
}

export interface TitleSources {
  ruleTitle: string | null;
  /** The JSON-LD headline, the editor's own statement of the headline. */
  headline: string | null;
  /** JSON-LD headline, og:title, <title>, in that order. */
  declared: string[];
  /** Texts of the page's <h1> elements, read before cleaning. */
  headings: string[];
  readabilityTitle: string | null;
  siteName: string | null;
  url: string;
}

export function chooseTitle(sources: TitleSources): string {
  if (sources.ruleTitle) return sources.ruleTitle;
  // An <h1> that shows the JSON-LD headline, perhaps after a kicker ("મનોચિકિત્સકની વાત / …"):
  // the headline is the part the editor declared.
  const declaredHeadline = sources.headline ? comparisonKey(sources.headline) : '';
  if (declaredHeadline.length >= 8 && sources.headings.some((h) => comparisonKey(h).includes(declaredHeadline))) {
    return sources.headline!;
  }
  const declared = [...sources.declared, sources.readabilityTitle].filter(
    (t): t is string => Boolean(t),
  );
  // The headline the article shows is the <h1> that the declared titles agree with; a Gujarati
  // one before an English one (some portals put an English h1 in the breadcrumb).
  const headings = [...sources.headings].sort((a, b) => Number(containsGujarati(b)) - Number(containsGujarati(a)));
  for (const heading of headings) {
    const headingKey = comparisonKey(heading);
    if (headingKey.length < 8) continue;
    for (const candidate of declared) {
      const key = comparisonKey(candidate);
      if (key !== headingKey && !key.includes(headingKey)) continue;
      // Same words: the declared text keeps the spacing that the h1's markup may lose
      // ("ધસારો:<span>ધોરડોના" reads as "ધસારો:ધોરડોના").
      const stripped = stripSiteSuffix(candidate, sources.siteName, sources.url);
      const exact = [stripped, ...stripped.split(/\s*\|\s*/)].find((part) => comparisonKey(part) === headingKey);
      return exact ?? heading;
    }
  }
  const best = declared[0] ?? sources.headings[0] ?? '';
  const stripped = stripSiteSuffix(best, sources.siteName, sources.url);
  // "English headline|ગુજરાતી હેડલાઇન": a reader of Gujarati wants the Gujarati half.
  const halves = stripped.split(/\s*\|\s*/);
  if (halves.length === 2 && containsGujarati(stripped)) {
    const gujarati = halves.find((half) => containsGujarati(half) && half.length >= 8);
    if (gujarati && !containsGujarati(halves.find((h) => h !== gujarati) ?? '')) return gujarati;
  }
  return stripped;
}
