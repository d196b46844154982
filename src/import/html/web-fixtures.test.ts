/**
 * The web-page reader over saved pages (fixtures/web/, made by scripts/make-web-fixtures.mjs from
 * the real published texts): every figure and text equal to the reviewed transcription
 * (fixtures/published/*.json), with exactly its check() issues, whatever the page's charset, chrome
 * and table layout — and none of the site's chrome in the report.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, figures, parseSaveFile } from '../../report';
import { decodeUtf8 } from '../utf8';
import { readReport } from '../read-report';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

const pages = [
  { page: 'bogang-2021-gbk', name: 'bogang-2021', ruleIds: ['X-SIX-FEE'], unread: [] },
  {
    page: 'zhengguo-2020-layout-tables',
    name: 'zhengguo-2020',
    ruleIds: ['M-TITLE-YEAR'],
    unread: [],
  },
  {
    page: 'jiliao-2021-in-2019-layout',
    name: 'jiliao-2021-in-2019-layout',
    ruleIds: ['M-FORMAT-YEAR', 'M-TITLE-MISSING', 'X-REVIEW-TEXT'],
    unread: ['报告标题'],
  },
  {
    page: 'bogang-2021-one-cell-per-line',
    name: 'bogang-2021',
    ruleIds: ['X-SIX-FEE'],
    unread: [],
  },
];

/** What the pages print around the article; none of it belongs in a report. */
const CHROME = [
  '索引号',
  '发布机构',
  '当前位置',
  '您的位置',
  '相关文章',
  '打印',
  '关闭',
  '版权所有',
  '网站标识码',
  'ICP',
  '浏览次数',
  '点击数',
  '首页',
  'document.',
];

const bytesOf = (page: string) => new Uint8Array(readFileSync(`${FIXTURES}web/${page}.html`));

describe.each(pages)('readReport on fixtures/web/$page.html', ({ page, name, ruleIds, unread }) => {
  const transcription = parseSaveFile(readFileSync(`${FIXTURES}published/${name}.json`, 'utf8'));
  if (!transcription.ok) throw new Error(transcription.errors.join('\n'));
  const expected = transcription.value;

  it('reads every figure and text as the transcription has it, with no notes', async () => {
    const result = await readReport(bytesOf(page), `${page}.html`);
    if (!result.ok) throw new Error(result.error);
    expect(result.readerId).toBe('web-page');
    expect(figures(result.report)).toEqual(figures(expected));
    expect(result.report).toEqual(expected);
    expect([result.notes, result.unread]).toEqual([[], unread]);
    expect(
      check(result.report)
        .map((i) => i.ruleId)
        .sort(),
    ).toEqual(ruleIds);
  });

  it('keeps the site’s chrome out of the title, preface and text', async () => {
    const result = await readReport(bytesOf(page), `${page}.html`);
    if (!result.ok) throw new Error(result.error);
    const prose = JSON.stringify([result.report.meta, result.report.texts]);
    for (const chrome of CHROME) expect(prose).not.toContain(chrome);
  });
});

describe('the saved GBK page', () => {
  const bytes = bytesOf('bogang-2021-gbk');

  it('is GBK as saved, declared gb2312, and names other years in its sidebar', () => {
    expect(decodeUtf8(bytes)).toBeNull();
    const ascii = new TextDecoder('latin1').decode(bytes);
    expect(ascii).toContain('charset=gb2312');
    expect(ascii).toMatch(/rowspan="\d+"/);
    expect(ascii).toMatch(/colspan="\d+"/);
    const text = new TextDecoder('gbk').decode(bytes);
    expect(text).toContain('柘城县伯岗镇人民政府2020年政府信息公开工作年度报告');
    expect(text).toContain('柘城县伯岗镇人民政府2019年政府信息公开工作年度报告');
  });

  it('takes body and year from the report’s own title', async () => {
    const result = await readReport(bytes, 'page.html');
    if (!result.ok) throw new Error(result.error);
    expect([result.report.meta.body, result.report.meta.year]).toEqual([
      '柘城县伯岗镇人民政府',
      2021,
    ]);
  });
});

describe('the page printing its tables one cell per paragraph', () => {
  const text = decodeUtf8(bytesOf('bogang-2021-one-cell-per-line')) ?? '';

  it('prints the metadata one field per line, 五 reworded and 规范性文件 without 行政', () => {
    expect(text).toContain(
      '<p>名称</p><p>柘城县伯岗镇人民政府2021年政府信息公开工作年度报告</p><p>索引号</p>',
    );
    expect(text).toContain('五、存在的主要问题及整改措施');
    expect(text).toContain('<p>规范性文件</p>');
    expect(text).not.toContain('行政规范性文件');
    expect(text).not.toContain('<table');
  });
});
