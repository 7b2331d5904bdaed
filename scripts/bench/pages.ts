/** What the benchmarks share: the pages they run over (the project's fixtures, and
 * ../shared/corpus when present, each at its own address, from its expected or gold file, since
 * site rules are chosen by host), in-page.ts bundled to run in those pages, and the median. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../lib/chromium';

/** in-page.ts as one script for page.evaluate; unminified keeps function names for profiles. */
export async function inPageBundle({ minify = true } = {}): Promise<string> {
  const result = await build({ entryPoints: [join(ROOT, 'scripts', 'bench', 'in-page.ts')], bundle: true, format: 'iife', minify, write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

/** The middle of `xs` (the upper middle of an even count); NaN when there is nothing. */
export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
}

export interface BenchPage {
  file: string;
  /** A short name for tables: the path under the project, or under the shared folder. */
  name: string;
  url: string;
}

const CORPUS = join(ROOT, '..', 'shared', 'corpus');

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

function addressOf(file: string): string {
  for (const sidecar of [file.replace(/\.html$/, '.expected.json'), file.replace(/\.html$/, '.gold.json')]) {
    if (!existsSync(sidecar)) continue;
    const { url } = JSON.parse(readFileSync(sidecar, 'utf8')) as { url?: unknown };
    if (typeof url === 'string') return url;
  }
  return `https://example.org/${relative(ROOT, file).replace(/[^a-z0-9./-]/gi, '-')}`;
}

export function benchPages(): BenchPage[] {
  const files = [...htmlFiles(join(ROOT, 'tests', 'fixtures')), ...htmlFiles(CORPUS)];
  return files.map((file) => ({
    file,
    name: file.startsWith(CORPUS) ? relative(join(CORPUS, '..'), file) : relative(ROOT, file),
    url: addressOf(file),
  }));
}
