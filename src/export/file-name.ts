/**
 * The name every exported file gets: `<机关全称><年份>年政府信息公开工作年度报告.<ext>` (spec §1's
 * standard title), shared by the .txt and .docx exporters and the app's download.
 */
import { defaultTitle } from '../report';
import type { Report } from '../report';

/** Characters Windows does not allow in a file name, besides the control characters. */
const ILLEGAL = '<>:"/\\|?*';

const allowed = (ch: string) => ch.charCodeAt(0) >= 0x20 && !ILLEGAL.includes(ch);

/** `ext` with or without its dot: `'txt'` and `'.txt'` both give `….txt`. */
export function reportFileName(report: Report, ext: string): string {
  const title = defaultTitle(report.meta.body, report.meta.year);
  return `${[...title].filter(allowed).join('').trim()}.${ext.replace(/^\./, '')}`;
}
