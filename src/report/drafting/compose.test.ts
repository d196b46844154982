/**
 * Each drafted sentence with zero, one, large and mixed figures, in both formats; the wording is
 * the register of the published reports (../shared/fixtures/published/). Reviewed by reading.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { emptyReport } from '../empty-report';
import type { Report } from '../report';
import { reportFromCells } from '../report-from-cells';
import { NO_FEE_SENTENCE } from '../spec';
import { composeApplications } from './compose-applications';
import { composeFees } from './compose-fees';
import { composePreface, contactsFromPreface } from './compose-preface';
import { composeProactive } from './compose-proactive';
import { composeReviews } from './compose-reviews';

const BODY = '示例县和平镇人民政府';
const zeros = (cells: Record<string, string> = {}, format: '2021' | '2019' = '2021') =>
  reportFromCells({ format, year: format === '2021' ? 2023 : 2020, body: BODY, cells, fill: '0' });

describe('composeProactive (2021)', () => {
  it('says 未… when every figure is zero', () => {
    expect(composeProactive(zeros())).toBe(
      '本年度未制发规章和行政规范性文件，未废止规章和行政规范性文件；截至年底，无现行有效的规章和行政规范性文件。' +
        '本年度未作出行政许可、行政处罚和行政强制决定。本年度未收取行政事业性收费。',
    );
  });

  it('states one of each and keeps an amount’s decimals', () => {
    const report = zeros({
      '二/（一）/行政规范性文件/本年制发件数': '1',
      '二/（一）/行政规范性文件/本年废止件数': '1',
      '二/（一）/行政规范性文件/现行有效件数': '1',
      '二/（五）/行政许可/本年处理决定数量': '1',
      '二/（八）/行政事业性收费/本年收费金额': '0.0500',
    });
    expect(composeProactive(report)).toBe(
      '本年度制发行政规范性文件1件，废止行政规范性文件1件；截至年底，现行有效行政规范性文件1件。' +
        '本年度作出行政许可决定1件，未作出行政处罚和行政强制决定。本年度行政事业性收费金额0.0500万元。',
    );
  });

  it('lists large, mixed figures as published (hongze 2023)', () => {
    const report = zeros({
      '二/（一）/行政规范性文件/本年废止件数': '5',
      '二/（一）/行政规范性文件/现行有效件数': '5',
      '二/（五）/行政许可/本年处理决定数量': '550',
      '二/（六）/行政处罚/本年处理决定数量': '4119',
      '二/（六）/行政强制/本年处理决定数量': '195',
      '二/（八）/行政事业性收费/本年收费金额': '7730.28',
    });
    expect(composeProactive(report)).toBe(
      '本年度未制发规章和行政规范性文件，废止行政规范性文件5件；截至年底，现行有效行政规范性文件5件。' +
        '本年度作出行政许可决定550件、行政处罚决定4119件、行政强制决定195件。本年度行政事业性收费金额7730.28万元。',
    );
  });

  it('waits while a cell of table 二 is blank', () => {
    expect(composeProactive(emptyReport(2023, BODY))).toBeNull();
    expect(composeProactive(zeros({ '二/（六）/行政强制/本年处理决定数量': '' }))).toBeNull();
  });
});

describe('composeProactive (2019)', () => {
  it('uses the 2019 columns: 新制作, 新公开, 对外公开总数量 and 处理决定数量', () => {
    const report = zeros(
      {
        '二/（一）/规范性文件/本年新制作数量': '2',
        '二/（一）/规范性文件/本年新公开数量': '2',
        '二/（一）/规范性文件/对外公开总数量': '9',
        '二/（五）/其他对外管理服务事项/处理决定数量': '12',
      },
      '2019',
    );
    expect(composeProactive(report)).toBe(
      '本年度新制作规范性文件2件，新公开规范性文件2件；截至年底，累计对外公开规范性文件9件。' +
        '本年度作出其他对外管理服务事项决定12件，未作出行政许可、行政处罚和行政强制决定。',
    );
  });
});

describe('composeApplications', () => {
  it('says none was received without a count of 0', () => {
    expect(composeApplications(zeros())).toBe('本年度未收到政府信息公开申请。');
  });

  it('states one application granted', () => {
    const report = zeros({ '三/1/自然人': '1', '三/3/自然人': '1' });
    expect(composeApplications(report)).toBe(
      '本年度共收到政府信息公开申请1件；均为自然人申请。本年度办结1件，均予以公开。',
    );
  });

  it('states mixed applicants, outcomes, the share opened and what carries over', () => {
    const report = zeros({
      '三/1/自然人': '18',
      '三/1/商业企业': '2',
      '三/1/其他': '1',
      '三/2/自然人': '1',
      '三/3/自然人': '11',
      '三/4/自然人': '2',
      '三/13/自然人': '5',
      '三/13/商业企业': '1',
      '三/17/自然人': '1',
      '三/22/其他': '1',
      '三/25/商业企业': '1',
    });
    expect(check(report).filter((i) => i.ruleId === 'T3-BALANCE')).toEqual([]);
    expect(composeApplications(report)).toBe(
      '本年度共收到政府信息公开申请21件；其中自然人申请18件、法人或其他组织申请3件。' +
        '上年结转的申请1件。' +
        '本年度办结21件，其中予以公开11件、部分公开2件、无法提供6件、不予处理1件、其他处理1件。' +
        '予以公开和部分公开的占办结总数的61.9%。结转下年度继续办理1件。',
    );
  });

  it('adds the change against last year when last year’s report is present', () => {
    const lastYear = zeros({ '三/1/自然人': '4', '三/3/自然人': '4' });
    const report: Report = { ...zeros({ '三/1/自然人': '5', '三/3/自然人': '5' }), lastYear };
    expect(composeApplications(report)).toBe(
      '本年度共收到政府信息公开申请5件，较上年增加1件，增长25%；均为自然人申请。本年度办结5件，均予以公开。',
    );
    const none: Report = { ...zeros(), lastYear };
    expect(composeApplications(none)).toBe('本年度未收到政府信息公开申请（上年为4件）。');
  });

  it('counts the 2019 format’s single （六）其他处理 row', () => {
    const report = zeros({ '三/1/自然人': '2', '三/21/自然人': '2' }, '2019');
    expect(composeApplications(report)).toBe(
      '本年度共收到政府信息公开申请2件；均为自然人申请。本年度办结2件，均作其他处理。',
    );
  });

  it('waits while a cell of table 三 is blank', () => {
    expect(composeApplications(zeros({ '三/9/科研机构': '' }))).toBeNull();
  });

  it('reads as one count of applications to the text rule X-APPLY-TEXT', () => {
    const base = zeros({ '三/1/自然人': '3', '三/3/自然人': '2', '三/25/自然人': '1' });
    const text = `（二）依申请公开情况\n${composeApplications(base) ?? ''}`;
    const report = { ...base, texts: { ...base.texts, 一: text } };
    expect(check(report).map((i) => i.ruleId)).not.toContain('X-APPLY-TEXT');
  });
});

describe('composeReviews', () => {
  it('says none happened, which the text rule reads as none stated', () => {
    const report = zeros();
    const text = composeReviews(report) ?? '';
    expect(text).toBe('本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。');
    const checked = check({ ...report, texts: { ...report.texts, 一: text } });
    expect(checked.map((i) => i.ruleId)).not.toContain('X-REVIEW-TEXT');
  });

  it('states a review case with its result', () => {
    const report = zeros({ '四/行政复议/结果维持': '1' });
    expect(composeReviews(report)).toBe(
      '本年度发生因政府信息公开引起的行政复议1件，未发生行政诉讼。行政复议中，结果维持1件。',
    );
  });

  it('states mixed lawsuits by kind and result', () => {
    const report = zeros({
      '四/行政复议/结果纠正': '2',
      '四/行政复议/尚未审结': '1',
      '四/未经复议直接起诉/结果维持': '10',
      '四/复议后起诉/结果维持': '1',
      '四/复议后起诉/其他结果': '1',
    });
    const text = composeReviews(report) ?? '';
    expect(text).toBe(
      '本年度发生因政府信息公开引起的行政复议3件、行政诉讼12件。行政复议中，结果纠正2件、尚未审结1件。' +
        '行政诉讼中，未经复议直接起诉10件、复议后起诉2件；结果维持11件、其他结果1件。',
    );
    const checked = check({ ...report, texts: { ...report.texts, 一: text } });
    expect(checked.map((i) => i.ruleId)).not.toContain('X-REVIEW-TEXT');
  });

  it('waits while a cell of table 四 is blank', () => {
    expect(composeReviews(emptyReport(2023, BODY))).toBeNull();
  });
});

describe('composeFees', () => {
  const withFees = (notices: string, notified: string, collected: string): Report => ({
    ...zeros(),
    fees: { notices, notified, collected },
  });

  it('gives the standard sentence when no notice was sent', () => {
    expect(composeFees(withFees('0', '', ''))).toBe(NO_FEE_SENTENCE);
  });

  it('states a notice and nothing collected', () => {
    expect(composeFees(withFees('1', '150', '0'))).toBe(
      '本年度发出信息处理费收费通知1件，通知收取金额150元，未实际收取信息处理费。',
    );
  });

  it('states many notices and the amount collected, with its decimals', () => {
    expect(composeFees(withFees('12', '', '2400.50'))).toBe(
      '本年度发出信息处理费收费通知12件，实际收取信息处理费2400.50元。',
    );
  });

  it('waits until the notices (and then the amount collected) are stated', () => {
    expect(composeFees(zeros())).toBeNull();
    expect(composeFees(withFees('2', '', ''))).toBeNull();
  });
});

describe('composePreface', () => {
  it('states the basis, the period of the report’s year, the website and the contact', () => {
    const base = emptyReport(2023, '淮安市洪泽区人民政府');
    const report: Report = {
      ...base,
      meta: {
        ...base.meta,
        publishUrl: 'http://www.hongze.gov.cn/',
        contactOffice: '淮安市洪泽区人民政府办公室',
        contactAddress: '淮安市洪泽区洪泽湖大道90号',
        contactPostcode: '223100',
        contactPhone: '0517-87222589',
      },
    };
    expect(composePreface(report)).toBe(
      '本报告由淮安市洪泽区人民政府根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和' +
        '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》' +
        '（国办公开办函〔2021〕30号）要求编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。' +
        '本报告电子版可在政府网站（http://www.hongze.gov.cn/）查阅或下载。' +
        '如对本报告有疑问，请与淮安市洪泽区人民政府办公室联系（地址：淮安市洪泽区洪泽湖大道90号；邮编：223100；电话：0517-87222589）。',
    );
  });

  it('leaves out what is not filled and cites the 2019 notice for a 2019-format report', () => {
    expect(composePreface(emptyReport(2020, BODY))).toBe(
      `本报告由${BODY}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和` +
        '《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》' +
        '（国办公开办函〔2019〕60号）要求编制。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
    );
  });
});

describe('contactsFromPreface', () => {
  const contacts = {
    publishUrl: 'http://www.hongze.gov.cn/',
    contactOffice: '淮安市洪泽区人民政府办公室',
    contactAddress: '淮安市洪泽区洪泽湖大道90号',
    contactPostcode: '223100',
    contactPhone: '0517-87222589',
  };

  it('reads back every field composePreface wrote', () => {
    const base = emptyReport(2023, '淮安市洪泽区人民政府');
    const preface = composePreface({ ...base, meta: { ...base.meta, ...contacts } });
    expect(contactsFromPreface(preface)).toEqual(contacts);
  });

  it('reads back the fields that were filled, and nothing for those left out', () => {
    const base = emptyReport(2023, BODY);
    const preface = composePreface({ ...base, meta: { ...base.meta, contactPhone: '0517-1' } });
    expect(contactsFromPreface(preface)).toEqual({ contactOffice: BODY, contactPhone: '0517-1' });
    expect(contactsFromPreface(composePreface(base))).toEqual({});
  });

  it('reads nothing from a preface in other words', () => {
    expect(contactsFromPreface('如有疑问，请联系镇党政办公室，电话：0517-1。')).toEqual({});
  });
});

describe('a published total its parts contradict', () => {
  it('is never stated: the sentence waits until the table agrees with itself', () => {
    const report = zeros({ '四/复议后起诉/结果维持': '5', '四/复议后起诉/总计': '0' });
    expect(composeReviews(report)).toBeNull();
    const agreed = zeros({ '四/复议后起诉/结果维持': '5', '四/复议后起诉/总计': '5' });
    expect(composeReviews(agreed)).toContain('5件');
  });
});
