import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, goldenCases } from '../../scripts/update-golden';
import { emptyReport, figures, formatIndex, sections } from '../report';
import type { FormatId, Report } from '../report';
import { exportTxt } from './txt';

/** A complete report whose every figure is distinct: inputs typed, computed cells as published. */
function distinctReport(format: FormatId): Report {
  const base = emptyReport(format === '2021' ? 2021 : 2020, '示例县和平镇人民政府', format);
  const cells: Record<string, string> = {};
  const stated: Record<string, string> = {};
  formatIndex(format).cells.forEach((cell, i) => {
    (cell.sumOf ? stated : cells)[cell.address] = String(101 + i);
  });
  return { ...base, cells, stated };
}

/** The lines of the export's tables: the only lines with a TAB. */
const tableRows = (text: string) =>
  text
    .split('\r\n')
    .filter((line) => line.includes('\t'))
    .map((line) => line.split('\t'));

const FIGURE = /^[+-]?\d+(\.\d+)?$/;

describe('exportTxt golden files', () => {
  const cases = goldenCases();

  it('covers both clean scenarios and every transcribed published report', () => {
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'clean-2021',
        'clean-2019',
        'bogang-2021',
        'jiliao-2021-in-2019-layout',
        'zhengguo-2020',
      ]),
    );
  });

  it.each(cases.map((c) => [c.name, c.report] as const))(
    'matches fixtures/golden/%s.txt byte for byte',
    (name, report) => {
      const golden = readFileSync(`${GOLDEN_DIR}${name}.txt`);
      // The text comparison shows a readable diff; the byte comparison also catches a BOM.
      expect(exportTxt(report)).toBe(golden.toString('utf8'));
      expect(Buffer.from(exportTxt(report), 'utf8').equals(golden)).toBe(true);
    },
  );
});

describe('exportTxt', () => {
  const report = distinctReport('2021');
  const text = exportTxt(report);

  it('ends every line with CRLF, the last one included, and has no lone LF or CR', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.endsWith('\r\n\r\n')).toBe(false);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('puts the title on the first line', () => {
    expect(text.split('\r\n')[0]).toBe('示例县和平镇人民政府2021年政府信息公开工作年度报告');
  });

  it('falls back to the standard title when the report has none', () => {
    const untitled = { ...report, meta: { ...report.meta, title: '  ' } };
    expect(exportTxt(untitled).split('\r\n')[0]).toBe(report.meta.title);
  });

  it('prints the six official headings in order, each as a line of its own', () => {
    const lines = text.split('\r\n');
    const at = sections.map((s) => lines.indexOf(s.heading));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('writes the preface and narrative text as paragraphs separated by blank lines', () => {
    const written: Report = {
      ...report,
      meta: { ...report.meta, preface: '根据条例编制本报告。\r\n\n本报告电子版可在网站下载。' },
      texts: { ...report.texts, 五: '  （一）存在的主要问题\n问题一。\n' },
    };
    const out = exportTxt(written);
    expect(out).toContain(
      '年度报告\r\n\r\n根据条例编制本报告。\r\n\r\n本报告电子版可在网站下载。\r\n\r\n一、总体情况\r\n\r\n二、',
    );
    expect(out).toContain(
      '五、存在的主要问题及改进情况\r\n\r\n（一）存在的主要问题\r\n\r\n问题一。\r\n\r\n六、',
    );
  });

  it.each(['2021', '2019'] as const)(
    'prints every figure of figures() in table order (%s format)',
    (format) => {
      const distinct = distinctReport(format);
      const printed = tableRows(exportTxt(distinct))
        .flat()
        .filter((f) => FIGURE.test(f));
      expect(printed).toEqual(figures(distinct).map(([, value]) => value));
    },
  );

  it('leaves blank cells as empty fields and writes no figure for them', () => {
    const rows = tableRows(exportTxt(emptyReport(2021, '某镇人民政府')));
    expect(rows.flat().filter((f) => FIGURE.test(f))).toEqual([]);
    expect(rows.at(-1)).toEqual(Array(15).fill(''));
    expect(rows.find((r) => r[0] === '一、本年新收政府信息公开申请数量')).toEqual([
      '一、本年新收政府信息公开申请数量',
      ...Array(9).fill(''),
    ]);
  });

  it('keeps an amount exactly as written', () => {
    const fee = '二/（八）/行政事业性收费/本年收费金额';
    const out = exportTxt({ ...report, cells: { ...report.cells, [fee]: '620.705536' } });
    expect(out).toContain('\r\n信息内容\t本年收费金额（单位：万元）\t\t\r\n');
    expect(out).toContain('\r\n行政事业性收费\t620.705536\t\t\r\n');
  });

  it('writes 本年增/减 with its sign', () => {
    const base = distinctReport('2019');
    const cells = {
      ...base.cells,
      '二/（五）/行政许可/本年增/减': '1',
      '二/（五）/其他对外管理服务事项/本年增/减': '-1',
    };
    const rows = tableRows(exportTxt({ ...base, cells }));
    expect(rows.find((r) => r[0] === '行政许可')?.[2]).toBe('+1');
    expect(rows.find((r) => r[0] === '其他对外管理服务事项')?.[2]).toBe('-1');
  });
});
