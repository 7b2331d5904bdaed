import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FONT_FAMILY_ID, FONT_FAMILIES, type FontFamilyId, fontFamily, loadFontFamily } from '../lib/fonts';

const SOURCE = readFileSync(join(import.meta.dirname, '..', 'lib', 'fonts.ts'), 'utf8');
const BUDGET_BYTES = 650 * 1024;

/** Every module specifier lib/fonts.ts imports. */
const SPECIFIERS = [...SOURCE.matchAll(/^import\s+[^;]*?from\s+'([^']+)';/gmu)].map((m) => m[1]!);
const FONT_SPECIFIERS = SPECIFIERS.filter((s) => s.startsWith('@fontsource/'));

describe('bundled font files', () => {
  it('imports WOFF2 files only, Gujarati and Latin subsets, as URLs', () => {
    expect(FONT_SPECIFIERS.length).toBe(18);
    for (const spec of FONT_SPECIFIERS) {
      expect(spec).toMatch(/^@fontsource\/[a-z0-9-]+\/files\/[a-z0-9-]+-(gujarati|latin)-(400|700)-normal\.woff2\?url$/u);
    }
    expect(SOURCE).not.toMatch(/\.woff(?!2)/u);
    expect(SOURCE).not.toMatch(/\.(ttf|otf)\b/u);
  });

  it('has 700 faces only for the two Noto families', () => {
    const bold = FONT_SPECIFIERS.filter((s) => s.includes('-700-')).map((s) => s.split('/')[1]);
    expect(new Set(bold)).toEqual(new Set(['noto-sans-gujarati', 'noto-serif-gujarati']));
  });

  it(`stays within ${BUDGET_BYTES / 1024} KB in total`, () => {
    const require = createRequire(import.meta.url);
    const total = FONT_SPECIFIERS.reduce((sum, spec) => sum + statSync(require.resolve(spec.replace(/\?url$/u, ''))).size, 0);
    expect(total).toBeGreaterThan(100 * 1024);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

describe('FONT_FAMILIES', () => {
  it('lists the eight families with labels in Gujarati and English', () => {
    expect(FONT_FAMILIES.map((f) => f.id)).toEqual([
      'noto-sans-gujarati',
      'noto-serif-gujarati',
      'mukta-vaani',
      'anek-gujarati',
      'hind-vadodara',
      'rasa',
      'baloo-bhai-2',
      'system',
    ]);
    for (const f of FONT_FAMILIES) {
      expect(f.label.gu, f.id).toMatch(/[\u0A80-\u0AFF]/u);
      expect(f.label.en, f.id).toMatch(/^[A-Za-z0-9 ]+$/u);
      expect(f.minLineHeight).toBeGreaterThanOrEqual(1.6);
      expect(f.bundled).toBe(f.id !== 'system');
    }
  });

  it('records what was measured about the fonts', () => {
    expect(fontFamily('rasa').sizeAdjust).toBeGreaterThanOrEqual(1.1);
    expect(fontFamily('noto-sans-gujarati').sizeAdjust).toBe(1);
    expect(fontFamily('hind-vadodara').gujaratiDigits).toBe(false);
    expect(FONT_FAMILIES.filter((f) => !f.gujaratiDigits).map((f) => f.id)).toEqual(['hind-vadodara']);
    expect(fontFamily('hind-vadodara').minLineHeight).toBe(1.8);
    expect(fontFamily('anek-gujarati').minLineHeight).toBe(1.8);
    expect(fontFamily('noto-sans-gujarati').cssFamily).toBe("'Vanchan Noto Sans Gujarati', 'Noto Sans Gujarati', sans-serif");
    expect(fontFamily('system').cssFamily).toBe(
      "'Noto Sans Gujarati', 'Shruti', 'Lohit Gujarati', 'Gujarati Sangam MN', system-ui, sans-serif",
    );
  });

  it('gives the default family for an unknown id', () => {
    expect(DEFAULT_FONT_FAMILY_ID).toBe('noto-sans-gujarati');
    expect(fontFamily('nonsense')).toBe(fontFamily('noto-sans-gujarati'));
    expect(fontFamily('')).toBe(fontFamily(DEFAULT_FONT_FAMILY_ID));
  });
});

class FakeFontFace {
  static failing = new Set<string>();
  status: 'unloaded' | 'loaded' | 'error' = 'unloaded';
  constructor(
    readonly family: string,
    readonly source: string,
    readonly descriptors: FontFaceDescriptors = {},
  ) {}
  load(): Promise<this> {
    if ([...FakeFontFace.failing].some((part) => this.source.includes(part))) {
      this.status = 'error';
      return Promise.reject(new DOMException('fake network error', 'NetworkError'));
    }
    this.status = 'loaded';
    return Promise.resolve(this);
  }
}

class FakeFontFaceSet {
  readonly faces = new Set<FakeFontFace>();
  adds = 0;
  add(face: FontFace): this {
    this.adds++;
    this.faces.add(face as unknown as FakeFontFace);
    return this;
  }
  delete(face: FontFace): boolean {
    return this.faces.delete(face as unknown as FakeFontFace);
  }
}

const FakeCtor = FakeFontFace as unknown as new (family: string, source: string, descriptors?: FontFaceDescriptors) => FontFace;

function fakeSet(): FakeFontFaceSet & FontFaceSet {
  return new FakeFontFaceSet() as FakeFontFaceSet & FontFaceSet;
}

describe('loadFontFamily', () => {
  it('registers Gujarati and Latin faces once per family', async () => {
    const fonts = fakeSet();
    await loadFontFamily('noto-sans-gujarati', fonts, FakeCtor);
    await Promise.all([loadFontFamily('noto-sans-gujarati', fonts, FakeCtor), loadFontFamily('noto-sans-gujarati', fonts, FakeCtor)]);
    expect(fonts.adds).toBe(4);
    const faces = [...fonts.faces];
    expect(faces.every((f) => f.family === 'Vanchan Noto Sans Gujarati' && f.status === 'loaded')).toBe(true);
    expect(faces.map((f) => f.descriptors.weight).sort()).toEqual(['400', '400', '700', '700']);
    expect(faces.every((f) => /^url\(".+\.woff2"\) format\("woff2"\)$/u.test(f.source))).toBe(true);
    expect(faces.filter((f) => f.descriptors.unicodeRange?.includes('U+0A80-0AFF'))).toHaveLength(2);

    await loadFontFamily('rasa', fonts, FakeCtor);
    expect(fonts.adds).toBe(6);
    expect([...fonts.faces].filter((f) => f.family === 'Vanchan Rasa')).toHaveLength(2);
  });

  it('does nothing for the system font', async () => {
    const fonts = fakeSet();
    await loadFontFamily('system', fonts, FakeCtor);
    expect(fonts.adds).toBe(0);
  });

  it('never throws: failed faces are dropped and the rest stay', async () => {
    const fonts = fakeSet();
    FakeFontFace.failing = new Set(['gujarati-700']);
    try {
      await expect(loadFontFamily('noto-serif-gujarati', fonts, FakeCtor)).resolves.toBeUndefined();
    } finally {
      FakeFontFace.failing = new Set();
    }
    expect(fonts.adds).toBe(4);
    expect([...fonts.faces].map((f) => f.status)).toEqual(['loaded', 'loaded', 'loaded']);

    const broken = fakeSet();
    FakeFontFace.failing = new Set(['.woff2']);
    try {
      await expect(loadFontFamily('mukta-vaani', broken, FakeCtor)).resolves.toBeUndefined();
    } finally {
      FakeFontFace.failing = new Set();
    }
    expect(broken.faces.size).toBe(0);

    const Throwing = function () {
      throw new SyntaxError('bad descriptor');
    } as unknown as typeof FakeCtor;
    await expect(loadFontFamily('rasa', fakeSet(), Throwing)).resolves.toBeUndefined();
  });

  it('resolves without a FontFace constructor or a font set', async () => {
    await expect(loadFontFamily('rasa', undefined, FakeCtor)).resolves.toBeUndefined();
    const fonts = fakeSet();
    await expect(
      loadFontFamily('rasa', fonts, undefined as unknown as typeof FakeCtor),
    ).resolves.toBeUndefined();
    expect(fonts.adds).toBe(0);
  });

  it('loads the default family for an unknown id', async () => {
    const fonts = fakeSet();
    await loadFontFamily('nonsense' as FontFamilyId, fonts, FakeCtor);
    expect([...fonts.faces][0]?.family).toBe('Vanchan Noto Sans Gujarati');
  });
});
