import { describe, expect, it } from 'vitest';
import { compileFormat, formatIndex, formatSpecs } from '../report';
import type { FormatSpec, GridNode } from '../report';
import { tableLines } from './txt-tables';

/** Every cell shows its address, so a test sees which figure lands where. */
const address = (a: string) => a;
const blank = () => '';

describe('tableLines', () => {
  it('lays table 二 out block by block: item row, 信息内容 header with units, rows', () => {
    expect(tableLines('二', formatIndex('2021'), blank).slice(-3)).toEqual([
      '第二十条第（八）项\t\t\t',
      '信息内容\t本年收费金额（单位：万元）\t\t',
      '行政事业性收费\t\t\t',
    ]);
  });

  it('prints table 三 with the three official header rows in front of the rows', () => {
    expect(tableLines('三', formatIndex('2021'), blank).slice(0, 3)).toEqual([
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况' +
        '\t'.repeat(6),
      '\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
      '\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
    ]);
  });

  it('puts table 三 group labels in the leading columns of their first row only', () => {
    const lines = tableLines('三', formatIndex('2021'), address);
    const figures = (n: number) =>
      ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
        .map((column) => `三/${n}/${column}`)
        .join('\t');
    expect(lines).toContain(`一、本年新收政府信息公开申请数量\t\t\t${figures(1)}`);
    expect(lines).toContain(`三、本年度办理结果\t（一）予以公开\t\t${figures(3)}`);
    expect(lines).toContain(`\t（三）不予公开\t1.属于国家秘密\t${figures(5)}`);
    expect(lines).toContain(`\t\t2.其他法律行政法规禁止公开\t${figures(6)}`);
    expect(lines).toContain(`\t（七）总计\t\t${figures(24)}`);
    expect(lines.at(-1)).toBe(`四、结转下年度继续办理\t\t\t${figures(25)}`);
  });

  it('gives every line of a table the same number of fields', () => {
    for (const format of ['2021', '2019'] as const) {
      for (const table of ['二', '三', '四'] as const) {
        const widths = tableLines(table, formatIndex(format), address).map(
          (l) => l.split('\t').length,
        );
        expect(new Set(widths).size, `${format} ${table}`).toBe(1);
      }
    }
  });

  it('prints table 四 as three header rows and one row of 15 figures', () => {
    const lines = tableLines('四', formatIndex('2021'), address);
    expect(lines.slice(0, 3)).toEqual([
      `行政复议${'\t'.repeat(5)}行政诉讼${'\t'.repeat(9)}`,
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t',
      `${'\t'.repeat(5)}${'结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t'.repeat(2).slice(0, -1)}`,
    ]);
    expect(lines[3]?.split('\t')).toEqual(
      formatIndex('2021')
        .cells.filter((c) => c.table === '四')
        .map((c) => c.address),
    );
  });

  it('prints a row added to the declaration without any change here', () => {
    const declared = formatSpecs['2021'];
    const withRow = (nodes: readonly GridNode[]): GridNode[] =>
      nodes.map((node) =>
        node.type !== 'group'
          ? node
          : node.id === 'refused'
            ? { ...node, children: [...node.children, { type: 'row', id: 'new', label: '9.新增' }] }
            : { ...node, children: withRow(node.children) },
      );
    // The variant's new row id is not among the declared ones (a literal union): cast.
    const variant: FormatSpec = {
      ...declared,
      table3: {
        ...declared.table3,
        rows: withRow(declared.table3.rows) as FormatSpec['table3']['rows'],
      },
    };
    const lines = tableLines('三', compileFormat(variant), address);
    const at = lines.findIndex((l) => l.startsWith('\t\t9.新增\t三/13/自然人\t'));
    expect(lines[at - 1]).toMatch(/^\t\t8\.属于行政查询事项\t三\/12\/自然人\t/);
    expect(lines[at + 1]).toMatch(/^\t（四）无法提供\t1\.本机关不掌握相关政府信息\t三\/14\//);
  });
});
