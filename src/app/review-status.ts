/**
 * What the import review shows per part of the report (issue #6): was it read in full, in part or
 * not at all, in numbers a user can check against the file. Built from what the reader could not
 * read (`unread`: cell and field addresses) and from check() — inconsistencies are the rules'
 * findings, never worked out again here.
 */
import { check, formatIndex, metaAddress, paragraphsOf, sections, textAddress } from '../report';
import type { Issue, Report, RuleId, SectionId } from '../report';

export type ReadStatus = 'ok' | 'partial' | 'failed';

export interface PartStatus {
  /** `title` for the title and preface, else the section id. */
  readonly id: SectionId | 'title';
  readonly name: string;
  readonly status: ReadStatus;
  /** One sentence: what was read, what was not. */
  readonly detail: string;
}

export interface ReviewStatus {
  readonly parts: readonly PartStatus[];
  /** Cells whose figure could not be read. */
  readonly unread: ReadonlySet<string>;
  /** Cells named by an error other than a blank or unreadable cell: figures that disagree. */
  readonly inconsistent: ReadonlySet<string>;
  readonly issues: readonly Issue[];
}

export const STATUS_LABEL: Readonly<Record<ReadStatus, string>> = {
  ok: '已读出',
  partial: '部分读出',
  failed: '未读出',
};

/** Blank and unreadable cells are shown as unread or blank; these errors say figures disagree. */
const NOT_DISAGREEMENT = new Set<RuleId>(['CELL-BLANK', 'CELL-INVALID']);

export function reviewStatus(report: Report, unreadAddresses: readonly string[]): ReviewStatus {
  const index = formatIndex(report.format);
  const unread = new Set(unreadAddresses);
  const issues = check(report);
  const inconsistent = new Set(
    issues
      .filter((i) => i.severity === 'error' && !NOT_DISAGREEMENT.has(i.ruleId))
      .flatMap((i) => i.addresses)
      .filter((a) => index.byAddress.has(a)),
  );
  const titleMissing = unread.has(metaAddress('title'));
  const parts: PartStatus[] = [
    {
      id: 'title',
      name: '标题和前言',
      status: titleMissing ? 'partial' : 'ok',
      detail: titleMissing
        ? '没有找到标题，将按机关名称和年度生成。'
        : `标题：${report.meta.title || '（空）'}`,
    },
  ];
  for (const section of sections) {
    if (section.kind === 'text') {
      const missing = unread.has(textAddress(section.id));
      const paragraphs = paragraphsOf(report.texts[section.id]).length;
      parts.push({
        id: section.id,
        name: section.heading,
        status: missing ? 'failed' : 'ok',
        detail: missing ? '没有找到这一节，正文留空。' : `读出 ${paragraphs} 段。`,
      });
      continue;
    }
    const cells = index.cells.filter((c) => c.table === section.id);
    const lacking = cells.filter((c) => unread.has(c.address)).length;
    const disagreeing = cells.filter((c) => inconsistent.has(c.address)).length;
    const status: ReadStatus =
      lacking === 0 ? 'ok' : lacking === cells.length ? 'failed' : 'partial';
    const detail = [
      `${cells.length} 格中读出 ${cells.length - lacking} 格`,
      lacking > 0 ? `${lacking} 格未读出（留空）` : '',
      disagreeing > 0 ? `${disagreeing} 格数字不一致` : '',
    ]
      .filter(Boolean)
      .join('，');
    parts.push({ id: section.id, name: section.heading, status, detail: `${detail}。` });
  }
  return { parts, unread, inconsistent, issues };
}
