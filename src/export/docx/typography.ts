/**
 * The look of the printed report, GB/T 9704-2012 as spec §5 describes it, in Word's units.
 * Word measures the page in twips (1/20 pt, 1440 per inch) and type in half-points.
 *
 * Font names are the ones Chinese government offices have on their PCs (方正小标宋简体, 仿宋_GB2312,
 * 楷体_GB2312, 黑体, 宋体); they are written as the East Asian font (`w:eastAsia`) with a Latin
 * font for digits and Latin letters. Where the Chinese font is missing (Linux, Mac) Word and
 * LibreOffice substitute a CJK font by the run's language, which is set to zh-CN for that reason.
 */
import type { IRunOptions } from 'docx';

/** Twips in a millimetre: 1440 twips per inch, 25.4 mm per inch. */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);
/** Half-points, Word's unit of type size. */
export const pt = (points: number): number => points * 2;

/** A4 and the GB/T 9704 margins (text block 156 × 225 mm). */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  /** The page number sits about 7 mm below the text block. */
  footer: mm(23),
  header: mm(15),
} as const;

/** Width of the text block, which the tables fill. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/**
 * 22 lines in the 225 mm text block: a fixed pitch of 225 / 22 mm ≈ 28.95 pt, written as an exact
 * line height so that Word does not grow lines for tall CJK fallback fonts.
 */
export const LINE_PITCH = Math.round(mm(225) / 22);

/** 2号, 3号, 4号, 五号 in points. */
export const SIZE = { title: 22, body: 16, pageNumber: 14, table: 10.5 } as const;

/** The East Asian fonts of spec §5, each with the Latin font its digits and letters use. */
export const FONT = {
  title: { eastAsia: '方正小标宋简体', latin: 'Times New Roman' },
  body: { eastAsia: '仿宋_GB2312', latin: 'Times New Roman' },
  heading: { eastAsia: '黑体', latin: 'Arial' },
  subheading: { eastAsia: '楷体_GB2312', latin: 'Times New Roman' },
  table: { eastAsia: '宋体', latin: 'Times New Roman' },
  pageNumber: { eastAsia: '宋体', latin: 'Times New Roman' },
} as const;

export type FontRole = keyof typeof FONT;

/** Run options for text in the given role and size: fonts named for every script, zh-CN. */
export function runStyle(role: FontRole, sizePoints: number): IRunOptions {
  const { eastAsia, latin } = FONT[role];
  return {
    font: { eastAsia, ascii: latin, hAnsi: latin, cs: latin },
    size: pt(sizePoints),
    language: { value: 'zh-CN', eastAsia: 'zh-CN' },
  };
}
