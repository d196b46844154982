import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, emptyReport, serializeReport } from '../report';
import { MAX_FILE_BYTES, fileSizeProblem, readReport, supportedFiles } from './read-report';

/** From the registry, so each new reader does not have to edit this test. */
const SUPPORTED = `目前可以打开：${supportedFiles()}。`;
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => [...p]));
/** 政府 in GBK: how a save file edited and re-saved by an old editor arrives. */
const GBK_ZHENGFU = [0xd5, 0xfe, 0xb8, 0xae];

const saved = serializeReport(emptyReport(2021, '留车镇人民政府'));
const errorOf = async (bytes: Uint8Array, fileName?: string) => {
  const result = await readReport(bytes, fileName);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
};

describe('readReport', () => {
  it('opens a save file and names the reader that read it', async () => {
    const result = await readReport(utf8(saved), 'report.json');
    expect(result).toMatchObject({
      ok: true,
      reader: '本程序保存的报告文件 (.json)',
      readerId: 'save-file',
      unread: [],
    });
    if (result.ok) expect(result.report.meta).toMatchObject({ year: 2021, body: '留车镇人民政府' });
  });

  it('opens a save file with a BOM and leading whitespace', async () => {
    expect((await readReport(concat([0xef, 0xbb, 0xbf], utf8(`\r\n  ${saved}`)))).ok).toBe(true);
  });

  it('chooses the reader by content when the name says otherwise', async () => {
    expect((await readReport(utf8(saved), '报告.txt')).ok).toBe(true);
  });

  it('says the file is empty when it has no bytes', async () => {
    expect(await errorOf(new Uint8Array())).toBe('文件是空的（0 字节）。');
  });

  it('refuses a file over the size limit without parsing it', async () => {
    const error = await errorOf(new Uint8Array(MAX_FILE_BYTES + 1));
    expect(error).toContain('文件太大（20.0 MB），超过 20 MB 的上限');
  });

  it('accepts sizes up to the limit', async () => {
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull();
    expect(fileSizeProblem(2 ** 30)).toContain('1024.0 MB');
  });

  it('says a .docx without a body is incomplete and lists what can be opened', async () => {
    const zip = concat(utf8('PK\x03\x04'), new Uint8Array(40));
    expect(await errorOf(zip, '2021年报.docx')).toBe(
      `这是不完整的 Word 文档 (.docx)，其中找不到正文（word/document.xml），可能已损坏或没有下载完整，目前还不能打开。${SUPPORTED}`,
    );
    expect(await errorOf(zip)).toContain('ZIP 压缩格式的文件');
  });

  it('asks to save an old .doc or .wps as .docx, whatever its name', async () => {
    const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await errorOf(doc, '2021年报.docx')).toBe(
      `这是旧版 Word/Excel/WPS 文件（.doc、.xls、.wps），目前还不能打开。请在 Word 或 WPS 中打开，“另存为” Word 文档 (.docx) 后再打开。${SUPPORTED}`,
    );
  });

  it.each([
    [
      'an old Word file',
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0],
      '旧版 Word/Excel/WPS',
    ],
    ['RTF', utf8('{\\rtf1\\ansi 报告}'), 'RTF 文档'],
    ['a binary file', [1, 2, 0, 3], '二进制文件'],
    ['text in no known encoding', [0x61, 0x80, 0x62, 0xff], '编码无法识别的文字'],
  ])('names %s and lists what can be opened', async (_, bytes, kind) => {
    const error = await errorOf(Uint8Array.from(bytes));
    expect(error).toContain(kind);
    expect(error).toContain(SUPPORTED);
  });

  it('says a PDF that pdf.js cannot open is damaged, not of an unknown kind', async () => {
    expect(await errorOf(utf8('%PDF-1.7\n'), '2023年报.pdf')).toBe(
      'PDF 文件已损坏或不完整，无法打开。',
    );
    // pdf.js is loaded on the first PDF, which takes seconds on a busy machine.
  }, 30_000);

  it('says UTF-8 text that is no known format is not recognised', async () => {
    expect(await errorOf(utf8('一、总体情况\n本年度……'))).toBe(
      `文件内容不是能识别的报告格式。${SUPPORTED}`,
    );
  });

  it('says the same of UTF-16 and GBK text, which it reads as text, not as binary', async () => {
    for (const bytes of [
      [0xff, 0xfe, 0x7b, 0],
      [0x7b, 0, 0x7d, 0, 0x0a, 0, 0x31, 0],
      GBK_ZHENGFU,
    ]) {
      expect(await errorOf(Uint8Array.from(bytes))).toBe(
        `文件内容不是能识别的报告格式。${SUPPORTED}`,
      );
    }
  });

  it('says a save file in GBK is not UTF-8', async () => {
    const error = await errorOf(concat(utf8('{"kind": "'), GBK_ZHENGFU, utf8('"}')));
    expect(error).toContain('不是 UTF-8 编码');
  });

  it('says a truncated save file is damaged', async () => {
    expect(await errorOf(utf8(saved.slice(0, 200)))).toContain('不是有效的 JSON');
    expect(await errorOf(utf8('{'))).toContain('不是有效的 JSON');
  });

  it('says JSON of another program is not a report file', async () => {
    expect(await errorOf(utf8('{"name": "package"}'))).toContain('不是本程序保存的报告文件');
  });

  it('asks for a newer program when the file has a newer format version', async () => {
    const newer = saved.replace(
      `"formatVersion": ${FORMAT_VERSION}`,
      `"formatVersion": ${FORMAT_VERSION + 1}`,
    );
    expect(await errorOf(utf8(newer))).toContain('更新版本的程序保存');
  });

  it('names a whole section that is not an object, never “undefined”', async () => {
    const data = JSON.parse(saved) as Record<string, unknown>;
    data.meta = 5;
    const error = await errorOf(utf8(JSON.stringify(data)));
    expect(error).toContain('基本信息');
    expect(error).not.toContain('undefined');
  });

  it('counts the problems and quotes the first ones when a file has several', async () => {
    const data = JSON.parse(saved) as { meta: Record<string, unknown> };
    data.meta.year = '2021';
    data.meta.title = 7;
    const error = await errorOf(utf8(JSON.stringify(data)));
    expect(error).toMatch(/^文件有 2 处问题：/);
    expect(error).toContain('报告年度：应为整数。');
    expect(error).toContain('报告标题：应为文字');
  });
});
