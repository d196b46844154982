/**
 * The 依申请公开 sentence of 一 from table 三: applications received (by applicant), carried in,
 * each outcome with its count, the share 予以公开 + 部分公开 of those concluded, and what carries to
 * next year; with last year's report present, the change in applications received. The outcome
 * groups and their short names come from the declaration (`（三）不予公开` → `不予公开`), so a row
 * added there is counted here too.
 */
import type { Report } from '../report';
import { formatIndex } from '../spec';
import type { FormatIndex, GridLine, Table3RowId } from '../spec';
import { allKnown, figuresOf } from './figures-of';
import type { FigureReader } from './figures-of';
import { changeFromLastYear, count, joinList, percent } from './phrases';

interface Outcome {
  /** `予以公开`, `不予公开` … as reports name them in running text. */
  readonly name: string;
  /** Numeric row ids whose 总计 add up to this outcome. */
  readonly rows: readonly Table3RowId[];
}

/** `（二）部分公开（区分处理的，只计这一情形，不计其他情形）` → `部分公开`. */
const shortName = (label: string) =>
  label.replace(/^（[一二三四五六七八九十]+）/, '').replace(/（[^）]*）$/, '');

const numericRows = (node: GridLine['node']): Table3RowId[] =>
  node.type === 'row' ? [node.id] : node.children.flatMap(numericRows);

/** The outcome groups of 三、本年度办理结果, without （七）总计. */
function outcomesOf(index: FormatIndex): Outcome[] {
  const outcomes = index.spec.table3.rows.find((n) => n.type === 'group' && n.id === 'outcomes');
  if (!outcomes || outcomes.type !== 'group') return [];
  return outcomes.children
    .filter((n) => !(n.type === 'row' && n.sumOfGroup))
    .map((n) => ({ name: shortName(n.label), rows: numericRows(n) }));
}

/** The applicant columns other than 自然人: the group 法人或其他组织 (spec §2). */
const legalColumns = (index: FormatIndex) =>
  index.spec.table3.columns.filter((c) => c.group).map((c) => c.id);

function byApplicant(f: FigureReader, index: FormatIndex, received: number): string | null {
  const natural = f.value('三', 'received', 'natural');
  const legal = legalColumns(index).map((c) => f.value('三', 'received', c));
  if (natural === null || !allKnown(legal)) return null;
  const organisations = legal.reduce((a, b) => a + b, 0);
  if (natural === received) return '均为自然人申请';
  if (organisations === received) return '均为法人或其他组织申请';
  return `其中自然人申请${count(natural)}、法人或其他组织申请${count(organisations)}`;
}

function outcomesSentence(f: FigureReader, index: FormatIndex, concluded: number): string | null {
  const counts = outcomesOf(index).map((o) => ({
    name: o.name,
    values: o.rows.map((r) => f.value('三', r, 'total')),
  }));
  if (!counts.every((c) => allKnown(c.values))) return null;
  const totals = counts.map((c) => ({
    name: c.name,
    value: (c.values as number[]).reduce((a, b) => a + b, 0),
  }));
  if (concluded === 0) return '本年度没有办结的申请。';
  const some = totals.filter((t) => t.value > 0);
  const only = some.length === 1 ? some[0] : undefined;
  if (only && only.value === concluded) {
    // `均予以公开`, `均不予处理`; 其他处理 needs its verb: `均作其他处理`.
    const verb = only.name === '其他处理' ? '作其他处理' : only.name;
    return `本年度办结${count(concluded)}，均${verb}。`;
  }
  const listed = joinList(some.map((t) => `${t.name}${count(t.value)}`));
  const opened = totals.slice(0, 2).reduce((a, t) => a + t.value, 0);
  const share = percent(opened, concluded);
  const openedNames = totals
    .slice(0, 2)
    .filter((t) => t.value > 0)
    .map((t) => t.name)
    .join('和');
  const shareClause = opened > 0 && share ? `${openedNames}的占办结总数的${share}。` : '';
  return `本年度办结${count(concluded)}，其中${listed}。${shareClause}`;
}

/** The sentence, or null while any figure of table 三 it states is blank. */
export function composeApplications(report: Report): string | null {
  const index = formatIndex(report.format);
  const f = figuresOf(report);
  const [received, carriedIn, concluded, carriedOut] = (
    ['received', 'carriedIn', 'outcomeTotal', 'carriedOut'] as const
  ).map((row) => f.value('三', row, 'total'));
  if (received === null || received === undefined) return null;
  if (carriedIn === null || carriedIn === undefined) return null;
  if (concluded === null || concluded === undefined) return null;
  if (carriedOut === null || carriedOut === undefined) return null;
  const last = report.lastYear ? figuresOf(report.lastYear).value('三', 'received', 'total') : null;
  if (received === 0 && carriedIn === 0) {
    return last !== null && last > 0
      ? `本年度未收到政府信息公开申请（上年为${count(last)}）。`
      : '本年度未收到政府信息公开申请。';
  }
  const sentences: string[] = [];
  if (received > 0) {
    const who = byApplicant(f, index, received);
    if (who === null) return null;
    const change = last === null ? '' : `，${changeFromLastYear(received, last)}`;
    sentences.push(`本年度共收到政府信息公开申请${count(received)}${change}；${who}。`);
  } else sentences.push('本年度未收到新的政府信息公开申请。');
  if (carriedIn > 0) sentences.push(`上年结转的申请${count(carriedIn)}。`);
  const outcomes = outcomesSentence(f, index, concluded);
  if (outcomes === null) return null;
  sentences.push(outcomes);
  if (carriedOut > 0) sentences.push(`结转下年度继续办理${count(carriedOut)}。`);
  return sentences.join('');
}
