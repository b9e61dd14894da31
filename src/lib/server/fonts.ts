/**
 * Web fonts cut at build time to the characters their editions use. The sources are full TTFs
 * (SIL OFL; the Arabic faces from @expo-google-fonts, which also feed the share image); subset-font
 * (harfbuzz's hb-subset, wasm) keeps the glyphs those characters need and the layout tables that
 * join and position Arabic letters (GSUB/GPOS: init, medi, fina, rlig, mark…), and writes WOFF2.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import subsetFont from 'subset-font';
import { scriptOf } from '$lib/fonts/typefaces';

const require = createRequire(import.meta.url);

/** Each generated file: its source font, its family and role, and the script whose editions' words it is cut to. */
export const WEB_FONTS: Record<string, { source: string; script: string; family: string; role: 'serif' | 'sans' }> = {
  'noto-naskh-arabic-400.woff2': { source: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf', script: 'Arab', family: 'Noto Naskh Arabic', role: 'serif' },
  'noto-naskh-arabic-700.woff2': { source: '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf', script: 'Arab', family: 'Noto Naskh Arabic', role: 'serif' },
  'noto-sans-arabic-400.woff2': { source: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf', script: 'Arab', family: 'Noto Sans Arabic', role: 'sans' }
};

/** The share image renderer's (resvg's) TTF files and family names for an edition's script. */
export interface ShareFaces {
  files: string[];
  serif: string;
  sans: string;
}

/**
 * Latin (and the default): the story's own typefaces, Source Serif 4 and Source Sans 3, from their
 * full TTFs (@expo-google-fonts, SIL OFL), as the page sets its headline and labels.
 */
const SHARE_LATIN: ShareFaces = {
  files: [
    '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
    '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
    '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf'
  ].map((f) => require.resolve(f)),
  serif: 'Source Serif 4',
  sans: 'Source Sans 3'
};

export function shareImageFaces(script: string): ShareFaces {
  const own = Object.values(WEB_FONTS).filter((f) => f.script === script);
  if (!own.length) return SHARE_LATIN;
  // The script's own faces from their full TTFs (resvg shapes and joins with them), and the Latin
  // ones for what stays Latin inside the text (P-800, K-300P): resvg falls back among loaded fonts.
  return {
    files: [...own.map((f) => require.resolve(f.source)), ...SHARE_LATIN.files],
    serif: own.find((f) => f.role === 'serif')?.family ?? SHARE_LATIN.serif,
    sans: own.find((f) => f.role === 'sans')?.family ?? SHARE_LATIN.sans
  };
}

const localeFiles = import.meta.glob('../data/locales/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Every string value in a parsed locale file. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * What the runtime writes for an edition beyond its file's words: month names, its digits, and
 * number signs, in the edition's numbering system.
 */
function intlText(tag: string, numerals: string): string {
  const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2024, m, 15)));
  const dates = (['long', 'short'] as const).flatMap((month) =>
    months.map((d) => d.toLocaleDateString(tag, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC', numberingSystem: numerals }))
  );
  const nf = new Intl.NumberFormat(tag, { numberingSystem: numerals });
  const numbers = [nf.format(-1234567.89), nf.format(9876543210), new Intl.NumberFormat(tag, { style: 'percent', numberingSystem: numerals, signDisplay: 'always' }).format(-0.56)];
  return [...dates, ...numbers].join(' ');
}

/** Digits and the punctuation that code (separators, ranges, signs) puts between an edition's words. */
const ALWAYS = ' 0123456789.,:;!?()[]/%+-−–—·|«»"\'‹›“”‘’…';

/** The characters every edition written in `script` can show. */
export function scriptText(script: string): string {
  let text = ALWAYS;
  for (const raw of Object.values(localeFiles)) {
    const file = parse(raw) as { locale?: { tag?: string; numerals?: string; name?: string; switch?: string } };
    const tag = file.locale?.tag;
    // Every edition links to the others in their own words: those are on this script's pages too.
    text += `${file.locale?.name ?? ''} ${file.locale?.switch ?? ''}`;
    if (!tag || scriptOf(tag) !== script) continue;
    text += strings(file).join(' ') + intlText(tag, file.locale?.numerals ?? 'latn');
  }
  return [...new Set(text)].join('');
}

/** The WOFF2 bytes of a generated web font. */
export async function webFont(file: string): Promise<Buffer> {
  const font = WEB_FONTS[file];
  if (!font) throw new Error(`no web font ${file}`);
  return subsetFont(readFileSync(require.resolve(font.source)), scriptText(font.script), { targetFormat: 'woff2' });
}
