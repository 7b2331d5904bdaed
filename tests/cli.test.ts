import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, ABP_ARTICLE, fixture, loadFixtures } from './helpers';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function extract(...args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, [join(ROOT, 'scripts', 'extract.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'vanchan-cli-'));
const abp = fixture(ABP_ARTICLE);
const home = loadFixtures().find((f) => f.name === 'homepage')!;

describe('npm run extract', () => {
  it('prints one JSON object with the article, its content sanitized', async () => {
    const { code, stdout } = await extract(abp.file, '--url', abp.expected.url);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(
      ['ok', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt', 'content', 'textContent', 'length', 'wordCount', 'readingMinutes', 'rule'].sort(),
    );
    expect(out).toMatchObject({ ok: true, title: abp.expected.title, lang: 'gu', dir: 'ltr', rule: 'gujarati.abplive.com' });
    expect(out.content).not.toMatch(/<script|onerror=|class=/i);
    for (const junk of abp.expected.mustNotContain) expect(out.textContent).not.toContain(junk);
  });

  it('runs with rules switched off and reports no rule', async () => {
    const { code, stdout } = await extract(abp.file, '--url', abp.expected.url, '--no-rules');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, rule: null });
  });

  it('declines a page that is not an article with exit code 3', async () => {
    const { code, stdout } = await extract(join(FIXTURE_DIR, 'homepage.html'), '--url', home.expected.url);
    expect(code).toBe(3);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, reason: 'not-article' });
    expect((JSON.parse(stdout) as { message: string }).message.length).toBeGreaterThan(0);
  });

  it.each([
    ['a missing file', () => join(scratch, 'missing.html'), /no such file/],
    ['an empty file', () => { const f = join(scratch, 'empty.html'); writeFileSync(f, ''); return f; }, /empty/],
    ['a file that is not HTML', () => { const f = join(scratch, 'notes.txt'); writeFileSync(f, 'just some words, no markup'); return f; }, /not HTML/],
    ['a binary file', () => { const f = join(scratch, 'image.png'); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])); return f; }, /not HTML/],
  ])('refuses %s with exit code 2 and one line on stderr', async (_label, file, message) => {
    const { code, stdout, stderr } = await extract(file(), '--url', 'https://example.com/x');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('refuses a URL that is not http(s)', async () => {
    const { code, stderr } = await extract(abp.file, '--url', 'javascript:alert(1)');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--url/);
  });
});
