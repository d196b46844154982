import { describe, expect, it } from 'vitest';
import {
  applicationPart,
  clauses,
  comparableText,
  isNone,
  mentionsProcessingFee,
  periodYears,
  placeholderIn,
  quotedApplicationCounts,
  reportsFeeNotices,
  reviewMention,
  saysNoApplications,
} from './text-heuristics';

describe('clauses', () => {
  it('splits at sentence punctuation and line breaks and drops empty clauses', () => {
    expect(clauses('甲。乙；丙\n\n丁！')).toEqual(['甲', '乙', '丙', '丁']);
  });
});

describe('isNone', () => {
  it.each(['', '无', '无。', ' 暂无 ', '没有', '/', '／', '\u3000无\u3000'])(
    'is true when the text is %j',
    (text) => {
      expect(isNone(text)).toBe(true);
    },
  );

  it.each(['无问题。已整改。', '本年度未收取信息处理费。'])(
    'is false when the text is %j',
    (text) => {
      expect(isNone(text)).toBe(false);
    },
  );
});

describe('applicationPart', () => {
  const one = [
    '（一）主动公开情况。',
    '全年主动公开信息136条。',
    '（二）依申请公开办理情况。',
    '全年未收到依申请公开事项。',
    '（三）政府信息管理情况。',
    '收到上级通知5件。',
  ].join('\n');

  it('takes the lines under the 依申请 heading up to the next heading when there is one', () => {
    expect(applicationPart(one)).toBe('全年未收到依申请公开事项。');
  });

  it('keeps text written on the heading line after its full stop', () => {
    expect(applicationPart('（二）依申请公开情况。全年收到申请3件。\n（三）管理')).toBe(
      '全年收到申请3件。',
    );
  });

  it('falls back to every clause that mentions 申请 when there is no such heading', () => {
    expect(applicationPart('全年主动公开信息20条。收到申请2件。')).toBe('收到申请2件');
  });

  it('is empty when the text never mentions applications', () => {
    expect(applicationPart('全年主动公开信息20条。')).toBe('');
  });
});

describe('saysNoApplications', () => {
  it.each([
    '无',
    '全年未收到依申请公开事项。',
    '本年度没有受理政府信息公开申请。',
    '收到申请0件。',
  ])('is true when the part reads %j', (part) => {
    expect(saysNoApplications(part)).toBe(true);
  });

  it.each(['全年收到政府信息公开申请3件，均已办结。', '收到申请１０件。', '共受理申请100件。'])(
    'is false when the part reads %j',
    (part) => {
      expect(saysNoApplications(part)).toBe(false);
    },
  );
});

describe('quotedApplicationCounts', () => {
  it('finds the number of applications received when the text quotes it', () => {
    expect(quotedApplicationCounts('全年共收到政府信息公开申请５件，已全部办结。')).toEqual([5]);
  });

  it('ignores years when no unit of applications follows them', () => {
    expect(quotedApplicationCounts('2021年全年未收到申请')).toEqual([]);
  });

  it('ignores a time limit when the text says how fast applications were answered', () => {
    expect(quotedApplicationCounts('收到申请后在15个工作日内予以答复。')).toEqual([]);
    expect(quotedApplicationCounts('收到申请3件，均在1个月内答复。')).toEqual([3]);
  });
});

describe('reviewMention', () => {
  it.each([
    ['本年度未发生政府信息公开行政复议、行政诉讼案件。', 'none-stated'],
    ['本年度没有发生因政府信息公开引起的行政复议和行政诉讼。', 'none-stated'],
    ['行政复议、行政诉讼均为0。', 'none-stated'],
    ['全年发生行政复议1件，结果纠正。', 'cases-stated'],
    ['收到政府信息公开行政复议申请２件。', 'cases-stated'],
    ['全年主动公开信息172条。', 'silent'],
    ['依法做好行政复议相关工作。', 'silent'],
  ] as const)('classifies %j as %s', (text, mention) => {
    expect(reviewMention(text)).toBe(mention);
  });

  it('does not take a number after a comma as a case count when the clause says none', () => {
    expect(reviewMention('本年度未发生行政复议、行政诉讼，全年收到依申请公开申请3件。')).toBe(
      'none-stated',
    );
  });

  it('does not run a heading line into the figures of the next line', () => {
    expect(reviewMention('（四）行政复议和行政诉讼情况\n本年度新收申请3件。')).toBe('silent');
  });
});

describe('reportsFeeNotices', () => {
  it.each([
    ['本年度发出收费通知2件，实际收取信息处理费300元。', true],
    ['本年度发出信息处理费收费通知1件，申请人逾期未缴纳，未收取信息处理费。', true],
    ['共向申请人发出缴费通知书一份。', true],
    ['本年度收取信息处理费150元。', true],
    ['本年度未发出信息处理费收费通知，未收取信息处理费。', false],
    ['本年度没有发出收费通知，收到申请3件。', false],
    ['发出收费通知0件。', false],
    ['本年度未收取信息处理费0元。', false],
    ['本年度行政事业性收费12.5万元。', false],
    ['无', false],
  ] as const)('is %s when 六 reads %j', (text, expected) => {
    expect(reportsFeeNotices(text)).toBe(expected);
  });
});

describe('mentionsProcessingFee', () => {
  it('is true only when 六 names 信息处理费', () => {
    expect(mentionsProcessingFee('本年度未收取信息处理费。')).toBe(true);
    expect(mentionsProcessingFee('无')).toBe(false);
  });
});

describe('placeholderIn', () => {
  it.each([
    ['XX镇人民政府', 'XX'],
    ['共公开信息××条', '××'],
    ['（此处填写本年度工作要点）', '（此处填写本年度工作要点）'],
    ['联系电话：____', '____'],
    ['【请填写问题】', '【请填写问题】'],
    ['请填写机关名称', '请填写'],
  ])('finds the placeholder in %j', (text, found) => {
    expect(placeholderIn(text)).toBe(found);
  });

  it('finds nothing in a finished text', () => {
    expect(placeholderIn('全年主动公开信息172条。')).toBeUndefined();
  });
});

describe('comparableText', () => {
  it('ignores spacing when two texts are compared', () => {
    expect(comparableText('无 问题\n')).toBe(comparableText('无问题'));
  });
});

describe('periodYears', () => {
  it.each([
    ['本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。', [2023, 2023]],
    ['报告中所列数据统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止。', [2024, 2024]],
    ['本报告数据统计时限为二〇二二年全年。', [2022]],
    ['本报告根据《条例》（2019年修订）要求编制。', []],
    [
      '本报告根据《条例》（2019年修订）编制，统计期限自2021年1月1日起至2021年12月31日止。',
      [2021, 2021],
    ],
    ['如对本报告有疑问，请与镇党政办联系。', []],
  ] as const)('reads %j as %j', (text, expected) => {
    expect(periodYears(text)).toEqual(expected);
  });
});
