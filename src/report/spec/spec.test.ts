/**
 * Invariants over the declaration (architecture habit 4): what spec §2 and §7 promise about cells,
 * rows, totals and addresses holds for every format, and every rule points only at cells and fields
 * that exist. One `it` per element where it helps a failure name the culprit.
 */
import { describe, expect, it } from 'vitest';
import { fieldAddresses } from '../fields';
import { rules } from '../rules';
import { FIRST_YEAR, formatForYear, formatIds, formatIndex } from '.';
import type { FormatId, TableId } from '.';

const tableCounts: Readonly<Record<FormatId, Readonly<Record<TableId, number>>>> = {
  '2021': { 二: 10, 三: 175, 四: 15 },
  '2019': { 二: 22, 三: 161, 四: 15 },
};
const numericRows: Readonly<Record<FormatId, number>> = { '2021': 25, '2019': 23 };

describe.each(formatIds)('formatIndex(%s)', (format) => {
  const index = formatIndex(format);

  it('gives every cell a unique address when compiled', () => {
    const addresses = index.cells.map((c) => c.address);
    const repeated = addresses.filter((a, i) => addresses.indexOf(a) !== i);
    expect(repeated).toEqual([]);
    expect(index.byAddress.size).toBe(index.cells.length);
  });

  it.each(['二', '三', '四'] as const)('declares the official number of cells in table %s', (t) => {
    expect(index.cells.filter((c) => c.table === t)).toHaveLength(tableCounts[format][t]);
  });

  it('numbers the numeric rows of table 三 from 1 without gaps', () => {
    const numbers = index.gridLines.flatMap((l) => (l.number ? [l.number] : []));
    expect(numbers).toEqual(Array.from({ length: numericRows[format] }, (_, i) => i + 1));
  });

  it('addresses table 三 as 三/<row number>/<column> for every numeric row', () => {
    const labels = index.spec.table3.columns.map((c) => c.label);
    const expected = Array.from({ length: numericRows[format] }, (_, i) =>
      labels.map((label) => `三/${i + 1}/${label}`),
    ).flat();
    expect(index.cells.filter((c) => c.table === '三').map((c) => c.address)).toEqual(expected);
  });

  it('computes exactly 三’s 总计 column, its （七）总计 row and 四’s three 总计', () => {
    const rows = numericRows[format];
    const outcomeRow = rows - 1;
    const expected = new Set([
      ...Array.from({ length: rows }, (_, i) => `三/${i + 1}/总计`),
      ...index.spec.table3.columns.map((c) => `三/${outcomeRow}/${c.label}`),
      '四/行政复议/总计',
      '四/未经复议直接起诉/总计',
      '四/复议后起诉/总计',
    ]);
    expect(new Set(index.computed.map((c) => c.address))).toEqual(expected);
    expect(index.byAddress.get(`三/${outcomeRow}/自然人`)?.rowLabel).toBe('（七）总计');
  });

  it('lists inputs and computed cells as a partition of the cells', () => {
    expect(index.inputs.length + index.computed.length).toBe(index.cells.length);
    expect(index.inputs.every((c) => !c.sumOf)).toBe(true);
  });

  describe.each(index.computed.map((c) => [c.address, c] as const))('computed %s', (_, cell) => {
    it('sums addends that exist and are not itself', () => {
      const sumOf = cell.sumOf ?? [];
      expect(sumOf.length).toBeGreaterThan(0);
      expect(sumOf.filter((a) => !index.byAddress.has(a))).toEqual([]);
      expect(sumOf).not.toContain(cell.address);
    });

    it('comes after every computed cell it sums when ordered for derive()', () => {
      const position = (a: string) => index.computed.findIndex((c) => c.address === a);
      const later = (cell.sumOf ?? []).filter((a) => position(a) > position(cell.address));
      expect(later).toEqual([]);
    });
  });

  it('has no cycle among computed cells when followed transitively', () => {
    const cyclic = index.computed.filter((start) => {
      const seen = new Set<string>();
      const stack = [...(start.sumOf ?? [])];
      while (stack.length > 0) {
        const address = stack.pop() ?? '';
        if (address === start.address) return true;
        if (seen.has(address)) continue;
        seen.add(address);
        stack.push(...(index.byAddress.get(address)?.sumOf ?? []));
      }
      return false;
    });
    expect(cyclic.map((c) => c.address)).toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    'rule %s reads only cells or text fields that exist',
    (_, rule) => {
      const unknown = rule
        .reads(index)
        .filter((a) => !index.byAddress.has(a) && !fieldAddresses.includes(a));
      expect(unknown).toEqual([]);
    },
  );
});

describe('formatIndex(2019) table 三', () => {
  const index = formatIndex('2019');
  it.each([
    [21, '（六）其他处理'],
    [22, '（七）总计'],
    [23, '四、结转下年度继续办理'],
  ])('numbers row %i as %s', (number, label) => {
    expect(index.gridLines.find((l) => l.number === number)?.node.label).toBe(label);
  });
});

describe('formatIndex(2021) table 三', () => {
  const index = formatIndex('2021');
  it.each([
    [21, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
    [22, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
    [24, '（七）总计'],
    [25, '四、结转下年度继续办理'],
  ])('numbers row %i as %s', (number, label) => {
    expect(index.gridLines.find((l) => l.number === number)?.node.label).toBe(label);
  });
});

describe('spec §7 address examples', () => {
  it.each([
    ['2021', '二/（一）/行政规范性文件/现行有效件数', 'count'],
    ['2021', '二/（五）/行政许可/本年处理决定数量', 'count'],
    ['2021', '二/（八）/行政事业性收费/本年收费金额', 'amount'],
    ['2021', '三/1/自然人', 'count'],
    ['2021', '三/24/总计', 'count'],
    ['2021', '四/复议后起诉/尚未审结', 'count'],
    ['2019', '二/（一）/规范性文件/对外公开总数量', 'count'],
    ['2019', '二/（五）/其他对外管理服务事项/本年增/减', 'signed'],
    ['2019', '二/（九）/政府集中采购/采购总金额', 'amount'],
    ['2019', '三/1/自然人', 'count'],
    ['2019', '四/复议后起诉/尚未审结', 'count'],
  ] as const)('resolves %s %s as a %s cell', (format, address, kind) => {
    expect(formatIndex(format).byAddress.get(address)?.kind).toBe(kind);
  });

  it('makes 三/24/总计 the （七）总计 × 总计 corner in the 2021 format', () => {
    const cell = formatIndex('2021').byAddress.get('三/24/总计');
    expect([cell?.rowLabel, cell?.columnLabel]).toEqual(['（七）总计', '总计']);
  });
});

describe('formatForYear', () => {
  it.each([
    [2019, '2019'],
    [2020, '2019'],
    [2021, '2021'],
    [2030, '2021'],
    [2010, '2019'],
  ] as const)('gives %i the format whose declared years cover it: %s', (year, format) => {
    expect(formatForYear(year)).toBe(format);
  });

  it('starts the format system at the earliest declared year', () => {
    expect(FIRST_YEAR).toBe(2019);
  });
});
