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

  it('ships the on-demand content script, the popup and the full-tab reader', () => {
    expect(existsSync(join(OUTPUT, target, 'content-scripts', 'extract.js'))).toBe(true);
    expect((m.action as { default_popup: string }).default_popup).toBe('popup.html');
    expect(existsSync(join(OUTPUT, target, 'reader.html'))).toBe(true);
  });

  it('has a keyboard shortcut that opens the reader, and its name in Gujarati and English', () => {
    expect((m.commands as Record<string, { suggested_key: { default: string } }>)._execute_action!.suggested_key.default).toMatch(/^Alt\+Shift\+/);
    expect(m.default_locale).toBe('en');
    for (const lang of ['gu', 'en']) {
      const messages = JSON.parse(readFileSync(join(OUTPUT, target, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      expect(messages.extName!.message).toMatch(lang === 'gu' ? /વાંચન/ : /Vanchan/);
    }
  });

  it('bundles the Gujarati fonts as WOFF2 only', () => {
    const files = readdirSync(join(OUTPUT, target, 'assets')).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(16);
    expect(files.every((f) => f.endsWith('.woff2'))).toBe(true);
  });

  it('keeps DOMPurify out of the content script: sanitizing happens in the extension page', () => {
    const script = readFileSync(join(OUTPUT, target, 'content-scripts', 'extract.js'), 'utf8');
    expect(script).not.toMatch(/DOMPurify|uponSanitize/);
    const chunks = join(OUTPUT, target, 'chunks');
    const pages = readdirSync(chunks).map((f) => readFileSync(join(chunks, f), 'utf8')).join('');
    expect(pages).toMatch(/uponSanitize/);
  });
});

describe('the Firefox build', () => {
  it('has a gecko id and declares that it collects no data', () => {
    const gecko = (manifest('firefox-mv3').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
