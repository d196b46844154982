import { describe, expect, it } from 'vitest';
import { emptyReport } from '../report';
import { reportFileName, templateFileName } from './file-name';

describe('reportFileName', () => {
  it('names the file after the standard title and the extension', () => {
    expect(reportFileName(emptyReport(2021, '寻乌县留车镇人民政府'), 'docx')).toBe(
      '寻乌县留车镇人民政府2021年政府信息公开工作年度报告.docx',
    );
  });

  it('accepts the extension with its dot', () => {
    expect(reportFileName(emptyReport(2021, '留车镇人民政府'), '.txt')).toBe(
      '留车镇人民政府2021年政府信息公开工作年度报告.txt',
    );
  });

  it('uses the body and year, not an edited title', () => {
    const report = emptyReport(2022, '留车镇人民政府');
    const retitled = { ...report, meta: { ...report.meta, title: '关于2022年的报告' } };
    expect(reportFileName(retitled, 'txt')).toBe(
      '留车镇人民政府2022年政府信息公开工作年度报告.txt',
    );
  });

  it('removes characters Windows does not allow in file names', () => {
    const report = emptyReport(2021, ' 某县<某>镇:"人民"/政府\\办|公?室*\t');
    expect(reportFileName(report, 'txt')).toBe(
      '某县某镇人民政府办公室2021年政府信息公开工作年度报告.txt',
    );
  });

  it('still gives a name when the body is not filled in yet', () => {
    expect(reportFileName(emptyReport(2021), 'txt')).toBe('2021年政府信息公开工作年度报告.txt');
  });
});

describe('templateFileName', () => {
  it('says the prefilled template is one, so it is not taken for the finished report', () => {
    expect(templateFileName(emptyReport(2025, '留车镇人民政府'))).toBe(
      '留车镇人民政府2025年政府信息公开工作年度报告（预填模板）.docx',
    );
  });
});
