/** npx tsx scripts/bench/profile.ts: where extraction time goes, step by step, on a few pages
 * (an article, a blog post, a large home page, the generated huge page), in headless Chromium. */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { hugePage } from './huge-page';
import { launchWithExtension, servePages, ROOT } from '../lib/chromium';
const bundle = (await build({ entryPoints: [join(ROOT, 'scripts', 'bench', 'in-page.ts')], bundle: true, format: 'iife', write: false, logLevel: 'silent' })).outputFiles[0]!.text;
const HUGE = join(ROOT, 'test-results', 'huge.html');
writeFileSync(HUGE, hugePage());
const server = await servePages({ '/a': join(ROOT, 'tests/fixtures/sites/gujarati.abplive.com/vadodara-navratri-security.html'), '/home': join(ROOT, '../shared/corpus/gujaratsamachar.com/homepage-2018-01-25.html'), '/blog': join(ROOT, 'tests/fixtures/pages/blog-article.html'), '/huge': HUGE }, { 'content-security-policy': "script-src 'none'" });
const s = await launchWithExtension(join(ROOT, '.output', 'chrome-mv3-e2e'));
const page = await s.context.newPage();
for (const p of ['/a', '/blog', '/home', '/huge']) {
  await page.goto(server.origin + p, { waitUntil: 'domcontentloaded' });
  await page.evaluate(bundle);
  for (let i = 0; i < 3; i++) {
    const r = await page.evaluate(`__vanchanBench.profile('https://x.example${p}')`);
    if (i === 2 || p === '/huge') console.log(p, JSON.stringify(r, (k, v) => typeof v === 'number' ? Math.round(v * 10) / 10 : v));
    if (p === '/huge') break;
  }
}
await s.close(); await server.close();
