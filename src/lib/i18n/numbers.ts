/**
 * Numbers in an edition's own digits and separators, without Intl on the client (Intl's first use
 * costs a slow phone ~250 ms while the page hydrates). The build reads each edition's symbols from
 * Intl (see intl.ts) and hands them to the page; a unit test holds this output equal to Intl's.
 */
import { formatNumber } from '../text/format';

export interface NumberStyle {
  /** The ten digits, 0 to 9. */
  digits: string;
  group: string;
  decimal: string;
  /** The minus sign with any direction mark Intl puts before it. */
  minus: string;
  /** Smallest number of integer digits that gets a group separator: 4 (1,000) or 5 (10 000). */
  minGroupDigits: number;
}

/** Western digits, as en-US writes them: what the story used before editions. */
export const LATIN: NumberStyle = { digits: '0123456789', group: ',', decimal: '.', minus: '-', minGroupDigits: 4 };

/**
 * Whole numbers from 10 up, one decimal below (as formatNumber), in `style`'s symbols:
 * 2450.4 → "2,450" (en), "٢٬٤٥٠" (ar, numerals arab).
 */
export function formatIn(style: NumberStyle, n: number): string {
  const en = formatNumber(n);
  if (!Number.isFinite(n)) return en;
  const bare = en.replace(/^-/, '');
  const grouped = bare.replace(/\..*$/, '').replace(/,/g, '').length >= style.minGroupDigits ? bare : bare.replace(/,/g, '');
  const mapped = grouped.replace(/[0-9.,]/g, (c) => (c === ',' ? style.group : c === '.' ? style.decimal : style.digits[Number(c)]));
  return (en.startsWith('-') ? style.minus : '') + mapped;
}

/**
 * Copy's numbers kept on the line of the short word after them: "300 km", "٣٠٠ كم", "15 m" never
 * break between the figure and its unit (a narrow key broke "٣٠٠ / كم" over two lines). Only words
 * of up to three letters are held (units, abbreviations), never a phrase.
 */
export const keepUnits = (text: string): string => text.replace(/(\p{Nd}) (?=\p{L}{1,3}(?![\p{L}\p{M}]))/gu, '$1\u00a0');

