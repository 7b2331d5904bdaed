/** npx tsx scripts/bench/profile.ts [--reps N]: where extraction time goes, step by step, over the
 * benchmark's pages (the project's fixtures and ../shared/corpus when present), in headless
 * Chromium. Prints each step's median per page and the median over pages. */
import { join } from 'node:path';
import { benchPages, inPageBundle, median } from './pages';
import { launchWithExtension, servePages, ROOT } from '../lib/chromium';

const argv = process.argv.slice(2);
const REPS = Number(argv.includes('--reps') ? argv[argv.indexOf('--reps') + 1] : 7);
const bundle = await inPageBundle();
const pages = benchPages();
const routes = Object.fromEntries(pages.map((p, i) => [`/p/${i}`, p.file]));
const server = await servePages(routes, { 'content-security-policy': "script-src 'none'" });
const session = await launchWithExtension(join(ROOT, '.output', 'chrome-mv3-e2e'));
const perStep: Record<string, number[]> = {};
try {
  const page = await session.context.newPage();
  for (const [i, p] of pages.entries()) {
    await page.goto(`${server.origin}/p/${i}`);
    await page.evaluate(bundle);
    const runs = (await page.evaluate(
      async ({ reps, url }) => {
        const bench = (globalThis as unknown as { __vanchanBench: { profile(u: string): Promise<Record<string, number>>; stock(): { totalMs: number } } }).__vanchanBench;
        await bench.profile(url);
        const out: Record<string, number>[] = [];
        for (let r = 0; r < reps; r++) out.push({ ...(await bench.profile(url)), stock: bench.stock().totalMs });
        return out;
      },
      { reps: REPS, url: p.url },
    )) as Record<string, number>[];
    const steps = Object.keys(runs[0]!);
    const row = Object.fromEntries(steps.map((s) => [s, median(runs.map((r) => r[s] ?? 0))]));
    for (const [s, v] of Object.entries(row)) (perStep[s] ??= []).push(v);
    console.log(p.name.slice(-60).padEnd(60), steps.map((s) => `${s} ${row[s]!.toFixed(1)}`).join('  '));
  }
  console.log('\nmedian over pages:', Object.entries(perStep).map(([s, v]) => `${s} ${median(v).toFixed(2)}`).join('  '));
} finally {
  await session.close();
  await server.close();
}
