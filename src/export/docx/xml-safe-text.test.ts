import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../import';
import { emptyReport } from '../../report';
import { exportDocx } from './export-docx';
import { docxExportNote, xmlSafeReport } from './xml-safe-text';

const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/; // eslint-disable-line no-control-regex

function hostileReport() {
  const report = emptyReport(2021, '城关镇\u0001人民政府');
  return {
    ...report,
    meta: { ...report.meta, title: '年度\uFFFE报告', preface: '前言\u0007\r第二行' },
    texts: { ...report.texts, 一: '总体\uFFFF情况\u000b\n第二段\ud800', 五: '\u001b[31m问题' },
  };
}

describe('characters XML forbids', () => {
  it('are dropped from every string and counted', () => {
    const { report, dropped } = xmlSafeReport(hostileReport());
    expect(dropped).toBe(8);
    expect(report.meta.body).toBe('城关镇人民政府');
    expect(report.texts.一).toBe('总体情况\n第二段');
    expect(report.texts.五).toBe('[31m问题');
    expect(docxExportNote(hostileReport())).toContain('8 个');
    expect(docxExportNote(emptyReport(2021, '城关镇人民政府'))).toBeNull();
  });

  it('never reach the .docx, which reads back without false notes', async () => {
    const bytes = await exportDocx(hostileReport());
    for (const [path, data] of Object.entries(unzipSync(bytes))) {
      if (path.endsWith('.xml')) expect(strFromU8(data), path).not.toMatch(FORBIDDEN_IN_XML);
    }
    const read = await readReport(bytes, 'report.docx');
    expect(read.ok && read.readerId).toBe('own-docx');
    expect(read.ok ? read.notes : []).toEqual([]);
    expect(read.ok ? read.report.texts.一 : '').toBe('总体情况\n第二段');
  });
});
