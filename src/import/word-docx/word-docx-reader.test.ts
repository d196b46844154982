/**
 * The reader of Word files made elsewhere, over hand-written WordprocessingML (test-support.ts)
 * printing the three published reports — figures exactly as published, from their reviewed
 * transcriptions (fixtures/published/*.json) — and the ways real Word files differ, one at a time.
 * Each must import equal to the transcription, with exactly its check() issues.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../export';
import { check, parseSaveFile } from '../../report';
import type { Report } from '../../report';
import { readReport } from '../read-report';
import type { ReadResult } from '../read-report';
import { readers } from '../readers';
import { DAMAGED_BODY } from '../word/docx-package';
import { NOT_A_REPORT_DOCX } from './read-word-document';
import { paragraph, table, wordBody, wordDocx } from './test-support';
import type { LayoutOptions } from './test-support';
import { wordDocxReader } from './word-docx-reader';
import { BOGANG, JILIAO, ZHENGGUO, publishedFixtures } from '../published-fixtures';

const LABEL = '用 Word 或 WPS 编写的报告 (.docx)';

const fixtures = publishedFixtures;
const PUBLISHED_JSON = fileURLToPath(new URL('../../../fixtures/published/', import.meta.url));

function transcribed(name: string): Report {
  const parsed = parseSaveFile(readFileSync(`${PUBLISHED_JSON}${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

const build = (name: string, options?: LayoutOptions) =>
  wordDocx(wordBody(transcribed(name), options));

async function imported(pending: Promise<ReadResult>) {
  const result = await pending;
  if (!result.ok) throw new Error(result.error);
  expect(result.reader).toBe(LABEL);
  return result;
}

const documentOf = (bytes: Uint8Array) =>
  new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
const read = (bytes: Uint8Array, fileName?: string) => imported(readReport(bytes, fileName));
const ruleIds = (report: Report) => check(report).map((i) => i.ruleId);
const fullWidth = (text: string) =>
  text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe.each(fixtures)('wordDocxReader on a Word file printing $name', (fixture) => {
  it('imports a report equal to the transcription, with no notes', async () => {
    const result = await read(build(fixture.name), `${fixture.name}.docx`);
    expect(result.report).toEqual(transcribed(fixture.name));
    expect(result.notes).toEqual([]);
    expect(result.unread).toEqual(fixture.unread);
  });

  it('gives exactly the transcription’s issues when checked', async () => {
    expect(ruleIds((await read(build(fixture.name))).report).sort()).toEqual(fixture.ruleIds);
  });

  it.each([
    ['repeated in every cell', 'repeat'],
    ['left in the first cell', 'first'],
  ] as const)('imports the same when merged cells are split, the text %s', async (_, unmerged) => {
    const result = await read(build(fixture.name, { unmerged }));
    expect([result.report, result.notes]).toEqual([transcribed(fixture.name), []]);
  });

  it('imports the same when the figures are printed in full-width digits', async () => {
    const bytes = build(fixture.name, { figure: fullWidth });
    expect(documentOf(bytes)).toContain('０');
    expect(await read(bytes)).toMatchObject({ report: transcribed(fixture.name), notes: [] });
  });

  it('imports the same when every table has an extra empty column', async () => {
    const result = await read(build(fixture.name, { extraColumn: true }));
    expect([result.report, result.notes]).toEqual([transcribed(fixture.name), []]);
  });

  it.each([
    ['table 三 broken after row 10, header not repeated', { 三: { after: 10 } }],
    ['table 三 broken after row 6, header repeated', { 三: { after: 6, repeatHeader: true } }],
    ['table 二 broken inside an item', { 二: { after: 3 } }],
    ['table 四 broken between its header and its figures', { 四: { after: 0 } }],
  ])('imports the same with %s', async (_, split) => {
    const bytes = build(fixture.name, { split });
    expect(documentOf(bytes).split('<w:tbl>')).toHaveLength(1 + 4);
    const result = await read(bytes);
    expect([result.report, result.notes, result.unread]).toEqual([
      transcribed(fixture.name),
      [],
      fixture.unread,
    ]);
  });
});

describe('wordDocxReader on variants of the published reports', () => {
  it('reads headings numbered 1、 to 6、', async () => {
    const heading = (text: string, i: number) => `${i + 1}、${text.slice(2)}`;
    expect((await read(build(ZHENGGUO, { heading }))).report).toEqual(transcribed(ZHENGGUO));
  });

  it('reads labels printed with half-width brackets and reworded as 柘城县伯岗镇 did', async () => {
    const label = (text: string) =>
      text
        .replace('其他法律行政法规', '其他法律法规')
        .replace('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '(二) 部分公开')
        .replaceAll('（', '(')
        .replaceAll('）', ')');
    const bytes = build(BOGANG, { label });
    expect(documentOf(bytes)).toContain('2.其他法律法规禁止公开');
    expect(await read(bytes)).toMatchObject({ report: transcribed(BOGANG), notes: [] });
  });

  it('takes the year from 一 when the title has none', async () => {
    const report = transcribed(BOGANG);
    const title = '柘城县伯岗镇人民政府政府信息公开工作年度报告';
    const result = await read(wordDocx(wordBody({ ...report, meta: { ...report.meta, title } })));
    expect(result.report).toEqual({ ...report, meta: { ...report.meta, title } });
    expect([result.notes, result.unread]).toEqual([[], []]);
    expect(ruleIds(result.report).sort()).toEqual(['M-TITLE-YEAR', 'X-SIX-FEE']);
  });

  it('reads cells printed /, - or — as blank, names each and lists them as unread', async () => {
    const marks: Record<string, string> = {
      '二/（五）/行政许可/本年处理决定数量': '/',
      '三/1/科研机构': '-',
      '三/1/总计': '—',
      '四/复议后起诉/尚未审结': '／',
    };
    const result = await read(build(BOGANG, { figure: (v, address) => marks[address] ?? v }));
    const expected = transcribed(BOGANG);
    expect(result.report).toEqual({
      ...expected,
      cells: {
        ...expected.cells,
        '二/（五）/行政许可/本年处理决定数量': '',
        '三/1/科研机构': '',
        '四/复议后起诉/尚未审结': '',
      },
      stated: { ...expected.stated, '三/1/总计': '' },
    });
    expect(result.notes).toEqual(
      Object.entries(marks).map(
        ([address, mark]) => `${address}：报告中为“${mark}”，按空白导入（空白不等于0）。`,
      ),
    );
    expect(result.unread).toEqual(Object.keys(marks));
    expect(ruleIds(result.report)).toContain('CELL-BLANK');
  });

  it('leaves text that is no figure blank, never 0, and lists it as unread', async () => {
    const result = await read(
      build(ZHENGGUO, {
        figure: (v, address) => (address === '三/3/自然人' ? '无' : v),
      }),
    );
    expect(result.report.cells['三/3/自然人']).toBe('');
    expect(result.notes).toEqual(['三/3/自然人：无法识别“无”（“无”不是数字），已留空。']);
    expect(result.unread).toEqual(['三/3/自然人']);
  });

  it('reads a cell printed empty as blank without listing it as unread', async () => {
    const result = await read(build(BOGANG, { figure: (v, a) => (a === '三/2/其他' ? '' : v) }));
    expect(result.report.cells['三/2/其他']).toBe('');
    expect([result.notes, result.unread]).toEqual([[], []]);
    expect(ruleIds(result.report)).toContain('CELL-BLANK');
  });

  it('lists a missing table and a missing section as unread, and notes both', async () => {
    const body = wordBody(transcribed(BOGANG)).filter(
      (xml) => !xml.includes('结果维持') && !xml.includes('六、其他需要报告的事项'),
    );
    const result = await read(wordDocx(body));
    const table4 = ['行政复议', '未经复议直接起诉', '复议后起诉'].flatMap((group) =>
      ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((c) => `四/${group}/${c}`),
    );
    expect(result.unread).toEqual(['正文/六', ...table4]);
    expect(result.notes).toEqual([
      '没有找到“六、其他需要报告的事项”这一节，正文留空。',
      '没有找到表四的数字，表四留空。',
    ]);
    // 六's text, printed as `无`, now lies under 五.
    expect(result.report.texts.五.endsWith('\n无')).toBe(true);
  });

  it('reads what a short row shows and lists the cells it lacks', async () => {
    const body = wordBody(transcribed(JILIAO)).map((xml) =>
      xml.replace(
        /(<w:tr>(?:(?!<\/w:tr>).)*?二、上年结转政府信息公开申请数量(?:(?!<\/w:tr>).)*?)(<w:tc>(?:(?!<\/w:tc>).)*<\/w:tc>){2}<\/w:tr>/,
        '$1</w:tr>',
      ),
    );
    const result = await read(wordDocx(body));
    expect(result.unread).toEqual(['报告标题', '三/2/其他', '三/2/总计']);
    expect(result.notes).toEqual([
      '表三“二、上年结转政府信息公开申请数量”这一行少了 2 格，三/2/其他、三/2/总计 留空。',
    ]);
  });

  it('reads our own export as printed when Word has dropped the embedded data', async () => {
    const report = transcribed(ZHENGGUO);
    const files = unzipSync(await exportDocx(report));
    const printed = Object.fromEntries(
      Object.entries(files).filter(([name]) => !name.startsWith('customXml/')),
    );
    const result = await read(zipSync(printed));
    expect([result.report, result.notes, result.unread]).toEqual([report, [], []]);
  });

  it('takes the year from the file name, and else assumes one and lists it', async () => {
    const report = transcribed(ZHENGGUO);
    const noYear = {
      ...report,
      texts: { ...report.texts, 一: report.texts.一.replace('2020年，', '') },
    };
    const bytes = wordDocx(wordBody(noYear));
    expect(await read(bytes, '郑郭镇2020年报.docx')).toMatchObject({ report: noYear, unread: [] });
    const guessed = await read(bytes);
    expect(guessed.report.meta.year).toBe(2019);
    expect(guessed.unread).toEqual(['报告年度']);
  });
});

describe('wordDocxReader with files that are no report', () => {
  it('says a Word document that is no report is not one', async () => {
    const letter = wordDocx([
      paragraph('关于召开工作会议的通知'),
      paragraph('各村（社区）：定于下周一召开会议。'),
      table([[{ text: '时间', colSpan: 1, rowSpan: 1 }]]),
    ]);
    expect(await readReport(letter, '通知.docx')).toEqual({ ok: false, error: NOT_A_REPORT_DOCX });
  });

  it('says a Word document whose body cannot be inflated is damaged', async () => {
    const damaged = zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(200)) });
    // The first byte of the deflate data, after the 30-byte local header and the part's name:
    // BFINAL=1, BTYPE=11, a reserved block type.
    damaged[30 + 'word/document.xml'.length] = 0xff;
    expect(await readReport(damaged, 'report.docx')).toEqual({ ok: false, error: DAMAGED_BODY });
  });

  it('says a Word document cut off before its central directory is damaged', async () => {
    const bytes = build(BOGANG);
    expect(await readReport(bytes.subarray(0, bytes.length - 30))).toEqual({
      ok: false,
      error: DAMAGED_BODY,
    });
  });

  it('says so when the package names a body it does not hold', async () => {
    const stored = zipSync(
      {
        '[Content_Types].xml': strToU8('<Types><Override PartName="/word/document.xml"/></Types>'),
      },
      { level: 0 },
    );
    expect(await readReport(stored)).toEqual({
      ok: false,
      error: expect.stringContaining('Word 文档不完整'),
    });
  });

  it('leaves our own .docx to its reader and is tried before the text reader', async () => {
    const own = await exportDocx(transcribed(BOGANG));
    expect(wordDocxReader.sniff(own)).toBe(false);
    expect(wordDocxReader.sniff(build(BOGANG))).toBe(true);
    const ids = readers.map((r) => r.id);
    expect(ids.indexOf('word-docx')).toBe(ids.indexOf('own-docx') + 1);
    expect(ids.indexOf('published-txt')).toBeGreaterThan(ids.indexOf('word-docx'));
  });

  it('never throws on any truncation of a Word file', async () => {
    const bytes = build(JILIAO, { split: { 三: { after: 3 } } });
    for (let end = 0; end <= bytes.length; end += 97) {
      await expect(readReport(bytes.subarray(0, end))).resolves.toHaveProperty('ok');
    }
  });
});
