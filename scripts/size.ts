/** npm run size: the built sizes against their budgets; exits 1 when one is exceeded.
 * Budgets: content script ≤ 60 KB minified; each extension page's JavaScript ≤ 90 KB gzipped
 * (what the browser reads from the package, fonts apart); fonts ≤ 700 KB; each store zip ≤ 1.5 MB. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');
const OUTPUT = join(ROOT, '.output');
const KB = 1000;

interface Line {
  what: string;
  bytes: number;
  budget: number;
  note: string;
}

/** Every JavaScript file a page loads: its script tags and module preloads, and what those import,
 * statically or on demand (a page that loads its UI with import() still reads all of it). */
function pageScripts(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const pending = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => join(dir, m[1]!));
  const seen = new Set<string>();
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const [, ref] of readFileSync(file, 'utf8').matchAll(/["'`]((?:\.{1,2}\/|chunks\/|assets\/)[^"'`\s]+\.js)["'`]/g)) {
      pending.push(ref!.startsWith('.') ? join(dirname(file), ref!) : join(dir, ref!));
    }
  }
  return [...seen];
}

const lines: Line[] = [];
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(OUTPUT, target);
  if (!existsSync(dir)) {
    console.error(`No ${target} build: run "npm run build" first.`);
    process.exit(2);
  }
  lines.push({ what: `${target} content script`, bytes: statSync(join(dir, 'content-scripts', 'extract.js')).size, budget: 60 * KB, note: 'minified' });
  for (const page of ['popup.html', 'reader.html']) {
    const files = pageScripts(dir, page);
    const raw = files.reduce((sum, f) => sum + statSync(f).size, 0);
    const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    lines.push({ what: `${target} ${page} JavaScript`, bytes: gzip, budget: 90 * KB, note: `gzipped (${(raw / KB).toFixed(1)} KB minified)` });
  }
  const fonts = readdirSync(join(dir, 'assets')).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
  lines.push({ what: `${target} fonts (${fonts.length} files)`, bytes: fonts.reduce((s, f) => s + statSync(join(dir, 'assets', f)).size, 0), budget: 700 * KB, note: 'WOFF2' });
}
for (const zip of readdirSync(OUTPUT).filter((f) => /-(chrome|firefox)\.zip$/.test(f))) {
  lines.push({ what: `store zip ${zip}`, bytes: statSync(join(OUTPUT, zip)).size, budget: 1500 * KB, note: '' });
}
if (!lines.some((l) => l.what.startsWith('store zip'))) {
  console.error('No store zips: run "npm run zip" first (npm run size does).');
  process.exit(2);
}

let over = 0;
console.log('what'.padEnd(44), 'size KB'.padStart(9), 'budget KB'.padStart(10), '');
for (const line of lines) {
  const ok = line.bytes <= line.budget;
  if (!ok) over++;
  console.log(line.what.padEnd(44), (line.bytes / KB).toFixed(1).padStart(9), (line.budget / KB).toFixed(0).padStart(10), ok ? ' ok' : ' OVER', line.note ? ` ${line.note}` : '');
}
console.log(over ? `\n${over} over budget.` : '\nAll within budget.');
process.exit(over ? 1 : 0);
