/**
 * The published-report reader over the real published texts (../shared/fixtures/published/*.txt,
 * never modified): each imports equal to its reviewed transcription (fixtures/published/*.json),
 * and so does every variant built here from the real text — the spec §6 deviations one at a time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, figures, parseSaveFile, sections, serializeReport } from '../../report';
import type { Report } from '../../report';
import { readReport } from '../read-report';
import type { ReadResult } from '../read-report';
import { readers } from '../readers';
import { publishedTxtReader } from './published-txt-reader';
import { NOT_A_REPORT } from './read-published-text';
import { BOGANG, JILIAO, ZHENGGUO, publishedFixtures } from '../published-fixtures';

const PUBLISHED_TXT = fileURLToPath(
  new URL('../../../../shared/fixtures/published/', import.meta.url),
);
const LABEL = '政府网站上公开的年度报告文字 (.txt)';

const fixtures = publishedFixtures;
const PUBLISHED_JSON = fileURLToPath(new URL('../../../fixtures/published/', import.meta.url));

function transcribed(name: string): Report {
  const parsed = parseSaveFile(readFileSync(`${PUBLISHED_JSON}${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}
const names = fixtures.map((f) => f.name);

const published = (name: string) => readFileSync(`${PUBLISHED_TXT}${name}.txt`, 'utf8');

const read = (text: string, fileName?: string) =>
  readReport(new TextEncoder().encode(text), fileName);

async function imported(pending: Promise<ReadResult>) {
  const result = await pending;
  if (!result.ok) throw new Error(result.error);
  expect(result.reader).toBe(LABEL);
  return result;
}

const ruleIds = (report: Report) => check(report).map((i) => i.ruleId);

/** `addresses` in the declaration's order (figures() lists every cell in that order). */
const sortedAddresses = (report: Report, addresses: readonly string[]) =>
  figures(report)
    .map(([address]) => address)
    .filter((a) => addresses.includes(a));

type Change = Omit<Partial<Report>, 'meta'> & { readonly meta?: Partial<Report['meta']> };

const edit = (report: Report, change: Change): Report => ({
  ...report,
  ...change,
  meta: { ...report.meta, ...change.meta },
});

/** Applies `change` to the table lines only: from heading 二 up to heading 五. */
function inTables(text: string, change: (line: string) => string): string {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.trim() === '二、主动公开政府信息情况');
  const to = lines.findIndex((l) => l.trim().startsWith('五、'));
  return lines.map((line, i) => (i > from && i < to ? change(line) : line)).join('\n');
}

/** Replaces exactly one occurrence, so a variant cannot silently miss its target. */
function replaceOnce(text: string, find: string | RegExp, by: string): string {
  const count = text.split(find).length - 1;
  if (count !== 1) throw new Error(`expected one “${String(find)}”, found ${count}`);
  return text.replace(find, by);
}

describe.each(fixtures)('publishedTxtReader on $name', ({ name, ruleIds: expectedIds, unread }) => {
  it('imports a report equal to the transcription, with no notes', async () => {
    const result = await imported(read(published(name), `${name}.txt`));
    expect(result.report).toEqual(transcribed(name));
    expect(result.notes).toEqual([]);
  });

  it('lists as unread only what the published text lacks', async () => {
    expect((await imported(read(published(name)))).unread).toEqual(unread);
  });

  it('gives exactly the transcription’s issues when checked', async () => {
    const { report } = await imported(read(published(name)));
    expect(ruleIds(report).sort()).toEqual(expectedIds);
  });

  it('yields a report that saves and reopens unchanged', async () => {
    const { report } = await imported(read(published(name)));
    expect(parseSaveFile(serializeReport(report))).toEqual({ ok: true, value: report });
  });

  it('imports the same when lines end with CRLF', async () => {
    const result = await imported(read(published(name).replaceAll('\n', '\r\n')));
    expect([result.report, result.notes]).toEqual([transcribed(name), []]);
  });

  it('imports the same when the tables print full-width digits', async () => {
    const wide = inTables(published(name), (line) =>
      line.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
    );
    expect(wide).toContain('０');
    expect((await imported(read(wide))).report).toEqual(transcribed(name));
  });

  it('imports the same when the tables print half-width brackets', async () => {
    const narrow = inTables(published(name), (line) =>
      line.replaceAll('（', '(').replaceAll('）', ')'),
    );
    expect((await imported(read(narrow))).report).toEqual(transcribed(name));
  });
});

describe('publishedTxtReader on variants of the published reports', () => {
  it('imports the same when every heading is numbered 1、 to 6、', async () => {
    let text = published(BOGANG);
    sections.forEach((section, i) => {
      text = replaceOnce(
        text,
        `\n${section.heading}\n`,
        `\n${i + 1}、${section.heading.slice(2)}\n`,
      );
    });
    expect((await imported(read(text))).report).toEqual(transcribed(BOGANG));
  });

  it('reads blank cells and names each when cells print /, - or — (tab rows)', async () => {
    let text = replaceOnce(published(BOGANG), '行政许可\t0\t', '行政许可\t/\t');
    text = replaceOnce(
      text,
      '一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
      '一、本年新收政府信息公开申请数量\t0\t0\t-\t0\t0\t0\t—',
    );
    const result = await imported(read(text));
    const expected = transcribed(BOGANG);
    expect(result.report).toEqual(
      edit(expected, {
        cells: {
          ...expected.cells,
          '二/（五）/行政许可/本年处理决定数量': '',
          '三/1/科研机构': '',
        },
        stated: { ...expected.stated, '三/1/总计': '' },
      }),
    );
    expect(result.notes).toEqual([
      '二/（五）/行政许可/本年处理决定数量：报告中为“/”，按空白导入（空白不等于0）。',
      '三/1/科研机构：报告中为“-”，按空白导入（空白不等于0）。',
      '三/1/总计：报告中为“—”，按空白导入（空白不等于0）。',
    ]);
    expect(result.unread).toEqual([
      '二/（五）/行政许可/本年处理决定数量',
      '三/1/科研机构',
      '三/1/总计',
    ]);
    expect(ruleIds(result.report)).toContain('CELL-BLANK');
  });

  it('reads blank cells and names each when cells print / or - (one cell per line)', async () => {
    const text = replaceOnce(
      published(ZHENGGUO),
      '\t政府集中采购\n\t\u30000\n\t0\n',
      '\t政府集中采购\n\t／\n\t-\n',
    );
    const result = await imported(read(text));
    const expected = transcribed(ZHENGGUO);
    const blank = ['二/（九）/政府集中采购/采购项目数量', '二/（九）/政府集中采购/采购总金额'];
    expect(result.report).toEqual(
      edit(expected, { cells: { ...expected.cells, [blank[0] ?? '']: '', [blank[1] ?? '']: '' } }),
    );
    expect(result.notes).toEqual([
      `${blank[0]}：报告中为“／”，按空白导入（空白不等于0）。`,
      `${blank[1]}：报告中为“-”，按空白导入（空白不等于0）。`,
    ]);
    expect(result.unread).toEqual(blank);
  });

  it('imports the same when units are added by hand to headers and under a table', async () => {
    let tab = replaceOnce(published(BOGANG), '\t本年制发件数\t', '\t本年制发件数（单位：件）\t');
    tab = replaceOnce(tab, '行政事业性收费\t0\t\t\n', '行政事业性收费\t0\t\t\n（单位:万元）\n');
    expect(await imported(read(tab))).toMatchObject({ report: transcribed(BOGANG), notes: [] });

    let cells = replaceOnce(published(JILIAO), '\t采购总金额（单位:万元）', '\t采购总金额（万元）');
    cells = replaceOnce(cells, '\t620.705536\n', '\t620.705536\n\t（单位：万元，保留4位小数）\n');
    expect(await imported(read(cells))).toMatchObject({ report: transcribed(JILIAO), notes: [] });
  });

  it('takes the body and year from 一 when the title is missing', async () => {
    const text = replaceOnce(published(ZHENGGUO), '郑郭镇政府信息公开工作年度报告\n', '');
    const { report, unread } = await imported(read(text));
    expect(report).toEqual(edit(transcribed(ZHENGGUO), { meta: { title: '' } }));
    expect(unread).toEqual(['报告标题']);
    expect(ruleIds(report)).toEqual(['M-TITLE-MISSING']);
  });

  it('leaves the body blank when the title is missing and 一 names no government', async () => {
    const text = replaceOnce(published(BOGANG), /\n柘城县伯岗镇人民政府2021年[^\n]*\n/, '\n');
    const { report, unread } = await imported(read(text));
    expect(report).toEqual(edit(transcribed(BOGANG), { meta: { title: '', body: '' } }));
    expect(unread).toEqual(['报告标题', '机关全称']);
    expect(ruleIds(report).sort()).toEqual(['M-BODY-MISSING', 'M-TITLE-MISSING', 'X-SIX-FEE']);
  });

  it('takes the year from the file name when neither title nor 一 gives it', async () => {
    let text = replaceOnce(published(ZHENGGUO), '郑郭镇政府信息公开工作年度报告\n', '');
    text = replaceOnce(text, '2020年，郑郭镇政府', '郑郭镇政府');
    const expected = transcribed(ZHENGGUO);
    const without = edit(expected, {
      meta: { title: '' },
      texts: { ...expected.texts, 一: expected.texts.一.replace('2020年，', '') },
    });
    expect(await imported(read(text, '郑郭镇2020年报.txt'))).toMatchObject({
      report: without,
      notes: [],
      unread: ['报告标题'],
    });
    const guessed = await imported(read(text));
    expect(guessed.report.meta.year).toBe(2019);
    expect(guessed.unread).toEqual(['报告标题', '报告年度']);
    expect(guessed.notes).toEqual([
      '标题、“一、总体情况”和文件名中都没有报告年度，暂按 2019 年导入，请核对。',
    ]);
  });

  it('keeps a total that does not add up as published, and check() reports it (tab rows)', async () => {
    const text = replaceOnce(
      published(BOGANG),
      '一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
      '一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t2',
    );
    const expected = transcribed(BOGANG);
    const result = await imported(read(text));
    expect(result.report).toEqual(
      edit(expected, { stated: { ...expected.stated, '三/1/总计': '2' } }),
    );
    expect(result.notes).toEqual([]);
    expect(ruleIds(result.report)).toContain('TOTAL-STATED');
  });

  it('keeps a total that does not add up as published (one cell per line)', async () => {
    const text = replaceOnce(
      published(JILIAO),
      '\t0\n\t1\n\t0\n\t0\n\t1\n',
      '\t0\n\t1\n\t0\n\t0\n\t3\n',
    );
    const expected = transcribed(JILIAO);
    const { report } = await imported(read(text));
    expect(report).toEqual(
      edit(expected, { stated: { ...expected.stated, '四/行政复议/总计': '3' } }),
    );
    expect(check(report).find((i) => i.ruleId === 'TOTAL-STATED')?.message).toBe(
      '表四“行政复议”栏“总计”列报告中为 3 件，但本栏结果维持、结果纠正、其他结果、尚未审结相加为 1 件，多 2 件。',
    );
  });

  it('reads what a file cut off in table 三 holds and notes everything missing', async () => {
    const text = published(BOGANG);
    const cut = text.slice(0, text.indexOf('\t\t5.属于三类内部事务信息'));
    const result = await imported(read(cut));
    const expected = transcribed(BOGANG);
    const readCells = Object.keys(result.report.cells).filter((a) => result.report.cells[a]);
    // 二's 10 cells and the six typed cells of each of 三's rows 1–8.
    expect(readCells).toHaveLength(10 + 8 * 6);
    for (const address of readCells)
      expect(result.report.cells[address]).toBe(expected.cells[address]);
    expect(result.report.meta).toEqual(expected.meta);
    expect(result.report.texts.一).toBe(expected.texts.一);
    expect(result.notes).toEqual([
      '没有找到“五、存在的主要问题及改进情况”这一节，正文留空。',
      '没有找到“六、其他需要报告的事项”这一节，正文留空。',
      ...[
        ['5.属于三类内部事务信息', 9],
        ['6.属于四类过程性信息', 10],
        ['7.属于行政执法案卷', 11],
        ['8.属于行政查询事项', 12],
        ['1.本机关不掌握相关政府信息', 13],
        ['2.没有现成信息需要另行制作', 14],
        ['3.补正后申请内容仍不明确', 15],
        ['1.信访举报投诉类申请', 16],
        ['2.重复申请', 17],
        ['3.要求提供公开出版物', 18],
        ['4.无正当理由大量反复申请', 19],
        ['5.要求行政机关确认或重新出具已获取信息', 20],
        ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 21],
        ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 22],
        ['3.其他', 23],
        ['（七）总计', 24],
        ['四、结转下年度继续办理', 25],
      ].map(([label, n]) => `表三没有找到“${label}”这一行，三/${n}/自然人 至 三/${n}/总计 留空。`),
      '没有找到表四的数字，表四留空。',
    ]);
    const table3Unread = Object.keys(expected.cells)
      .concat(Object.keys(expected.stated))
      .filter((a) => /^三\/(9|1\d|2[0-5])\//.test(a));
    const table4 = Object.keys(expected.cells)
      .concat(Object.keys(expected.stated))
      .filter((a) => a.startsWith('四/'));
    expect(result.unread).toEqual([
      '正文/五',
      '正文/六',
      ...sortedAddresses(expected, table3Unread),
      ...sortedAddresses(expected, table4),
    ]);
    expect(ruleIds(result.report)).toContain('CELL-BLANK');
  });

  it('lists the cells of a table whose figures are gone as unread', async () => {
    const text = published(BOGANG);
    const from = text.indexOf('第二十条第（一）项');
    const cut =
      text.slice(0, from) + text.slice(text.indexOf('三、收到和处理政府信息公开申请情况'));
    const result = await imported(read(cut));
    const expected = transcribed(BOGANG);
    const table2 = Object.keys(expected.cells).filter((a) => a.startsWith('二/'));
    expect(table2).toHaveLength(10);
    expect(result.unread).toEqual(table2);
    expect(result.notes).toEqual(['没有找到表二的数字，表二留空。']);
    expect(result.report).toEqual(
      edit(expected, {
        cells: { ...expected.cells, ...Object.fromEntries(table2.map((a) => [a, ''])) },
      }),
    );
  });

  it('lists the cells a short row lacks as unread', async () => {
    const text = replaceOnce(
      published(BOGANG),
      '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
      '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0',
    );
    const result = await imported(read(text));
    expect(result.unread).toEqual(['三/2/其他', '三/2/总计']);
    expect(result.notes).toEqual([
      '表三“二、上年结转政府信息公开申请数量”这一行少了 2 格，三/2/其他、三/2/总计 留空。',
    ]);
  });

  it('says a file cut off mid-character lost its end, and reads the rest', async () => {
    const text = published(JILIAO);
    const upTo六 = text.slice(
      0,
      text.indexOf('六、其他需要报告的事项\n无') + '六、其他需要报告的事项\n'.length,
    );
    const bytes = new TextEncoder().encode(text);
    // One byte into `无`, 六's only paragraph.
    const result = await imported(
      readReport(bytes.subarray(0, new TextEncoder().encode(upTo六).length + 1)),
    );
    expect(result.notes).toEqual(['文件末尾不完整（最后一个字被截断），可能没有下载或复制完整。']);
    expect(result.report.texts.六).toBe('');
    expect(result.report.cells).toEqual(transcribed(JILIAO).cells);
  });

  it('refuses a file cut off before its second heading as not a report', async () => {
    const text = published(BOGANG);
    const result = await read(text.slice(0, text.indexOf('二、主动公开政府信息情况')));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('不是能识别的报告格式') });
  });

  it('never throws on any truncation of the published files', async () => {
    for (const name of names) {
      const bytes = new TextEncoder().encode(published(name));
      for (let end = 0; end <= bytes.length; end += 89) {
        await expect(readReport(bytes.subarray(0, end))).resolves.toHaveProperty('ok');
      }
    }
  });
});

describe('readReport with text that is not a published report', () => {
  it('refuses random bytes with a message naming what they are', async () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 256;
    };
    for (let n = 0; n < 50; n += 1) {
      const bytes = Uint8Array.from({ length: 64 + n * 37 }, random);
      const result = await readReport(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/二进制文件|非 UTF-8|不是能识别的报告格式/);
    }
  });

  it.each([
    ['a Chinese letter', '关于召开工作会议的通知\n各村（社区）：\n定于下周一召开会议。'],
    ['one heading only', '一、总体情况\n本年度我镇认真贯彻落实条例。'],
  ])('refuses %s as no known format', async (_, text) => {
    expect(await read(text)).toEqual({
      ok: false,
      error: expect.stringContaining('不是能识别的报告格式'),
    });
  });

  it('says the text is no report when its reader is asked directly', async () => {
    expect(publishedTxtReader.read(new TextEncoder().encode('随便一段文字'))).toEqual({
      ok: false,
      errors: [NOT_A_REPORT],
    });
  });

  it('is tried after the save-file reader, which keeps its JSON', async () => {
    const ids = readers.map((r) => r.id);
    expect(ids.indexOf('published-txt')).toBeGreaterThan(ids.indexOf('save-file'));
    const saved = serializeReport(transcribed(JILIAO));
    expect(publishedTxtReader.sniff(new TextEncoder().encode(saved))).toBe(false);
    const headingsInJson = '{"a": "\n一、总体情况\n", "b": "\n二、主动公开政府信息情况\n"}';
    expect(publishedTxtReader.sniff(new TextEncoder().encode(headingsInJson))).toBe(false);
    expect(await readReport(new TextEncoder().encode(saved))).toMatchObject({
      ok: true,
      reader: '本程序保存的报告文件 (.json)',
    });
  });
});
