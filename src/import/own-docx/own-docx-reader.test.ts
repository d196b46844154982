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
      const result = await readReport(await exportDocx(report), 'report.docx');
      expect(result).toMatchObject({ ok: true, reader: LABEL, notes: [], unread: [] });
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
    const result = await readReport(edited);
    if (!result.ok) throw new Error(result.error);
    expect(result.report.cells['三/1/自然人']).toBe('5');
    expect(result.notes).toEqual([
      '三/1/自然人：文件中嵌入的数据为 987，表格中为 5，已采用表格中的数字',
    ]);
    // The row total still shows 988 in the document: kept as published, so check() flags it.
    expect(result.report.stated).toEqual({ '三/1/总计': '988' });
  });

  it('leaves a figure edited to / in Word as shown, for check() to flag, with nothing unread', async () => {
    const base = scenarioReport('clean-2021.json');
    const report = { ...base, cells: { ...base.cells, '三/1/自然人': '987' } };
    const edited = withDocument(await exportDocx(report), (xml) => xml.replace('>987<', '>/<'));
    const result = await readReport(edited);
    if (!result.ok) throw new Error(result.error);
    expect(result.report.cells['三/1/自然人']).toBe('/');
    expect(result.unread).toEqual([]);
  });

  it('keeps the embedded figures and notes it when a table is gone', async () => {
    const report = scenarioReport('clean-2021.json');
    const noTable4 = withDocument(await exportDocx(report), (xml) =>
      xml.replace(/<w:tbl>(?:(?!<\/?w:tbl>)[\s\S])*?行政复议[\s\S]*?<\/w:tbl>/, ''),
    );
    const result = await readReport(noTable4);
    if (!result.ok) throw new Error(result.error);
    expect(result.report).toEqual(report);
    expect(result.notes).toEqual([
      '表格中找不到 15 个数字（四/行政复议/结果维持、四/行政复议/结果纠正、四/行政复议/其他结果 等），已采用文件中嵌入的数据',
    ]);
  });

  it('leaves a Word file without our part to other readers', async () => {
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
    expect(await readReport(renamed)).toMatchObject({ ok: true, notes: [] });
  });
});

describe('ownDocxReader with prose edited in Word', () => {
  const report = scenarioReport('clean-2021.json');
  const exported = exportDocx(report);
  const opened = async (edit: (xml: string) => string) => {
    const result = await readReport(withDocument(await exported, edit));
    if (!result.ok) throw new Error(result.error);
    return result;
  };
  /** `find` is in the document exactly once: an edit cannot silently miss. */
  const once = (xml: string, find: string, by: string) => {
    expect(xml.split(find)).toHaveLength(2);
    return xml.replace(find, by);
  };

  it('takes a paragraph rewritten in Word over the embedded text, with one note', async () => {
    const result = await opened((xml) =>
      once(xml, '持续维护政府网站信息公开专栏。', '持续维护政府网站和政务新媒体。'),
    );
    expect(result.report.texts.一).toBe(
      report.texts.一.replace('持续维护政府网站信息公开专栏。', '持续维护政府网站和政务新媒体。'),
    );
    expect(result.report.texts.五).toBe(report.texts.五);
    expect(result.notes).toEqual([
      '正文/一：Word 文档中的文字与文件中嵌入的不同，已采用文档中的文字',
    ]);
  });

  it('takes a title and preface edited in Word, each with a note', async () => {
    const result = await opened((xml) =>
      once(xml, '2021年政府信息公开工作年度报告<', '2021年度政府信息公开工作年度报告<').replace(
        /(<w:p>(?:(?!<w:p>).)*?一、总体情况)/,
        '<w:p><w:r><w:t>根据《中华人民共和国政府信息公开条例》编制本报告。</w:t></w:r></w:p>$1',
      ),
    );
    expect(result.report.meta).toEqual({
      ...report.meta,
      title: '示例县和平镇人民政府2021年度政府信息公开工作年度报告',
      preface: '根据《中华人民共和国政府信息公开条例》编制本报告。',
    });
    expect(result.notes).toEqual([
      '报告标题：Word 文档中的文字与文件中嵌入的不同，已采用文档中的文字',
      '前言：Word 文档中的文字与文件中嵌入的不同，已采用文档中的文字',
    ]);
  });

  it('reads a paragraph added to and one deleted from 五 and 六', async () => {
    const result = await opened((xml) =>
      once(
        once(
          xml,
          '上年度报告所列问题已全部整改。',
          '上年度报告所列问题已整改。</w:t></w:r></w:p><w:p><w:r><w:t>另：新增一段。',
        ),
        '<w:t xml:space="preserve">本年度政务公开工作要点已全部落实。</w:t>',
        '',
      ),
    );
    expect(result.report.texts.五.split('\n').slice(-2)).toEqual([
      '上年度报告所列问题已整改。',
      '另：新增一段。',
    ]);
    expect(result.report.texts.六).toBe('本年度未发出信息处理费收费通知，未收取信息处理费。');
    expect(result.notes).toEqual([
      '正文/五：Word 文档中的文字与文件中嵌入的不同，已采用文档中的文字',
      '正文/六：Word 文档中的文字与文件中嵌入的不同，已采用文档中的文字',
    ]);
  });

  it('ignores Word comments, table captions and re-spaced paragraphs', async () => {
    const result = await opened((xml) => {
      const commented = once(
        xml,
        '<w:t xml:space="preserve">持续维护政府网站信息公开专栏。</w:t></w:r>',
        '<w:t xml:space="preserve">　持续维护政府网站信息公开专栏。 </w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:commentRangeEnd w:id="0"/>',
      );
      // A caption above table 三, and an empty paragraph, as a template variant may add.
      return commented.replace(
        /(三、收到和处理政府信息公开申请情况<\/w:t><\/w:r><\/w:p>)/,
        '$1<w:p><w:r><w:t>（单位：件）</w:t></w:r></w:p><w:p/>',
      );
    });
    expect(result.report).toEqual(report);
    expect(result.notes).toEqual([]);
  });

  it('keeps the embedded text of a section whose heading was deleted in Word', async () => {
    const result = await opened((xml) =>
      once(xml, '<w:t xml:space="preserve">六、其他需要报告的事项</w:t>', ''),
    );
    // Its paragraphs now read as the end of 五, which the document decides.
    expect(result.report.texts).toEqual({
      ...report.texts,
      五: `${report.texts.五}\n${report.texts.六}`,
    });
    expect(result.notes).toEqual([
      '正文/五：Word 文档中的文字与文件中嵌入的不同，已采用文档中的文字',
      '正文/六：Word 文档中没有找到“六、其他需要报告的事项”这一节，已采用文件中嵌入的文字',
    ]);
  });
});
