import { describe, expect, it } from 'vitest';
import { derive, evaluate } from './derive';
import { emptyReport } from './empty-report';
import type { Report } from './report';
import { formatIndex } from './spec';

/** A 2021 report with every input 0 except the given cells. */
function filled(cells: Record<string, string>, blank: readonly string[] = []): Report {
  const base = emptyReport(2021, '某镇人民政府');
  const all = Object.fromEntries(
    formatIndex('2021').inputs.map((c) => [c.address, cells[c.address] ?? '0']),
  );
  for (const address of blank) all[address] = '';
  return { ...base, cells: all };
}

describe('derive', () => {
  it('leaves every total blank when nothing has been typed', () => {
    const derived = derive(emptyReport(2021));
    expect([...derived.values()].every((v) => v === null)).toBe(true);
    expect(derived.size).toBe(formatIndex('2021').computed.length);
  });

  it('sums a row across the six applicant columns into 总计', () => {
    const derived = derive(filled({ '三/1/自然人': '2', '三/1/商业企业': '3', '三/1/其他': '1' }));
    expect(derived.get('三/1/总计')).toBe(6);
  });

  it('sums every outcome row into （七）总计 per column', () => {
    const derived = derive(
      filled({ '三/3/自然人': '2', '三/5/自然人': '1', '三/13/自然人': '1', '三/23/自然人': '4' }),
    );
    expect(derived.get('三/24/自然人')).toBe(8);
  });

  it('does not count 一、二 or 四 rows in （七）总计', () => {
    const derived = derive(filled({ '三/1/自然人': '5', '三/2/自然人': '1', '三/25/自然人': '6' }));
    expect(derived.get('三/24/自然人')).toBe(0);
  });

  it('fills the （七）总计 × 总计 corner from outcomes in every column', () => {
    const derived = derive(
      filled({
        '三/3/自然人': '2',
        '三/4/商业企业': '3',
        '三/16/其他': '1',
        '三/22/科研机构': '4',
      }),
    );
    expect(derived.get('三/24/总计')).toBe(10);
    const rowTotals = Array.from({ length: 21 }, (_, i) => derived.get(`三/${i + 3}/总计`) ?? 0);
    expect(rowTotals.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('sums the four results of each group of table 四 into its 总计', () => {
    const derived = derive(
      filled({
        '四/行政复议/结果纠正': '1',
        '四/行政复议/尚未审结': '2',
        '四/复议后起诉/结果维持': '1',
      }),
    );
    expect([
      derived.get('四/行政复议/总计'),
      derived.get('四/未经复议直接起诉/总计'),
      derived.get('四/复议后起诉/总计'),
    ]).toEqual([3, 0, 1]);
  });

  it('leaves a total blank while any addend is blank', () => {
    const derived = derive(filled({ '三/1/自然人': '2' }, ['三/1/其他']));
    expect(derived.get('三/1/总计')).toBeNull();
  });

  it('leaves a total blank while any addend is invalid', () => {
    const derived = derive(filled({ '三/1/自然人': '2', '三/1/其他': 'abc' }));
    expect(derived.get('三/1/总计')).toBeNull();
  });

  it('leaves （七）总计 and the corner blank when one outcome cell is blank', () => {
    const derived = derive(filled({}, ['三/10/法律服务机构']));
    expect(derived.get('三/24/法律服务机构')).toBeNull();
    expect(derived.get('三/24/总计')).toBeNull();
    expect(derived.get('三/24/自然人')).toBe(0);
    expect(derived.get('三/1/总计')).toBe(0);
  });

  it('sums the 2019 format’s single （六）其他处理 row into row 22', () => {
    const base = emptyReport(2020, '某镇人民政府', '2019');
    const cells = Object.fromEntries(
      formatIndex('2019').inputs.map((c) => [c.address, c.address === '三/21/自然人' ? '3' : '0']),
    );
    expect(derive({ ...base, cells }).get('三/22/自然人')).toBe(3);
  });
});

describe('evaluate', () => {
  it('shows the published figure of a total when the report states one', () => {
    const report = { ...filled({ '三/1/自然人': '2' }), stated: { '三/1/总计': '7' } };
    const evaluation = evaluate(report);
    expect(evaluation.value('三/1/总计')).toBe(7);
    expect(evaluation.derived.get('三/1/总计')).toBe(2);
  });

  it('shows the typed figure of an input and null for a blank one', () => {
    const evaluation = evaluate(filled({ '三/1/自然人': '２' }, ['三/2/自然人']));
    expect(evaluation.value('三/1/自然人')).toBe(2);
    expect(evaluation.value('三/2/自然人')).toBeNull();
  });
});
