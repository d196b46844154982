/**
 * The 主动公开 sentence of 一 from table 二 (第二十条 items), in the register of the published
 * reports: `本年度制发行政规范性文件3件，废止1件……`. Zero is said as 未… (`本年度未制发规章和行政
 * 规范性文件`), never as `0件`. Both formats: 2021 (制发/废止/现行有效, 处理决定, 收费金额) and 2019
 * (新制作/新公开/对外公开总数量, 处理决定数量).
 */
import type { Report } from '../report';
import type { Table2ColumnId } from '../spec';
import { allKnown, figuresOf } from './figures-of';
import type { FigureReader } from './figures-of';
import { count, joinAnd, joinList } from './phrases';

interface Counted {
  readonly label: string;
  readonly value: number;
}

/** `制发行政规范性文件3件` for the items above zero; null when every item is zero. */
const counted = (verb: string, items: readonly Counted[], unit = '件'): string | null => {
  const some = items.filter((i) => i.value > 0);
  return some.length === 0
    ? null
    : `${verb}${joinList(some.map((i) => `${i.label}${count(i.value, unit)}`))}`;
};

/** `本年度作出行政许可决定550件，未作出行政强制决定` — each decision kind with its figure. */
function decisionsClause(items: readonly Counted[]): string {
  const made = items.filter((i) => i.value > 0);
  const none = items.filter((i) => i.value === 0).map((i) => i.label);
  const parts = [
    made.length > 0 ? `作出${joinList(made.map((i) => `${i.label}决定${count(i.value)}`))}` : null,
    none.length > 0 ? `未作出${joinAnd(none)}决定` : null,
  ].filter(Boolean);
  return `本年度${parts.join('，')}。`;
}

const DOCUMENT_ROWS = [
  ['rules', '规章'],
  ['normativeDocs', '行政规范性文件'],
] as const;

function compose2021(f: FigureReader): string | null {
  const docs = (column: Table2ColumnId) => DOCUMENT_ROWS.map(([row]) => f.value('二', row, column));
  const issued = docs('issued');
  const repealed = docs('repealed');
  const inForce = docs('inForce');
  const decisions = [
    f.value('二', 'licensing', 'decisions'),
    f.value('二', 'penalty', 'decisions'),
    f.value('二', 'coercion', 'decisions'),
  ];
  const fee = f.text('二', 'adminFees', 'feeAmount');
  const feeValue = f.value('二', 'adminFees', 'feeAmount');
  if (
    !allKnown(issued) ||
    !allKnown(repealed) ||
    !allKnown(inForce) ||
    !allKnown(decisions) ||
    fee === null ||
    feeValue === null
  )
    return null;
  const items = (values: readonly number[]) =>
    DOCUMENT_ROWS.map(([, label], i) => ({ label, value: values[i] ?? 0 }));
  const both = joinAnd(DOCUMENT_ROWS.map(([, label]) => label));
  const documents = [
    counted('制发', items(issued)) ?? `未制发${both}`,
    counted('废止', items(repealed)) ?? `未废止${both}`,
  ].join('，');
  const current = counted('现行有效', items(inForce));
  const sentences = [
    `本年度${documents}；截至年底，${current ?? `无现行有效的${both}`}。`,
    decisionsClause(
      ['行政许可', '行政处罚', '行政强制'].map((label, i) => ({
        label,
        value: decisions[i] ?? 0,
      })),
    ),
    feeValue > 0 ? `本年度行政事业性收费金额${fee}万元。` : '本年度未收取行政事业性收费。',
  ];
  return sentences.join('');
}

function compose2019(f: FigureReader): string | null {
  const docs = (column: Table2ColumnId) =>
    (['rules', 'normativeDocs'] as const).map((row) => f.value('二', row, column));
  const made = docs('made');
  const published = docs('published');
  const total = docs('totalPublic');
  const decisionRows = [
    ['licensing', '行政许可'],
    ['otherServices', '其他对外管理服务事项'],
    ['penalty', '行政处罚'],
    ['coercion', '行政强制'],
  ] as const;
  const decisions = decisionRows.map(([row]) => f.value('二', row, 'decisions'));
  if (!allKnown(made) || !allKnown(published) || !allKnown(total) || !allKnown(decisions))
    return null;
  const labels = ['规章', '规范性文件'];
  const items = (values: readonly number[]) =>
    labels.map((label, i) => ({ label, value: values[i] ?? 0 }));
  const both = joinAnd(labels);
  const documents = [
    counted('新制作', items(made)) ?? `未新制作${both}`,
    counted('新公开', items(published)) ?? `未新公开${both}`,
  ].join('，');
  const current = counted('累计对外公开', items(total));
  return [
    `本年度${documents}；截至年底，${current ?? `无对外公开的${both}`}。`,
    decisionsClause(decisionRows.map(([, label], i) => ({ label, value: decisions[i] ?? 0 }))),
  ].join('');
}

/** The sentence, or null while any figure of table 二 it states is blank. */
export function composeProactive(report: Report): string | null {
  const f = figuresOf(report);
  return report.format === '2021' ? compose2021(f) : compose2019(f);
}
