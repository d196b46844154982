/**
 * "Adding a row is one edit" (architecture.md): a variant of the 2021 declaration with one more
 * row under （三）不予公开 flows through addresses, formulas, derive(), check() and the save-file
 * schema, with nothing else changed.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { derive } from '../derive';
import { emptyReport } from '../empty-report';
import type { Report } from '../report';
import { buildSaveFileSchema, FORMAT_VERSION, SAVE_KIND } from '../save-file';
import { compileFormat, formatIndex, formatSpecs } from '.';
import type { FormatSpec, GridNode, GridRow } from '.';

const NEW_ROW: GridRow = { type: 'row', id: 'newReason', label: '9.新增的不予公开情形' };

/** The declared tree with NEW_ROW appended to the group `groupId`: the one edit. */
const withRow = (nodes: readonly GridNode[], groupId: string): GridNode[] =>
  nodes.map((node) =>
    node.type === 'group'
      ? {
          ...node,
          children:
            node.id === groupId ? [...node.children, NEW_ROW] : withRow(node.children, groupId),
        }
      : node,
  );

const declared = formatSpecs['2021'];
// The declared row ids are a literal union (typed-ids.test.ts): a variant's new id is not among
// them, so the variant's rows are cast, as a real new row would be declared instead.
const variantSpec: FormatSpec = {
  ...declared,
  table3: {
    ...declared.table3,
    rows: withRow(declared.table3.rows, 'refused') as FormatSpec['table3']['rows'],
  },
};
const variant = compileFormat(variantSpec);
const NEW = (column: string) => `三/13/${column}`;

/** A complete report against the variant: every input 0 except the given cells. */
function reportWith(cells: Record<string, string>): Report {
  const base = emptyReport(2021, '某镇人民政府', '2021');
  const all = Object.fromEntries(variant.inputs.map((c) => [c.address, cells[c.address] ?? '0']));
  return { ...base, cells: all };
}

describe('compileFormat with one extra row in （三）不予公开', () => {
  it('adds one row of seven cells to table 三', () => {
    expect(variant.cells.filter((c) => c.table === '三')).toHaveLength(182);
    expect(formatIndex('2021').cells.filter((c) => c.table === '三')).toHaveLength(175);
  });

  it('numbers the new row 13, right after 8.属于行政查询事项', () => {
    expect(variant.byAddress.get(NEW('自然人'))?.rowLabel).toBe(NEW_ROW.label);
    expect(variant.byAddress.get('三/12/自然人')?.rowLabel).toBe('8.属于行政查询事项');
  });

  it('renumbers every later row, so （七）总计 becomes row 25 and 结转下年度 row 26', () => {
    expect(variant.byAddress.get('三/14/自然人')?.rowLabel).toBe('1.本机关不掌握相关政府信息');
    expect(variant.byAddress.get('三/25/总计')?.rowLabel).toBe('（七）总计');
    expect(variant.byAddress.get('三/26/自然人')?.rowLabel).toBe('四、结转下年度继续办理');
    expect(variant.byAddress.has('三/27/自然人')).toBe(false);
  });

  it('includes the new row in the （七）总计 formula of each column', () => {
    expect(variant.byAddress.get('三/25/自然人')?.sumOf).toContain(NEW('自然人'));
    expect(variant.byAddress.get('三/25/其他')?.sumOf).toContain(NEW('其他'));
    expect(variant.byAddress.get(NEW('总计'))?.sumOf).toHaveLength(6);
  });
});

describe('derive with the variant index', () => {
  it('sums a figure typed into the new row into its 总计 and （七）总计', () => {
    const report = reportWith({ [NEW('自然人')]: '4', '三/1/自然人': '4' });
    const derived = derive(report, variant);
    expect(derived.get(NEW('总计'))).toBe(4);
    expect(derived.get('三/25/自然人')).toBe(4);
    expect(derived.get('三/25/总计')).toBe(4);
  });
});

describe('check with the variant index', () => {
  it('balances table 三 when the new row accounts for the applications received', () => {
    const report = reportWith({ [NEW('自然人')]: '4', '三/1/自然人': '4' });
    expect(check(report, { index: variant }).map((i) => i.ruleId)).not.toContain('T3-BALANCE');
  });

  it('reports T3-BALANCE on the renumbered cells when the new row is left out', () => {
    const report = reportWith({ [NEW('自然人')]: '3', '三/1/自然人': '4' });
    const balance = check(report, { index: variant }).filter((i) => i.ruleId === 'T3-BALANCE');
    expect(balance.map((i) => i.addresses[0])).toEqual(['三/1/自然人', '三/1/总计']);
    expect(balance[0]?.addresses).toEqual([
      '三/1/自然人',
      '三/2/自然人',
      '三/25/自然人',
      '三/26/自然人',
    ]);
  });
});

describe('buildSaveFileSchema with the variant index', () => {
  const file = (cells: Record<string, string>) => ({
    kind: SAVE_KIND,
    formatVersion: FORMAT_VERSION,
    format: '2021',
    meta: { body: '某镇人民政府', year: 2021 },
    texts: {},
    cells,
  });

  it('accepts the new row’s address', () => {
    expect(buildSaveFileSchema(variant).safeParse(file({ [NEW('自然人')]: '4' })).success).toBe(
      true,
    );
  });

  it('refuses the same address against the declared format', () => {
    const declaredSchema = buildSaveFileSchema(formatIndex('2021'));
    expect(declaredSchema.safeParse(file({ '三/26/自然人': '4' })).success).toBe(false);
  });
});
