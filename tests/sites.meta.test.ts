// @vitest-environment jsdom
// jsdom's selector engine rejects invalid selectors, as browsers do.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_RULES } from '../lib/sites';
import { SITE_FIXTURE_DIR } from './helpers';

const SITES_DIR = join(import.meta.dirname, '..', 'lib', 'sites');
const ruleFiles = readdirSync(SITES_DIR)
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'registry.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

describe('site rules registry', () => {
  it('registers every rule file, once', () => {
    expect(SITE_RULES.map((r) => r.id).sort()).toEqual(ruleFiles);
  });

  it.each(SITE_RULES.map((r) => [r.id, r] as const))('%s: is well formed', (_id, rule) => {
    expect(rule.hosts.length).toBeGreaterThan(0);
    for (const host of rule.hosts) expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    expect(rule.articleRoot.length).toBeGreaterThan(0);
    for (const prefix of rule.paths ?? []) expect(prefix).toMatch(/^\//);
  });

  it.each(SITE_RULES.map((r) => [r.id, r] as const))('%s: every selector parses', (_id, rule) => {
    const selectors = [...rule.articleRoot, ...rule.remove, ...Object.values(rule.meta ?? {}).flat()];
    for (const selector of selectors) expect(() => document.querySelector(selector), selector).not.toThrow();
  });

  it.each(SITE_RULES.map((r) => [r.id, r] as const))('%s: has a saved page to prove it', (id) => {
    const dir = join(SITE_FIXTURE_DIR, id);
    expect(existsSync(dir), `tests/fixtures/sites/${id}/`).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(0);
  });

  it('claims no host (and path) twice', () => {
    const claims = SITE_RULES.flatMap((r) => r.hosts.flatMap((h) => (r.paths ?? ['/']).map((p) => `${h.replace(/^www\./, '')}${p}`)));
    expect(new Set(claims).size).toBe(claims.length);
  });

  it('has a rule folder for every fixture folder', () => {
    const folders = readdirSync(SITE_FIXTURE_DIR).sort();
    expect(folders).toEqual(SITE_RULES.map((r) => r.id).sort());
  });
});
