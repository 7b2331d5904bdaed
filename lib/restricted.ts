/** Pages no extension may read, known from the URL before we try. */
import type { DeclineReason } from './extract/types';

const RESTRICTED_SCHEMES = new Set([
  'about:', 'blob:', 'brave:', 'chrome:', 'chrome-extension:', 'chrome-search:',
  'chrome-untrusted:', 'data:', 'devtools:', 'edge:', 'extension:', 'javascript:', 'moz-extension:',
  'opera:', 'resource:', 'view-source:', 'vivaldi:', 'safari-web-extension:',
]);

/** Browser stores: browsers forbid every extension from scripting them. */
const STORE_PAGES: ReadonlyArray<[host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
  ['addons.opera.com', '/'],
];

export type UrlVerdict = { readable: true; isFile: boolean } | { readable: false; reason: DeclineReason };

export function classifyTabUrl(url: string | undefined): UrlVerdict {
  if (!url) return { readable: true, isFile: false };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { readable: false, reason: 'restricted' };
  }
  if (RESTRICTED_SCHEMES.has(parsed.protocol)) return { readable: false, reason: 'restricted' };
  const host = parsed.hostname.toLowerCase();
  if (STORE_PAGES.some(([storeHost, prefix]) => host === storeHost && parsed.pathname.startsWith(prefix))) {
    return { readable: false, reason: 'restricted' };
  }
  if (/\.pdf$/i.test(parsed.pathname)) return { readable: false, reason: 'pdf' };
  if (parsed.protocol === 'file:') return { readable: true, isFile: true };
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { readable: false, reason: 'restricted' };
  }
  return { readable: true, isFile: false };
}

/** What a failed injection means for the reader. */
export function reasonForInjectionError(message: string, url: string | undefined): DeclineReason {
  if (url?.startsWith('file:')) return 'file-access';
  if (/cannot access|cannot be scripted|extensions gallery|missing host permission|permission|restricted/i.test(message)) {
    return 'restricted';
  }
  return 'error';
}
