import { describe, expect, it } from 'vitest';
import { emWidth, paragraphParts, paragraphsOf, titleLines, titleParts } from './document-text';

describe('paragraphsOf', () => {
  it('splits at every kind of line break and drops blank lines', () => {
    expect(paragraphsOf('  甲。\r\n\r\n乙。\r丙。\n  \n')).toEqual(['甲。', '乙。', '丙。']);
  });
});

describe('paragraphParts', () => {
  it('takes a run-in subheading up to its full stop, the rest as body text', () => {
    expect(paragraphParts('（一）主动公开情况。全年主动公开信息172条。')).toEqual({
      heading: '（一）主动公开情况。',
      body: '全年主动公开信息172条。',
    });
  });

  it('takes a short numbered line without a full stop as a whole heading', () => {
    expect(paragraphParts('(二) 改进措施')).toEqual({ heading: '(二) 改进措施', body: '' });
  });

  it('leaves a long numbered sentence without a full stop as body text', () => {
    const long = `（一）${'全年主动公开信息并及时更新各类栏目内容'.repeat(3)}`;
    expect(paragraphParts(long)).toEqual({ heading: '', body: long });
  });

  it('leaves a paragraph without a number as body text', () => {
    expect(paragraphParts('2024年，我镇……。')).toEqual({ heading: '', body: '2024年，我镇……。' });
  });
});

describe('titleParts', () => {
  it('breaks between the body and the year with the report name', () => {
    expect(titleParts('淮安市人民政府2024年政府信息公开工作年度报告')).toEqual([
      '淮安市人民政府',
      '2024年政府信息公开工作年度报告',
    ]);
  });

  it('keeps a title of another shape whole', () => {
    expect(titleParts('关于2024年政务公开工作的报告')).toEqual(['关于2024年政务公开工作的报告']);
    expect(titleParts('2024年政府信息公开工作年度报告')).toEqual([
      '2024年政府信息公开工作年度报告',
    ]);
  });
});

describe('titleLines', () => {
  const title = '汝州市寄料镇人民政府2021年政府信息公开工作年度报告';

  it('keeps a title that fits on one line', () => {
    expect(emWidth(title)).toBe(25);
    expect(titleLines(title, 25)).toEqual([title]);
  });

  it('breaks a title too long for the line between its parts', () => {
    expect(titleLines(title, 20)).toEqual([
      '汝州市寄料镇人民政府',
      '2021年政府信息公开工作年度报告',
    ]);
  });
});
