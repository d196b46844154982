/**
 * A Word file made elsewhere whose title is printed on two lines (`淮安市人民政府` /
 * `2024 年政府信息公开工作年度报告`) and whose pages carry their number (`-5-`) in the body, as a
 * PDF turned into Word leaves it: the two lines give the body and the year and stay out of 前言,
 * the page number stays out of 五, and every figure reads as printed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { figures, parseSaveFile } from '../../report';
import { readReport } from '../read-report';
import { paragraph, wordBody, wordDocx } from './test-support';

const PUBLISHED_JSON = fileURLToPath(new URL('../../../fixtures/published/', import.meta.url));
const parsed = parseSaveFile(readFileSync(`${PUBLISHED_JSON}bogang-2021.json`, 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const printed = parsed.value;
const PREFACE =
  '本报告根据《中华人民共和国政府信息公开条例》编制，数据统计期限自2024年1月1日至2024年12月31日。';

/** 五 as printed, with the page number that fell between two of its paragraphs. */
const five = printed.texts.五.split('\n');
const fiveWithPageNumber = [...five.slice(0, 1), '-5-', ...five.slice(1)].join('\n');

const docx = wordDocx([
  paragraph('淮安市人民政府'),
  paragraph('2024 年政府信息公开工作年度报告'),
  ...wordBody({
    ...printed,
    meta: { ...printed.meta, title: '', preface: PREFACE },
    texts: { ...printed.texts, 五: fiveWithPageNumber },
  }),
]);

describe('a Word file with a two-line title and page numbers in the text', () => {
  it('takes body, year and title from the two lines and keeps them out of 前言', async () => {
    const result = await readReport(docx, 'report.docx');
    if (!result.ok) throw new Error(result.error);
    expect(result.report.meta).toMatchObject({
      body: '淮安市人民政府',
      year: 2024,
      title: '淮安市人民政府2024 年政府信息公开工作年度报告',
      preface: PREFACE,
    });
    expect(five.length).toBeGreaterThan(1);
    expect(result.report.texts).toEqual(printed.texts);
    expect(figures(result.report)).toEqual(figures(printed));
    expect(result.unread).toEqual([]);
  });
});
