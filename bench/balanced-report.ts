/**
 * A complete 2021 township report: every input cell filled with realistic non-zero figures, table
 * 三 balanced (一 + 二 = （七）总计 + 四 in every column) and text that agrees with the tables. This
 * is the report check() meets most often once an office has finished writing.
 */
import { defaultTitle, derive, emptyReport, formatIndex } from '../src/report';
import type { CellFact, Report, RowId } from '../src/report';

const YEAR = 2021;
const BODY = '寻乌县留车镇人民政府';
const index = formatIndex('2021');

/** Small, varied counts: a township sees a few cases of each kind a year. */
const count = (seed: number) => 1 + ((seed * 7) % 5);

function table2Value(cell: CellFact, seed: number): string {
  if (cell.kind === 'amount') return '12.3456';
  // Documents in force accumulate over the years, so they outnumber this year's.
  return String(cell.columnId === 'inForce' ? 20 + seed : count(seed));
}

/** Numeric rows under 三、本年度办理结果 that the user types (（七）总计 is computed). */
const outcomeRows = new Set(
  index.gridLines.filter((l) => l.number && l.groups.includes('outcomes')).map((l) => l.node.id),
);

/** Per applicant column: outcomes, 二 and 四 chosen, then 一 set so that the column balances. */
function table3Values(): Record<string, string> {
  const values: Record<string, string> = {};
  const inputs = index.inputs.filter((c) => c.table === '三');
  const columns = [...new Set(inputs.map((c) => c.columnId))];
  columns.forEach((columnId, column) => {
    let handled = 0;
    inputs
      .filter((c) => c.columnId === columnId)
      .forEach((cell, row) => {
        if (!outcomeRows.has(cell.rowId) && cell.rowId !== 'carriedOut') return;
        const value = count(row + column);
        values[cell.address] = String(value);
        handled += value;
      });
    const carriedIn = 1 + (column % 2);
    values[index.address('三', 'carriedIn', columnId)] = String(carriedIn);
    values[index.address('三', 'received', columnId)] = String(handled - carriedIn);
  });
  return values;
}

function texts(received: number, reviews: number, lawsuits: number): Report['texts'] {
  return {
    一: [
      '（一）主动公开',
      '全年主动公开政府信息172条，其中政策文件15条、工作动态96条。',
      '（二）依申请公开',
      `本年新收政府信息公开申请${received}件，均在法定期限内答复。因政府信息公开被申请行政复议${reviews}件、被提起行政诉讼${lawsuits}件。`,
      '（三）政府信息管理',
      '建立政府信息公开属性源头认定机制，公文均在起草时确定公开属性。',
      '（四）政府信息公开平台建设',
      '依托县政府门户网站乡镇专栏和镇政务微信公众号发布信息。',
      '（五）监督保障',
      '将政务公开纳入年度绩效考核，全年开展业务培训2次，未发生责任追究情形。',
    ].join('\n'),
    五: [
      '（一）存在的主要问题',
      '信息发布的及时性有待提高，部分栏目更新不够及时，政策解读形式较为单一。',
      '（二）改进情况',
      '明确专人负责栏目维护，每月检查更新情况；增加图解、问答等解读形式。',
    ].join('\n'),
    六: '本年度发出信息处理费收费通知2件，通知收取金额300元，实际收取信息处理费300元。',
  };
}

export function balancedReport(): Report {
  const base = emptyReport(YEAR, BODY, '2021');
  const cells: Record<string, string> = { ...table3Values() };
  index.inputs.forEach((cell, seed) => {
    if (cell.table === '二') cells[cell.address] = table2Value(cell, seed);
    if (cell.table === '四') cells[cell.address] = String(count(seed));
  });
  const report: Report = {
    ...base,
    meta: { ...base.meta, title: defaultTitle(BODY, YEAR) },
    cells,
  };
  const derived = derive(report);
  const total = (table: '三' | '四', rowId: RowId) =>
    derived.get(index.address(table, rowId, 'total')) ?? 0;
  const lawsuits = total('四', 'directSuit') + total('四', 'suitAfterReview');
  return { ...report, texts: texts(total('三', 'received'), total('四', 'review'), lawsuits) };
}
