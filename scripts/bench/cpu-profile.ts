/** npx tsx scripts/bench/cpu-profile.ts [path pattern]: the functions where Vanchan's extraction
 * spends its time, by sampling Chromium's CPU profiler over 200 runs on each benchmark page whose
 * path matches (default: the portal fixtures). A built-in call (querySelectorAll, parseFromString)
 * is shown with the function that made it. */
import { join } from 'node:path';
import { launchWithExtension, servePages, ROOT } from '../lib/chromium';
import { benchPages, inPageBundle } from './pages';
const pat = new RegExp(process.argv[2] ?? 'fixtures/sites/');
const pages = benchPages().filter((p) => pat.test(p.file));
const bundle = await inPageBundle({ minify: false });
const server = await servePages(Object.fromEntries(pages.map((p, i) => [`/p/${i}`, p.file])), { 'content-security-policy': "script-src 'none'" });
const s = await launchWithExtension(join(ROOT, '.output', 'chrome-mv3-e2e'));
try {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  const self = new Map<string, number>();
  let total = 0;
  for (const [i, p] of pages.entries()) {
    await page.goto(`${server.origin}/p/${i}`);
    await page.evaluate(bundle);
    await page.evaluate(`(async () => { for (let i = 0; i < 20; i++) await __vanchanBench.vanchan(${JSON.stringify(p.url)}); })()`);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate(`(async () => { for (let i = 0; i < 200; i++) await __vanchanBench.vanchan(${JSON.stringify(p.url)}); })()`);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const counts = new Map<number, number>();
    for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const [id, c] of counts) {
      const leaf = byId.get(id)!;
      let up = leaf;
      let guard = 0;
      while (up.callFrame.lineNumber < 0 && parent.has(up.id) && guard++ < 50) up = byId.get(parent.get(up.id)!)!;
      const key = leaf === up ? `${leaf.callFrame.functionName || '(anon)'}:${leaf.callFrame.lineNumber}` : `[${leaf.callFrame.functionName}] in ${up.callFrame.functionName || '(anon)'}:${up.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + c);
      total += c;
    }
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45);
  for (const [k, v] of top) console.log((100 * v / total).toFixed(1).padStart(5), k);
} finally { await s.close(); await server.close(); }
