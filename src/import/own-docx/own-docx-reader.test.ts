import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatIndex } from '../../report';
import { exportDocx } from '../../export/docx';
import {
  cleanScenarios,
  publishedNames,
  publishedReport,
  scenarioReport,
} from '../../export/docx/test-support';
import { readReport } from '../read-report';
import { ownDocxReader } from './own-docx-reader';

const LABEL = '本程序导出的 Word 文档 (.docx)';

/** The .docx with `edit` applied to word/document.xml, re-zipped. */
function withDocument(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = new TextDecoder().decode(files['word/document.xml']);
  return zipSync({ ...files, 'word/document.xml': strToU8(edit(xml)) });
}

describe('ownDocxReader', () => {
  it.each([...cleanScenarios, ...publishedNames])(
    'restores %s exactly when the .docx is opened',
    async (name) => {
      const report = name.endsWith('.json') ? scenarioReport(name) : publishedReport(name);
      const result = readReport(await exportDocx(report), 'report.docx');
      expect(result).toMatchObject({ ok: true, reader: LABEL, notes: [] });
      if (result.ok) expect(result.report).toEqual(report);
    },
  );

  it('takes a figure edited in Word over the embedded one and says so', async () => {
    const base = scenarioReport('clean-2021.json');
    const report = { ...base, cells: { ...base.cells, '三/1/自然人': '987' } };
    const edited = withDocument(await exportDocx(report), (xml) => {
      expect(xml.split('>987<')).toHaveLength(2);
      return xml.replace('>987<', '>5<');
    });
    const result = readReport(edited);
    if (!result.ok) throw new Error(result.error);
    expect(result.report.cells['三/1/自然人']).toBe('5');
    expect(result.notes).toEqual([
      '三/1/自然人：文件中嵌入的数据为 987，表格中为 5，已采用表格中的数字',
    ]);
    // The row total still shows 988 in the document: kept as published, so check() flags it.
    expect(result.report.stated).toEqual({ '三/1/总计': '988' });
  });

  it('keeps the embedded figures and notes it when a table is gone', async () => {
    const report = scenarioReport('clean-2021.json');
    const noTable4 = withDocument(await exportDocx(report), (xml) =>
      xml.replace(/<w:tbl>(?:(?!<\/?w:tbl>)[\s\S])*?行政复议[\s\S]*?<\/w:tbl>/, ''),
    );
    const result = readReport(noTable4);
    if (!result.ok) throw new Error(result.error);
    expect(result.report).toEqual(report);
    expect(result.notes).toEqual([
      '表格中找不到 15 个数字（四/行政复议/结果维持、四/行政复议/结果纠正、四/行政复议/其他结果 等），已采用文件中嵌入的数据',
    ]);
  });

  it('leaves a Word file without our part to other readers', () => {
    const other = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'customXml/item1.xml': strToU8('<b:Sources xmlns:b="urn:other"/>'),
      'word/document.xml': strToU8('<w:document/>'),
    });
    expect(ownDocxReader.sniff(other)).toBe(false);
    expect(ownDocxReader.sniff(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBe(false);
  });

  it('finds our part when Word has renumbered it', async () => {
    const files = unzipSync(await exportDocx(scenarioReport('clean-2019.json')));
    const { 'customXml/item1.xml': item, ...rest } = files;
    if (!item) throw new Error('no item');
    const renamed = zipSync({ ...rest, 'customXml/item3.xml': item });
    expect(ownDocxReader.sniff(renamed)).toBe(true);
    expect(formatIndex('2019').id).toBe('2019');
    expect(readReport(renamed)).toMatchObject({ ok: true, notes: [] });
  });
});
