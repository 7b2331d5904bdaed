/** Writes lib/sites/registry.ts from the rule files in lib/sites: one import per rule, sorted,
 * so that adding a portal is adding a file. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SITES_DIR = join(import.meta.dirname, '..', 'lib', 'sites');
const NOT_RULES = new Set(['index.ts', 'types.ts', 'registry.ts']);

export function ruleIds(): string[] {
  return readdirSync(SITES_DIR)
    .filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}

function variableName(id: string): string {
  return id.replace(/[^a-z0-9]+([a-z0-9])/gi, (_, c: string) => c.toUpperCase()).replace(/^[^a-z]/i, '_$&');
}

export function writeRegistry(): string[] {
  const ids = ruleIds();
  const lines = [
    '// Written by `npm run sites:registry` (and `npm run new-portal`) from the files in this folder.',
    ...ids.map((id) => `import ${variableName(id)} from './${id}';`),
    "import type { SiteRule } from './types';",
    '',
    'export const SITE_RULES: readonly SiteRule[] = [',
    ...ids.map((id) => `  ${variableName(id)},`),
    '];',
    '',
  ];
  writeFileSync(join(SITES_DIR, 'registry.ts'), lines.join('\n'));
  return ids;
}

if (process.argv[1]?.endsWith('site-registry.ts')) {
  console.log(`lib/sites/registry.ts: ${writeRegistry().length} rules`);
}
