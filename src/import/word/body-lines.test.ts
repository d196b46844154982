import { describe, expect, it } from 'vitest';
import { bodyLines } from './body-lines';
import { parseXml } from './xml';

const body = (xml: string) => parseXml(`<w:body>${xml}</w:body>`);
const p = (runs: string) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${runs}</w:p>`;
const r = (text: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t>${text}</w:t></w:r>`;

describe('bodyLines', () => {
  it('gives the paragraphs outside tables in body order, one line per line break', () => {
    const xml = [
      p(r('标题')),
      `<w:tbl><w:tr><w:tc>${p(r('表格中的字'))}</w:tc></w:tr></w:tbl>`,
      p(`${r('第一行')}<w:r><w:br/></w:r>${r('第二行')}`),
      `<w:sdt><w:sdtContent>${p(r('内容控件中的段落'))}</w:sdtContent></w:sdt>`,
    ].join('');
    expect(bodyLines(body(xml))).toEqual(['标题', '第一行', '第二行', '内容控件中的段落']);
  });

  it('shows what the page shows: no deleted or moved-away text, field codes or comment marks', () => {
    const xml = p(
      [
        r('保留'),
        `<w:del><w:r><w:delText>删除</w:delText></w:r></w:del>`,
        `<w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom>`,
        `<w:ins><w:r><w:t>插入</w:t></w:r></w:ins>`,
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>`,
        `<w:commentRangeStart w:id="1"/>${r('批注处')}<w:commentRangeEnd w:id="1"/>`,
        `<w:r><w:commentReference w:id="1"/></w:r>`,
        `<w:hyperlink>${r('链接')}</w:hyperlink>`,
        `<mc:AlternateContent><mc:Choice>${r('图')}</mc:Choice><mc:Fallback>${r('图')}</mc:Fallback></mc:AlternateContent>`,
      ].join(''),
    );
    expect(bodyLines(body(xml))).toEqual(['保留插入批注处链接图']);
  });
});
