import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTPUT = join(import.meta.dirname, '..', '.output');

function manifest(target: string): Record<string, unknown> {
  const file = join(OUTPUT, target, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first (npm test does).`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s build', (target) => {
  const m = manifest(target);

  it('asks for exactly activeTab, scripting and storage, and no host access', () => {
    expect([...(m.permissions as string[])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
  });

  it('gives extension pages a strict CSP', () => {
    const csp = (m.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe-(?:eval|inline)|https?:\/\/|\*/);
  });

  it('ships the on-demand content script and the popup', () => {
    expect(existsSync(join(OUTPUT, target, 'content-scripts', 'extract.js'))).toBe(true);
    expect((m.action as { default_popup: string }).default_popup).toBe('popup.html');
  });

  it('keeps DOMPurify out of the content script: sanitizing happens in the extension page', () => {
    const script = readFileSync(join(OUTPUT, target, 'content-scripts', 'extract.js'), 'utf8');
    expect(script).not.toMatch(/DOMPurify|uponSanitize/);
    const chunks = join(OUTPUT, target, 'chunks');
    const popup = readdirSync(chunks).filter((f) => f.startsWith('popup')).map((f) => readFileSync(join(chunks, f), 'utf8')).join('');
    expect(popup).toMatch(/uponSanitize/);
  });
});

describe('the Firefox build', () => {
  it('has a gecko id and declares that it collects no data', () => {
    const gecko = (manifest('firefox-mv3').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
