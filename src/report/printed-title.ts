import type { Report } from './report';
import { defaultTitle } from './spec';

/**
 * The title a document shows: the report's own, or where it has none the standard
 * `<机关全称><年份>年政府信息公开工作年度报告` (spec §1). Print, .txt, .docx and the editor agree.
 */
export const printedTitle = (report: Report): string =>
  report.meta.title.trim() || defaultTitle(report.meta.body, report.meta.year);
