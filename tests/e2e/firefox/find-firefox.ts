import { accessSync, constants } from 'node:fs';

/** Where a Firefox binary is: `$FIREFOX_PATH`, else Debian's firefox-esr, else `firefox`. */
export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/local/bin/firefox'];

export function findFirefox(): string | null {
  const candidates = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : FIREFOX_CANDIDATES;
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not there; try the next one
    }
  }
  return null;
}
