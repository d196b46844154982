/**
 * save → .txt → open (output issue): the exported text, read back through the one reader entry
 * point, gives every figure and every paragraph identical. Totals come back as the figures the text
 * prints (`stated`), which equal their sums; a report without a title comes back with the default
 * title the export prints. A .txt carries the body and year only in its title, so where a report's
 * title contradicts them (M-TITLE-BODY, M-TITLE-YEAR, M-BODY-MISSING) they come back as the title
 * states them. A figure that is not a valid number cannot be published and comes back blank with a
 * note naming its cell.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../import';
import {
  check,
  defaultTitle,
  draftNewReport,
  editDraft,
  figures,
  parseSaveFile,
  reportFromCells,
} from '../report';
import type { FormatId, Report, ReportFigures } from '../report';
import { exportTxt } from './txt';

const fixture = (dir: string) =>
  readdirSync(`fixtures/${dir}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, readFileSync(`fixtures/${dir}/${f}`, 'utf8')] as const);

const reports: [string, Report][] = [
  ...fixture('published').map(([name, text]): [string, Report] => {
    const parsed = parseSaveFile(text);
    if (!parsed.ok) throw new Error(parsed.errors.join());
    return [name, parsed.value];
  }),
  ...fixture('scenarios').map(([name, text]): [string, Report] => {
    const { format, given } = JSON.parse(text) as {
      format: FormatId;
      given: Omit<ReportFigures, 'format'>;
    };
    return [name, reportFromCells({ ...given, format })];
  }),
];

const TITLE_RULES = ['M-TITLE-BODY', 'M-TITLE-YEAR', 'M-BODY-MISSING'];

const invalidCells = (report: Report) =>
  check(report)
    .filter((i) => i.ruleId === 'CELL-INVALID')
    .flatMap((i) => i.addresses);

describe('save → .txt → open', () => {
  it.each(reports)('returns every figure and paragraph of %s', async (_, report) => {
    const read = await readReport(new TextEncoder().encode(exportTxt(report)), 'report.txt');
    if (!read.ok) throw new Error(read.error);
    const back = read.report;
    const invalid = invalidCells(report);
    const expectedFigures = figures(report).map(([a, v]) => [a, invalid.includes(a) ? '' : v]);
    expect(figures(back)).toEqual(expectedFigures);
    expect(back.texts).toEqual(report.texts);
    expect(back.format).toBe(report.format);
    const contradicted = check(report).some((i) => TITLE_RULES.includes(i.ruleId));
    if (!contradicted)
      expect([back.meta.year, back.meta.body]).toEqual([report.meta.year, report.meta.body]);
    expect(back.meta.title).toBe(
      report.meta.title || defaultTitle(report.meta.body, report.meta.year),
    );
    expect(read.notes).toHaveLength(invalid.length);
    for (const address of invalid) expect(read.notes.join()).toContain(address);
  });
});

describe('save → .txt → open, with drafted text', () => {
  it('keeps the contact fields and which printed sentences are still drafted', async () => {
    const base = reportFromCells({
      format: '2021',
      year: 2023,
      body: '示例县和平镇人民政府',
      cells: { '三/1/自然人': '4', '三/3/自然人': '3' },
      fill: '0',
    });
    const contacts = {
      publishUrl: 'http://www.example.gov.cn/',
      contactOffice: '镇党政办公室',
      contactAddress: '和平镇人民路1号',
      contactPostcode: '223100',
      contactPhone: '0517-1234567',
    };
    const drafted = draftNewReport({ ...base, meta: { ...base.meta, ...contacts } });
    const report = editDraft(drafted, '一/复议诉讼', '本年度未发生行政复议、行政诉讼。');
    const read = await readReport(new TextEncoder().encode(exportTxt(report)), 'report.txt');
    if (!read.ok) throw new Error(read.error);
    expect(read.report.meta).toMatchObject(contacts);
    expect(read.report.drafted).toEqual({
      前言: report.drafted?.前言,
      '一/主动公开': report.drafted?.['一/主动公开'],
      '一/依申请公开': report.drafted?.['一/依申请公开'],
    });
    // The edited sentence comes back as the user's own text; the fee statement, still waiting for
    // its figures, was never printed.
    expect(read.report.texts.一).toContain('本年度未发生行政复议、行政诉讼。');
    expect(read.report.drafted?.['一/依申请公开']?.text).toContain('4件');
  });
});
