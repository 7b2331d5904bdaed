import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  FONT_FAMILY_IDS,
  SETTINGS_VERSION,
  SETTING_RANGES,
  migrateSettings,
  resolveSettings,
  siteKey,
  validatePartial,
  validateSettings,
  type ReaderSettings,
} from '../../lib/settings';

describe('defaults', () => {
  it('are the documented reader defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      fontFamily: 'noto-sans-gujarati',
      fontSize: 20,
      lineHeight: 1.7,
      wordSpacing: 0,
      contentWidth: 36,
      align: 'start',
      fontWeight: 400,
      theme: 'system',
      customText: '#1f1f1f',
      customBackground: '#fdfdfb',
      digits: 'as-published',
      showImages: true,
      uiLanguage: 'auto',
    });
  });

  it('cannot be changed by accident through the exported object', () => {
    expect(() => {
      (DEFAULT_SETTINGS as ReaderSettings).fontSize = 99;
    }).toThrow();
    expect(DEFAULT_SETTINGS.fontSize).toBe(20);
  });

  it('lie inside their ranges and on a step', () => {
    for (const key of ['fontSize', 'lineHeight', 'wordSpacing', 'contentWidth'] as const) {
      const value = DEFAULT_SETTINGS[key];
      expect(validateSettings({ [key]: value })[key]).toBe(value);
      expect(value).toBeGreaterThanOrEqual(SETTING_RANGES[key].min);
      expect(value).toBeLessThanOrEqual(SETTING_RANGES[key].max);
    }
  });

  it('are what nothing at all validates to, as a fresh copy', () => {
    const settings = validateSettings(undefined);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    settings.fontSize = 30;
    expect(DEFAULT_SETTINGS.fontSize).toBe(20);
  });
});

describe('validateSettings: numbers are clamped and snapped', () => {
  it.each([
    ['fontSize', 8, 14],
    ['fontSize', 100, 32],
    ['fontSize', 21.4, 21],
    ['fontSize', 21.6, 22],
    ['fontSize', 14, 14],
    ['fontSize', 32, 32],
    ['lineHeight', 1, 1.4],
    ['lineHeight', 3, 2.2],
    ['lineHeight', 1.82, 1.8],
    ['lineHeight', 1.83, 1.85],
    ['lineHeight', 1.7000000000000002, 1.7],
    ['wordSpacing', -1, 0],
    ['wordSpacing', 0.5, 0.3],
    ['wordSpacing', 0.05, 0.06],
    ['wordSpacing', 0.1, 0.1],
    ['contentWidth', 10, 24],
    ['contentWidth', 60, 48],
    ['contentWidth', 40.49, 40],
  ] as const)('%s %s → %s', (key, input, expected) => {
    expect(validateSettings({ [key]: input })[key]).toBe(expected);
  });

  it('every snapped value is an exact step (no float noise such as 1.4500000000000002)', () => {
    const { min, max, step } = SETTING_RANGES.lineHeight;
    for (let v = min - 0.1; v <= max + 0.1; v += 0.013) {
      const out = validateSettings({ lineHeight: v }).lineHeight;
      expect(String(out).length).toBeLessThanOrEqual(4);
      expect(Math.abs(Math.round((out - min) / step) * step + min - out)).toBeLessThan(1e-9);
    }
  });

  it.each(['fontSize', 'lineHeight', 'wordSpacing', 'contentWidth'] as const)(
    '%s falls back to its default for NaN, ±Infinity, strings, booleans and null',
    (key) => {
      for (const bad of [NaN, Infinity, -Infinity, '24', 'huge', true, null, [20], { value: 20 }]) {
        expect(validateSettings({ [key]: bad })[key]).toBe(DEFAULT_SETTINGS[key]);
      }
    },
  );
});

describe('validateSettings: choices, colours and flags', () => {
  it('keeps every known font family and rejects others', () => {
    for (const id of FONT_FAMILY_IDS) expect(validateSettings({ fontFamily: id }).fontFamily).toBe(id);
    expect(validateSettings({ fontFamily: 'Comic Sans' }).fontFamily).toBe('noto-sans-gujarati');
    expect(validateSettings({ fontFamily: 'RASA' }).fontFamily).toBe('noto-sans-gujarati');
  });

  it('keeps valid enum values and falls back for anything else', () => {
    const picked = validateSettings({
      align: 'justify',
      theme: 'sepia',
      digits: 'gujarati',
      uiLanguage: 'en',
      fontWeight: 700,
    });
    expect(picked).toMatchObject({ align: 'justify', theme: 'sepia', digits: 'gujarati', uiLanguage: 'en', fontWeight: 700 });
    const bad = validateSettings({ align: 'center', theme: 'neon', digits: 'roman', uiLanguage: 'hi', fontWeight: 500 });
    expect(bad).toMatchObject({ align: 'start', theme: 'system', digits: 'as-published', uiLanguage: 'auto', fontWeight: 400 });
    expect(validateSettings({ fontWeight: '700' }).fontWeight).toBe(400);
    expect(validateSettings({ theme: 'high-contrast' }).theme).toBe('high-contrast');
    expect(validateSettings({ theme: 'custom' }).theme).toBe('custom');
  });

  it('normalises colours to lower-case #rrggbb, accepting #rgb', () => {
    expect(validateSettings({ customText: '#ABCDEF' }).customText).toBe('#abcdef');
    expect(validateSettings({ customText: '#fA0' }).customText).toBe('#ffaa00');
    expect(validateSettings({ customBackground: ' #123456 ' }).customBackground).toBe('#123456');
  });

  it.each(['red', '#12345', '#1234567', '123456', '#ggg', 'rgb(0,0,0)', '#12345678', '', 0x123456, null])(
    'rejects the colour %s',
    (bad) => {
      const out = validateSettings({ customText: bad, customBackground: bad });
      expect(out.customText).toBe('#1f1f1f');
      expect(out.customBackground).toBe('#fdfdfb');
    },
  );

  it('takes only real booleans for showImages', () => {
    expect(validateSettings({ showImages: false }).showImages).toBe(false);
    expect(validateSettings({ showImages: 'false' }).showImages).toBe(true);
    expect(validateSettings({ showImages: 0 }).showImages).toBe(true);
  });
});

describe('validateSettings: corrupt input never throws', () => {
  it.each([null, undefined, 'settings', 42, true, [], [1, 2], NaN, Infinity, () => 1, Symbol('x')])(
    '%s → defaults',
    (raw) => {
      expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('keeps the valid fields of a half-corrupt object and replaces only the bad ones', () => {
    const out = validateSettings({ fontSize: 'huge', lineHeight: 1.8 });
    expect(out.lineHeight).toBe(1.8);
    expect(out.fontSize).toBe(20);
    expect(out).toEqual({ ...DEFAULT_SETTINGS, lineHeight: 1.8 });
  });

  it('drops unknown keys and does not follow the prototype', () => {
    const raw = JSON.parse('{"__proto__": {"fontSize": 30}, "evil": 1, "theme": "dark"}');
    const out = validateSettings(raw);
    expect(out).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(out).not.toHaveProperty('evil');
    const inherited = Object.create({ fontSize: 30 }) as object;
    expect(validateSettings(inherited).fontSize).toBe(20);
  });

  it('survives a throwing getter and a hostile proxy', () => {
    const getter = Object.defineProperty({ theme: 'dark' }, 'fontSize', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(validateSettings(getter)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const proxy = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(validateSettings(proxy)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings(proxy).global).toEqual(DEFAULT_SETTINGS);
  });
});

describe('validatePartial', () => {
  it('returns only the valid fields that are present', () => {
    expect(validatePartial({ fontSize: 40, theme: 'neon', showImages: false, extra: 1 })).toEqual({
      fontSize: 32,
      showImages: false,
    });
  });

  it('returns an empty object for anything unusable', () => {
    for (const raw of [null, 'x', [], 5, {}, { fontSize: NaN }]) expect(validatePartial(raw)).toEqual({});
  });
});

describe('siteKey', () => {
  it('lower-cases and drops a leading www.', () => {
    expect(siteKey('WWW.DivyaBhaskar.co.in')).toBe('divyabhaskar.co.in');
    expect(siteKey('gujarati.abplive.com')).toBe('gujarati.abplive.com');
    expect(siteKey('www.sandesh.com.')).toBe('sandesh.com');
  });

  it('keeps a www that is not a leading label', () => {
    expect(siteKey('wwwsandesh.com')).toBe('wwwsandesh.com');
    expect(siteKey('news.www.example.com')).toBe('news.www.example.com');
  });
});

describe('migrateSettings', () => {
  it('gives defaults for nothing stored and for corrupt values', () => {
    for (const raw of [undefined, null, 'garbage', 3, [], [{ fontSize: 30 }], true]) {
      expect(migrateSettings(raw)).toEqual({ version: SETTINGS_VERSION, global: DEFAULT_SETTINGS, sites: {} });
    }
  });

  it('keeps a current value as is', () => {
    const stored = {
      version: 1,
      global: { ...DEFAULT_SETTINGS, fontSize: 24, theme: 'dark' as const },
      sites: { 'sandesh.com': { lineHeight: 2 } },
    };
    expect(migrateSettings(stored)).toEqual(stored);
  });

  it('turns version 0 (a flat object of settings) into the global settings', () => {
    const v0 = { fontSize: 26, theme: 'sepia', customText: '#ABC', fontFamily: 'nope' };
    expect(migrateSettings(v0)).toEqual({
      version: 1,
      global: { ...DEFAULT_SETTINGS, fontSize: 26, theme: 'sepia', customText: '#aabbcc' },
      sites: {},
    });
  });

  it('keeps the fields that validate from an unknown future version', () => {
    const future = {
      version: 7,
      global: { fontSize: 22, lineHeight: 'tall', newFancyOption: true, theme: 'ultraviolet', digits: 'latin' },
      sites: { 'www.Sandesh.com': { fontSize: 18, hyphenate: true }, 'akilanews.com': { fontWeight: 700 } },
      somethingNew: { a: 1 },
    };
    expect(migrateSettings(future)).toEqual({
      version: 1,
      global: { ...DEFAULT_SETTINGS, fontSize: 22, digits: 'latin' },
      sites: { 'sandesh.com': { fontSize: 18 }, 'akilanews.com': { fontWeight: 700 } },
    });
  });

  it('reads an object with a broken version but a global object as the current shape', () => {
    const out = migrateSettings({ version: 'one', global: { fontSize: 25 }, sites: {} });
    expect(out.global.fontSize).toBe(25);
  });

  it('normalises site keys and drops invalid ones and empty overrides', () => {
    const out = migrateSettings({
      version: 1,
      global: {},
      sites: {
        'WWW.Gujaratsamachar.com': { fontSize: 22 },
        'bad host!': { fontSize: 22 },
        '': { fontSize: 22 },
        'https://sandesh.com/x': { fontSize: 22 },
        ['__proto__']: { fontSize: 22 },
        'chitralekha.com': { fontSize: 'big' },
        'vtvgujarati.com': 'not an object',
      },
    });
    expect(out.sites).toEqual({ 'gujaratsamachar.com': { fontSize: 22 } });
  });

  it('merges "www.x" and "x" with the exact key winning', () => {
    const out = migrateSettings({
      version: 1,
      global: {},
      sites: { 'sandesh.com': { fontSize: 18 }, 'www.sandesh.com': { fontSize: 30, theme: 'dark' } },
    });
    expect(out.sites).toEqual({ 'sandesh.com': { fontSize: 18, theme: 'dark' } });
  });

  it('replaces corrupt global and sites parts without losing the other', () => {
    expect(migrateSettings({ version: 1, global: 'x', sites: { 'sandesh.com': { fontSize: 18 } } })).toEqual({
      version: 1,
      global: DEFAULT_SETTINGS,
      sites: { 'sandesh.com': { fontSize: 18 } },
    });
    expect(migrateSettings({ version: 1, global: { fontSize: 18 }, sites: [1, 2] })).toEqual({
      version: 1,
      global: { ...DEFAULT_SETTINGS, fontSize: 18 },
      sites: {},
    });
  });

  it('survives a JSON round trip unchanged', () => {
    const once = migrateSettings({ fontSize: 19, sites: 'x' });
    expect(migrateSettings(JSON.parse(JSON.stringify(once)))).toEqual(once);
  });
});

describe('resolveSettings', () => {
  const stored = migrateSettings({
    version: 1,
    global: { fontSize: 22, theme: 'dark' },
    sites: { 'sandesh.com': { fontSize: 28, showImages: false } },
  });

  it('puts the site override on top of the global settings', () => {
    expect(resolveSettings(stored, 'www.sandesh.com')).toEqual({
      ...DEFAULT_SETTINGS,
      fontSize: 28,
      theme: 'dark',
      showImages: false,
    });
    expect(resolveSettings(stored, 'SANDESH.COM').fontSize).toBe(28);
  });

  it('uses the global settings for other sites and for no site', () => {
    expect(resolveSettings(stored, 'divyabhaskar.co.in')).toEqual({ ...DEFAULT_SETTINGS, fontSize: 22, theme: 'dark' });
    expect(resolveSettings(stored, null).fontSize).toBe(22);
    expect(resolveSettings(stored, '').fontSize).toBe(22);
  });

  it('does not match an override for another site or read the prototype', () => {
    expect(resolveSettings(stored, 'news.sandesh.com').fontSize).toBe(22);
    expect(resolveSettings(stored, 'constructor').fontSize).toBe(22);
  });
});
