/**
 * What XML 1.0 forbids in a document — C0 control characters other than tab and newline, U+FFFE,
 * U+FFFF, and a surrogate half without its partner — taken out of every string of the report
 * before it is typeset. `docx` escapes `&<>` but passes these through, and a single one makes a
 * .docx that LibreOffice refuses and Word calls damaged. A carriage return goes too: XML readers
 * turn it into a newline, so it would not read back as written. The embedded save file is made from
 * the same cleaned report, so reopening our file finds the document and its embedded data agree.
 */
import type { Report } from '../../report';

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

type Json =
  string | number | boolean | null | undefined | readonly Json[] | { [key: string]: Json };

/** `value` with every string cleaned; `dropped` counts the characters taken out. */
function cleanDeep(value: Json, dropped: { count: number }): Json {
  if (typeof value === 'string') {
    return value.replace(FORBIDDEN, () => {
      dropped.count += 1;
      return '';
    });
  }
  if (Array.isArray(value)) return value.map((v: Json) => cleanDeep(v, dropped));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanDeep(v, dropped)]));
  }
  return value;
}

/** The report with what XML forbids taken out, and how many characters that was. */
export function xmlSafeReport(report: Report): {
  readonly report: Report;
  readonly dropped: number;
} {
  const dropped = { count: 0 };
  const cleaned = cleanDeep(report as unknown as Json, dropped) as unknown as Report;
  return { report: dropped.count > 0 ? cleaned : report, dropped: dropped.count };
}

/** The note to show beside a .docx export that had to drop characters, or null. */
export function docxExportNote(report: Report): string | null {
  const { dropped } = xmlSafeReport(report);
  return dropped > 0
    ? `报告中有 ${dropped} 个 Word 文档不能容纳的控制字符（如 U+0001、U+FFFE，多由复制粘贴带入），导出的 Word 文档中已删去，其余内容不变。`
    : null;
}
