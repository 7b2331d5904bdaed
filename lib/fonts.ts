/**
 * The bundled OFL Gujarati font families (from @fontsource): Gujarati and Latin subsets only,
 * WOFF2 only, registered with the FontFace API when a reader chooses a family, so a family's
 * files are fetched from the extension package only then.
 *
 * Weights: 400 for every family; 700 as well for Noto Sans and Noto Serif Gujarati (the bold
 * setting and headings). Other families get the browser's synthetic bold.
 * tests/fonts.test.ts holds the total size of the imported files to a budget.
 */
import notoSansGu400 from '@fontsource/noto-sans-gujarati/files/noto-sans-gujarati-gujarati-400-normal.woff2?url';
import notoSansLatin400 from '@fontsource/noto-sans-gujarati/files/noto-sans-gujarati-latin-400-normal.woff2?url';
import notoSansGu700 from '@fontsource/noto-sans-gujarati/files/noto-sans-gujarati-gujarati-700-normal.woff2?url';
import notoSansLatin700 from '@fontsource/noto-sans-gujarati/files/noto-sans-gujarati-latin-700-normal.woff2?url';
import notoSerifGu400 from '@fontsource/noto-serif-gujarati/files/noto-serif-gujarati-gujarati-400-normal.woff2?url';
import notoSerifLatin400 from '@fontsource/noto-serif-gujarati/files/noto-serif-gujarati-latin-400-normal.woff2?url';
import notoSerifGu700 from '@fontsource/noto-serif-gujarati/files/noto-serif-gujarati-gujarati-700-normal.woff2?url';
import notoSerifLatin700 from '@fontsource/noto-serif-gujarati/files/noto-serif-gujarati-latin-700-normal.woff2?url';
import muktaGu400 from '@fontsource/mukta-vaani/files/mukta-vaani-gujarati-400-normal.woff2?url';
import muktaLatin400 from '@fontsource/mukta-vaani/files/mukta-vaani-latin-400-normal.woff2?url';
import anekGu400 from '@fontsource/anek-gujarati/files/anek-gujarati-gujarati-400-normal.woff2?url';
import anekLatin400 from '@fontsource/anek-gujarati/files/anek-gujarati-latin-400-normal.woff2?url';
import hindGu400 from '@fontsource/hind-vadodara/files/hind-vadodara-gujarati-400-normal.woff2?url';
import hindLatin400 from '@fontsource/hind-vadodara/files/hind-vadodara-latin-400-normal.woff2?url';
import rasaGu400 from '@fontsource/rasa/files/rasa-gujarati-400-normal.woff2?url';
import rasaLatin400 from '@fontsource/rasa/files/rasa-latin-400-normal.woff2?url';
import balooGu400 from '@fontsource/baloo-bhai-2/files/baloo-bhai-2-gujarati-400-normal.woff2?url';
import balooLatin400 from '@fontsource/baloo-bhai-2/files/baloo-bhai-2-latin-400-normal.woff2?url';

import type { FontFamilyId } from './settings/schema';

// The ids are the settings schema's: a stored setting names one of these families.
export type { FontFamilyId };

export interface FontFamily {
  id: FontFamilyId;
  label: { gu: string; en: string };
  /** The CSS font-family stack: our registered face first, then an installed copy, then a generic. */
  cssFamily: string;
  /** Multiply the reader's font size by this (Rasa's letters are about 15% smaller at the same size). */
  sizeAdjust: number;
  /** The smallest safe line height: Gujarati vowel signs reach far above and below the line. */
  minLineHeight: number;
  /** Whether the font has Gujarati digits (૦–૯); Hind Vadodara has none. */
  gujaratiDigits: boolean;
  /** False for 'system', which uses the operating system's Gujarati font. */
  bundled: boolean;
}

export const DEFAULT_FONT_FAMILY_ID: FontFamilyId = 'noto-sans-gujarati';

/** Subset ranges, copied from @fontsource/<family>/gujarati-400.css and latin-400.css (identical for all seven). */
const GUJARATI_RANGE = 'U+0951-0952,U+0964-0965,U+0A80-0AFF,U+200C-200D,U+20B9,U+25CC,U+A830-A839';
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

interface FaceSource {
  weight: 400 | 700;
  unicodeRange: string;
  url: string;
}

function faces(weights: Partial<Record<400 | 700, { gujarati: string; latin: string }>>): readonly FaceSource[] {
  return Object.entries(weights).flatMap(([weight, urls]) => [
    { weight: Number(weight) as 400 | 700, unicodeRange: GUJARATI_RANGE, url: urls.gujarati },
    { weight: Number(weight) as 400 | 700, unicodeRange: LATIN_RANGE, url: urls.latin },
  ]);
}

type BundledId = Exclude<FontFamilyId, 'system'>;

interface BundledFaces {
  /** The family name the faces are registered under (distinct from any installed copy). */
  name: string;
  faces: readonly FaceSource[];
}

const BUNDLED: Readonly<Record<BundledId, BundledFaces>> = {
  'noto-sans-gujarati': {
    name: 'Vanchan Noto Sans Gujarati',
    faces: faces({
      400: { gujarati: notoSansGu400, latin: notoSansLatin400 },
      700: { gujarati: notoSansGu700, latin: notoSansLatin700 },
    }),
  },
  'noto-serif-gujarati': {
    name: 'Vanchan Noto Serif Gujarati',
    faces: faces({
      400: { gujarati: notoSerifGu400, latin: notoSerifLatin400 },
      700: { gujarati: notoSerifGu700, latin: notoSerifLatin700 },
    }),
  },
  'mukta-vaani': { name: 'Vanchan Mukta Vaani', faces: faces({ 400: { gujarati: muktaGu400, latin: muktaLatin400 } }) },
  'anek-gujarati': { name: 'Vanchan Anek Gujarati', faces: faces({ 400: { gujarati: anekGu400, latin: anekLatin400 } }) },
  'hind-vadodara': { name: 'Vanchan Hind Vadodara', faces: faces({ 400: { gujarati: hindGu400, latin: hindLatin400 } }) },
  rasa: { name: 'Vanchan Rasa', faces: faces({ 400: { gujarati: rasaGu400, latin: rasaLatin400 } }) },
  'baloo-bhai-2': { name: 'Vanchan Baloo Bhai 2', faces: faces({ 400: { gujarati: balooGu400, latin: balooLatin400 } }) },
};

function bundled(
  id: BundledId,
  label: { gu: string; en: string },
  generic: 'sans-serif' | 'serif',
  options: { sizeAdjust?: number; minLineHeight?: number; gujaratiDigits?: boolean } = {},
): FontFamily {
  return Object.freeze({
    id,
    label: Object.freeze(label),
    cssFamily: `'${BUNDLED[id].name}', '${label.en}', ${generic}`,
    sizeAdjust: options.sizeAdjust ?? 1,
    minLineHeight: options.minLineHeight ?? 1.6,
    gujaratiDigits: options.gujaratiDigits ?? true,
    bundled: true,
  });
}

export const FONT_FAMILIES: readonly FontFamily[] = Object.freeze([
  bundled('noto-sans-gujarati', { gu: 'નોટો સાન્સ ગુજરાતી', en: 'Noto Sans Gujarati' }, 'sans-serif'),
  bundled('noto-serif-gujarati', { gu: 'નોટો સેરિફ ગુજરાતી', en: 'Noto Serif Gujarati' }, 'serif'),
  bundled('mukta-vaani', { gu: 'મુક્તા વાણી', en: 'Mukta Vaani' }, 'sans-serif'),
  bundled('anek-gujarati', { gu: 'અનેક ગુજરાતી', en: 'Anek Gujarati' }, 'sans-serif', { minLineHeight: 1.8 }),
  bundled('hind-vadodara', { gu: 'હિંદ વડોદરા', en: 'Hind Vadodara' }, 'sans-serif', {
    minLineHeight: 1.8,
    gujaratiDigits: false,
  }),
  // Body height of ક/મ/ન: 0.51 em in Rasa against about 0.62 em in the others.
  bundled('rasa', { gu: 'રસા', en: 'Rasa' }, 'serif', { sizeAdjust: 1.15 }),
  bundled('baloo-bhai-2', { gu: 'બાલૂ ભાઈ ૨', en: 'Baloo Bhai 2' }, 'sans-serif'),
  Object.freeze({
    id: 'system',
    label: Object.freeze({ gu: 'સિસ્ટમના ફોન્ટ', en: 'System font' }),
    cssFamily: "'Noto Sans Gujarati', 'Shruti', 'Lohit Gujarati', 'Gujarati Sangam MN', system-ui, sans-serif",
    sizeAdjust: 1,
    minLineHeight: 1.6,
    gujaratiDigits: true,
    bundled: false,
  }),
] satisfies FontFamily[]);

const BY_ID: ReadonlyMap<string, FontFamily> = new Map(FONT_FAMILIES.map((f) => [f.id, f]));

/** The family with this id; an unknown id (an old or corrupted setting) gives the default. */
export function fontFamily(id: string): FontFamily {
  return BY_ID.get(id) ?? BY_ID.get(DEFAULT_FONT_FAMILY_ID)!;
}

/** The parts of FontFaceSet that loadFontFamily uses (document.fonts in a page). */
export type FontFaceSetLike = Pick<FontFaceSet, 'add' | 'delete'>;
export type FontFaceConstructor = new (family: string, source: string, descriptors?: FontFaceDescriptors) => FontFace;

const loads = new WeakMap<object, Map<FontFamilyId, Promise<void>>>();

/**
 * Registers the family's faces with document.fonts (once per family) and resolves when loaded;
 * never throws (a failed load leaves the fallback stack in place). Faces that fail to load are
 * removed again, so a missing bold face gives synthetic bold rather than nothing. Does nothing
 * for 'system', where FontFace or the font set is missing (tests, workers), and an unknown id
 * loads the default family, as fontFamily() does.
 */
export function loadFontFamily(
  id: FontFamilyId,
  fonts: FontFaceSetLike | undefined = globalThis.document?.fonts,
  FontFaceImpl: FontFaceConstructor | undefined = globalThis.FontFace,
): Promise<void> {
  const family = fontFamily(id);
  if (!family.bundled || !fonts || typeof FontFaceImpl !== 'function') return Promise.resolve();
  let perSet = loads.get(fonts);
  if (!perSet) {
    perSet = new Map();
    loads.set(fonts, perSet);
  }
  const pending = perSet.get(family.id);
  if (pending) return pending;
  const promise = register(BUNDLED[family.id as BundledId], fonts, FontFaceImpl);
  perSet.set(family.id, promise);
  return promise;
}

async function register(source: BundledFaces, fonts: FontFaceSetLike, FontFaceImpl: FontFaceConstructor): Promise<void> {
  const added: FontFace[] = [];
  for (const face of source.faces) {
    try {
      const fontFace = new FontFaceImpl(source.name, `url("${face.url}") format("woff2")`, {
        weight: String(face.weight),
        style: 'normal',
        display: 'swap',
        unicodeRange: face.unicodeRange,
      });
      fonts.add(fontFace);
      added.push(fontFace);
    } catch {
      // A face that cannot even be created is skipped; the others still load.
    }
  }
  const results = await Promise.allSettled(added.map((face) => Promise.resolve().then(() => face.load())));
  results.forEach((result, i) => {
    if (result.status === 'rejected') {
      try {
        fonts.delete(added[i]!);
      } catch {
        // Nothing more to undo.
      }
    }
  });
}
