/**
 * The name every exported file gets: `<机关全称><年份>年政府信息公开工作年度报告.<ext>` (spec §1's
 * standard title), shared by the .txt and .docx exporters and the app's download. The prefilled
 * template says so, `…年度报告（预填模板）.docx`, so it is not taken for the finished report.
 */
import { defaultTitle } from '../report';
import type { Report } from '../report';

/** Characters Windows does not allow in a file name, besides the control characters. */
const ILLEGAL = '<>:"/\\|?*';

const allowed = (ch: string) => ch.charCodeAt(0) >= 0x20 && !ILLEGAL.includes(ch);

const stem = (report: Report) =>
  [...defaultTitle(report.meta.body, report.meta.year)].filter(allowed).join('').trim();

/** `ext` with or without its dot: `'txt'` and `'.txt'` both give `….txt`. */
export function reportFileName(report: Report, ext: string): string {
  return `${stem(report)}.${ext.replace(/^\./, '')}`;
}

/** The prefilled template's .docx (exportDocx with `template`): `…年度报告（预填模板）.docx`. */
export const templateFileName = (report: Report): string => `${stem(report)}（预填模板）.docx`;
