import { describe, expect, it } from 'vitest';
import { proseParagraphs } from './prose-lines';

/** Lines as a PDF of 24 characters a line prints them: first lines indented by two. */
const PDF_LINES = [
  '　　2023年，我区认真贯彻落实《中华人民共和国政府信',
  '息公开条例》，坚持以公开为常态、不公开为例外，持续',
  '推进政务公开工作。',
  '　　（一）主动公开情况',
  '　　全年主动公开政府信息1234条，其中通过政府网站公',
  '开980条。',
];

describe('proseParagraphs', () => {
  it('joins the lines a PDF wrapped into paragraphs, keeping headings and indents apart', () => {
    expect(proseParagraphs(PDF_LINES)).toEqual([
      '2023年，我区认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续推进政务公开工作。',
      '（一）主动公开情况',
      '全年主动公开政府信息1234条，其中通过政府网站公开980条。',
    ]);
  });

  it('joins wrapped lines that carry no indent, starting a paragraph at a numbered line', () => {
    const lines = PDF_LINES.map((line) => line.replace(/^\u3000+/, ''));
    expect(proseParagraphs(lines)).toHaveLength(3);
  });

  it('drops page numbers between wrapped lines and joins across them', () => {
    const lines = [...PDF_LINES.slice(0, 1), '-5-', '— 6 —', ...PDF_LINES.slice(1, 3)];
    expect(proseParagraphs(lines)).toEqual([
      '2023年，我区认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续推进政务公开工作。',
    ]);
  });

  it('keeps one paragraph per line where lines are paragraphs (a web page, a Word file)', () => {
    const lines = [
      '2021年，伯岗镇在县委、县政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻落实党的十九大精神，紧紧围绕县政府中心工作',
      '一年来，我镇政务公开工作在省、市、县政务信息公开办的指导帮助下，紧扣政务公开工作要点，以提升政务公开和政务服务水平为目标，着力推进各项重点领域政府信息公开。',
    ];
    expect(proseParagraphs(lines)).toEqual(lines);
  });

  it('keeps short lines apart: a line ending mid-sentence joins only when it is full', () => {
    expect(proseParagraphs(['无', '（三）政府信息管理情况', '无'])).toEqual([
      '无',
      '（三）政府信息管理情况',
      '无',
    ]);
  });
});
