/**
 * Years as reports write them (`2021年`, `２０２１年`, `二〇二一年`, `2024 年`), read the one way the
 * title check, the statistics-period check, carrying a report forward and every reader use. A
 * law's revision year (`《条例》（2019年修订）`) is the law's, never the report's.
 */
import { halfWidthDigits } from './full-width';
import { FIRST_YEAR } from './spec';

/** Four digits, not the end of a longer number: ASCII, full-width or Chinese (`二〇二一`). */
export const YEAR_DIGITS = '(?<![0-9０-９])(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})';
/** Follows `年` where the year is a law's revision (`2019年修订`, `2019 年修正`), not a report's. */
export const NOT_REVISION = '(?!\\s*(?:修订|修正))';

const YEARS = new RegExp(`(${YEAR_DIGITS})\\s*年${NOT_REVISION}`, 'g');
const CHINESE_DIGITS = '〇一二三四五六七八九';
/** The last year a report may be for: later four-digit figures are counts, not years. */
const LAST_YEAR = 2099;

/** The number four year digits write (`２０２１`, `二〇二一`, `二零二一`). */
export const yearOfDigits = (digits: string): number =>
  Number(
    [...halfWidthDigits(digits)]
      .map((c) => {
        const chinese = CHINESE_DIGITS.indexOf(c === '零' ? '〇' : c);
        return chinese >= 0 ? String(chinese) : c;
      })
      .join(''),
  );

/** Every year written `<year>年` in the text, in order, revision years left out. */
export const yearsIn = (text: string): number[] =>
  [...text.matchAll(YEARS)].map((m) => yearOfDigits(m[1] ?? ''));

/** The first year in the text a report can be for (FIRST_YEAR–2099), or null. */
export const reportYearIn = (text: string): number | null =>
  yearsIn(text).find((year) => year >= FIRST_YEAR && year <= LAST_YEAR) ?? null;
