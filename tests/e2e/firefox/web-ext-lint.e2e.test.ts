// @vitest-environment node
/** `web-ext lint` on the Firefox build: no errors, and every warning explained. Run after `npm run build`. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// web-ext ships no type declarations; the shape used here is declared below.
// @ts-expect-error TS7016: no declaration file for 'web-ext'
import webExt from 'web-ext';
import { EXPLAINED_WARNINGS } from './explained-warnings';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SOURCE_DIR = join(ROOT, '.output', 'firefox-mv3');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintResult {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  notices: LintMessage[];
  warnings: LintMessage[];
}

interface WebExtApi {
  cmd: {
    lint(
      params: { sourceDir: string; output: 'json' | 'text' | 'none'; boring?: boolean; pretty?: boolean },
      options: { shouldExitProgram: boolean },
    ): Promise<LintResult>;
  };
}

function describeMessage(m: LintMessage): string {
  const where = m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''}${m.column ? `:${m.column}` : ''})` : '';
  return `${m.code}: ${m.message}${where}`;
}

let result: LintResult;

beforeAll(async () => {
  if (!existsSync(join(SOURCE_DIR, 'manifest.json'))) {
    throw new Error(`${SOURCE_DIR} has no manifest.json: run \`npm run build\` first.`);
  }
  // The programmatic API runs addons-linter in this process, offline (the CLI would also check
  // npm for a newer web-ext). `output: 'none'` only stops it printing the report; it still returns it.
  result = await (webExt as WebExtApi).cmd.lint(
    { sourceDir: SOURCE_DIR, output: 'none', boring: true },
    { shouldExitProgram: false },
  );
}, 60_000);

describe('web-ext lint on .output/firefox-mv3', () => {
  it('reports no errors', () => {
    expect(result.errors.map(describeMessage), 'web-ext lint errors').toEqual([]);
    expect(result.summary.errors).toBe(0);
  });

  it('reports only warnings that are explained in tests/e2e/firefox/explained-warnings.ts', () => {
    const unexplained = result.warnings.filter((w) => !Object.hasOwn(EXPLAINED_WARNINGS, w.code));
    expect(
      unexplained.map(describeMessage),
      'Unexplained web-ext lint warnings: fix them, or add the code with a one-sentence reason to ' +
        'EXPLAINED_WARNINGS in tests/e2e/firefox/explained-warnings.ts and to the README',
    ).toEqual([]);
  });

  it('explains each listed warning in one sentence', () => {
    for (const [code, reason] of Object.entries(EXPLAINED_WARNINGS)) {
      expect(code).toMatch(/^[A-Z0-9_]+$/);
      expect(reason.trim().length, `reason for ${code}`).toBeGreaterThan(20);
    }
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const code of Object.keys(EXPLAINED_WARNINGS)) {
      expect(readme, `the README explains ${code}`).toContain(`\`${code}\``);
    }
  });
});
