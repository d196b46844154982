/**
 * Messages are read by office staff in the form, the import review and the CLI's text output
 * (issue #14): they name rows and columns by their printed labels, never by address. These tests
 * make every rule fire at every cell it can name, in both formats, and read every message.
 */
import { describe, expect, it } from 'vitest';
import { check } from './check';
import type { Issue } from './check';
import { emptyReport } from './empty-report';
import { fieldAddresses } from './fields';
import { placeOf } from './place-names';
import type { Report } from './report';
import { rules } from './rules';
import { formatIds, formatIndex, textSectionIds } from './spec';
import type { FormatId } from './spec';

/** An address (`三/18/自然人`, `二/（八）/…`, `四/行政复议/…`, `正文/五`, `六/信息处理费/…`) or a leak. */
const NOT_FORM_WORDS = /[二三四六]\/|正文\/|undefined|null|NaN|相差|\[object/;

const YEAR: Record<FormatId, number> = { '2021': 2021, '2019': 2020 };

/** Every input typed as `value`, every computed cell stated as `stated` (a published figure). */
function filled(format: FormatId, value: string, stated?: string): Report {
  const index = formatIndex(format);
  const base = emptyReport(YEAR[format], '示例县和平镇人民政府', format);
  return {
    ...base,
    cells: Object.fromEntries(index.inputs.map((c) => [c.address, value])),
    stated:
      stated === undefined
        ? {}
        : Object.fromEntries(index.computed.map((c) => [c.address, stated])),
  };
}

const PLACEHOLDER = '此处填写XX';

/** Reports that between them make every rule fire at every cell and field it can name. */
function flawedReports(format: FormatId): Report[] {
  const year = YEAR[format];
  const blank = emptyReport(year, '', format);
  const invalid: Report = {
    ...filled(format, 'abc', 'x'),
    fees: { notices: 'abc', notified: '-1', collected: '1.2.3' },
  };
  // Every figure 1, every published total 1 000: no total adds up and no column of 三 balances.
  const misstated = filled(format, '1', '1000');
  const unbalanced = filled(format, '1');
  const placeholders: Report = {
    ...unbalanced,
    meta: Object.fromEntries(
      Object.entries(unbalanced.meta).map(([k, v]) => [k, k === 'year' ? v : PLACEHOLDER]),
    ) as Report['meta'],
    texts: Object.fromEntries(textSectionIds.map((id) => [id, PLACEHOLDER])) as Report['texts'],
  };
  const wrongText: Report = {
    ...unbalanced,
    meta: {
      ...unbalanced.meta,
      title: `某单位${year - 3}年报告`,
      preface: `统计期限为${year - 1}年1月1日至12月31日。`,
    },
    texts: { 一: '（二）依申请公开\n本年未收到政府信息公开申请。', 五: '无', 六: '无' },
  };
  const quoted: Report = {
    ...unbalanced,
    texts: { ...wrongText.texts, 一: '（二）依申请公开\n本年共收到政府信息公开申请99件。' },
  };
  const otherFormat: Report = { ...unbalanced, format: format === '2021' ? '2019' : '2021' };
  const lastYear = { ...filled(format, '2'), meta: { ...unbalanced.meta, year: year - 1 } };
  const afterLastYear: Report = {
    ...unbalanced,
    texts: {
      一: '同上年。本年度工作有序开展。',
      五: '同上年问题较多，改进措施见附件说明。',
      六: '同上年',
    },
    lastYear: {
      ...lastYear,
      texts: {
        一: '同上年。本年度工作有序开展。',
        五: '同上年问题较多，改进措施见附件说明。',
        六: '同上年',
      },
    },
  };
  const overlong: Report = {
    ...filled(format, '1'.repeat(101), '1'.repeat(101)),
    meta: Object.fromEntries(
      Object.entries(unbalanced.meta).map(([k, v]) => [k, k === 'year' ? v : '字'.repeat(2001)]),
    ) as Report['meta'],
    texts: Object.fromEntries(
      textSectionIds.map((id) => [id, '字'.repeat(200_001)]),
    ) as Report['texts'],
  };
  return [
    blank,
    invalid,
    overlong,
    misstated,
    unbalanced,
    placeholders,
    wrongText,
    quoted,
    otherFormat,
    afterLastYear,
  ];
}

const issuesOf = (format: FormatId): Issue[] => flawedReports(format).flatMap((r) => check(r));

describe.each(formatIds)('messages in the %s format', (format) => {
  const issues = issuesOf(format);
  const index = formatIndex(format);

  it.each(rules.map((r) => [r.id, r] as const))(
    'names every place rule %s can point at in the form’s words',
    (_id, rule) => {
      const own = issues.filter((i) => i.ruleId === rule.id);
      const named = new Set(own.flatMap((i) => i.addresses));
      // Every address the rule declares it may name, in this format, was named by some issue here:
      // so the messages below were read for each of them.
      const reachable = rule.reads(index).filter((a) => a !== '');
      const missed = reachable.filter((a) => !named.has(a) && !fieldAddresses.includes(a));
      // A rule of the other format only (X-SIX-FEE in 2019) is silent here; the test below proves
      // each rule fires somewhere.
      if (own.length > 0) expect(missed).toEqual([]);
      for (const issue of own) {
        expect(issue.message, issue.message).not.toMatch(NOT_FORM_WORDS);
        expect(issue.message.trim()).not.toBe('');
      }
    },
  );

  it('focuses a cell the issue is about, or one of the cells its totals add up', () => {
    for (const issue of issues) {
      const involved = new Set(issue.addresses);
      for (const address of involved)
        index.byAddress.get(address)?.sumOf?.forEach((a) => involved.add(a));
      expect(involved.has(issue.likely), `${issue.ruleId} ${issue.likely}`).toBe(true);
    }
  });

  it.each(index.cells.map((c) => c.address))('names cell %s by its labels', (address) => {
    const place = placeOf(index, address);
    expect(place).not.toMatch(NOT_FORM_WORDS);
    expect(place).toMatch(/^表[二三四]“.+”(行，“.+”列|栏“.+”列)$/);
  });

  it.each(fieldAddresses)('names field %s by its heading or label', (address) => {
    expect(placeOf(index, address)).not.toMatch(NOT_FORM_WORDS);
  });
});

describe('rules over the flawed reports', () => {
  it.each(rules.map((r) => r.id))('fire %s in at least one format', (id) => {
    const fired = formatIds.flatMap(issuesOf).filter((i) => i.ruleId === id);
    expect(fired).not.toEqual([]);
  });
});

describe('messages', () => {
  it('name a cell of 三 by its group and row and say the difference plainly', () => {
    const report = filled('2021', '0');
    const cells = { ...report.cells, '三/1/自然人': '3', '三/3/自然人': '2' };
    const message = check({ ...report, cells }).find((i) => i.ruleId === 'T3-BALANCE')?.message;
    expect(message).toBe(
      '表三“自然人”列不平衡：“一、本年新收政府信息公开申请数量”3 件加“二、上年结转政府信息公开申请数量”0 件，共 3 件；' +
        '“（七）总计”2 件加“四、结转下年度继续办理”0 件，共 2 件，比前两项少 1 件。',
    );
  });

  it('use the labels of the report’s own format', () => {
    expect(placeOf(formatIndex('2021'), '三/18/自然人')).toBe(
      '表三“（五）不予处理 — 3.要求提供公开出版物”行，“自然人”列',
    );
    expect(placeOf(formatIndex('2019'), '三/22/自然人')).toBe('表三“（七）总计”行，“自然人”列');
    expect(placeOf(formatIndex('2021'), '三/22/自然人')).toBe(
      '表三“（六）其他处理 — 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”行，“自然人”列',
    );
    expect(placeOf(formatIndex('2021'), '二/（一）/行政规范性文件/现行有效件数')).toBe(
      '表二“第二十条第（一）项 — 行政规范性文件”行，“现行有效件数”列',
    );
    expect(placeOf(formatIndex('2019'), '四/复议后起诉/尚未审结')).toBe(
      '表四“行政诉讼 — 复议后起诉”栏“尚未审结”列',
    );
  });
});
