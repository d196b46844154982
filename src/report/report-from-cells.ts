/**
 * Builds a report from figures keyed by address (spec §7) — how scenarios, golden exports and
 * imports describe a report. A figure for a computed cell is a published figure (kept in `stated`,
 * so check() can say whether it adds up); inputs not named get `fill` (default blank). The
 * 信息处理费 statement's fields are given by their addresses too (`六/信息处理费/…`).
 */
import { emptyReport } from './empty-report';
import type { Report } from './report';
import { feeAddress, feeFields, formatIndex, textSectionIds } from './spec';
import type { FeeFieldId, FormatId, TextSectionId } from './spec';

export interface ReportFigures {
  readonly format: FormatId;
  readonly year: number;
  readonly body: string;
  /** Omitted: the default title `<机关全称><年份>年政府信息公开工作年度报告`. */
  readonly title?: string;
  readonly preface?: string;
  readonly texts?: Partial<Record<TextSectionId, string>>;
  readonly cells: Readonly<Record<string, string>>;
  /** The value of every input cell not in `cells`: '' (blank) unless given, e.g. '0'. */
  readonly fill?: string;
}

export function reportFromCells({
  format,
  year,
  body,
  title,
  preface = '',
  texts,
  cells,
  fill = '',
}: ReportFigures): Report {
  const index = formatIndex(format);
  const base = emptyReport(year, body, format);
  const typed: Record<string, string> = Object.fromEntries(
    index.inputs.map((c) => [c.address, fill]),
  );
  const stated: Record<string, string> = {};
  const fees: Partial<Record<FeeFieldId, string>> = {};
  for (const [address, value] of Object.entries(cells)) {
    const fee = feeFields.find((f) => feeAddress(f) === address);
    if (fee) {
      fees[fee.id] = value;
      continue;
    }
    const cell = index.byAddress.get(address);
    if (!cell) throw new Error(`${format}年格式没有这一格：${address}`);
    (cell.sumOf ? stated : typed)[address] = value;
  }
  return {
    ...base,
    meta: { ...base.meta, preface, ...(title === undefined ? {} : { title }) },
    texts: Object.fromEntries(
      textSectionIds.map((id) => [id, texts?.[id] ?? '']),
    ) as Report['texts'],
    cells: typed,
    stated,
    ...(Object.keys(fees).length > 0
      ? {
          fees: Object.fromEntries(feeFields.map((f) => [f.id, fees[f.id] ?? ''])) as Record<
            FeeFieldId,
            string
          >,
        }
      : {}),
  };
}
