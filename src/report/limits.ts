/**
 * How long each kind of field may be, declared once: the save file's schema, the L-LENGTH rule
 * (so the form marks an over-long field as an error where it is typed or pasted) and the CLI all
 * read these. A report that breaks a limit is still read and opened, with the field named; only a
 * file far beyond any limit (REFUSE_FACTOR times) is refused outright, so a hostile file cannot
 * make the app hold hundreds of megabytes of text.
 */
export const LENGTH_LIMITS = {
  /** A table cell: a figure, or a short note in place of one. */
  cell: 100,
  /** 机关全称, 报告标题, 前言, 联系方式… */
  meta: 2_000,
  /** A narrative section (一, 五, 六). */
  text: 200_000,
} as const;

export type LengthLimitKind = keyof typeof LENGTH_LIMITS;

/** A field longer than this many times its limit makes the whole file unreadable. */
export const REFUSE_FACTOR = 10;

/** Characters as a user counts them (a character outside the BMP is one, not two UTF-16 units). */
export const lengthOf = (value: string): number =>
  // Low surrogates are the second half of a pair: count everything else.
  value.length - (value.match(/[\uDC00-\uDFFF]/g)?.length ?? 0);
