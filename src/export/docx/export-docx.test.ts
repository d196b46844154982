import { describe, expect, it } from 'vitest';
import { figures, formatIndex } from '../../report';
import type { Report } from '../../report';
import { visibleFigures } from '../../import/word/visible-figures';
import { wordTables } from '../../import/word/word-tables';
import { elements, firstElement, parseXml } from '../../import/word/xml';
import type { XmlElement } from '../../import/word/xml';
import { exportDocx } from './export-docx';
import { SAVE_FILE_NAMESPACE } from './embedded-save-file';
import { docxParts, publishedReport, scenarioReport } from './test-support';
import { LINE_PITCH, mm } from './typography';

/** Every element named `name` below `node`, in document order. */
const all = (node: XmlElement, name: string): XmlElement[] =>
  elements(node).flatMap((c) => (c.name === name ? [c, ...all(c, name)] : all(c, name)));
const attr = (node: XmlElement | undefined, name: string) => node?.attributes[name];
const prop = (tc: XmlElement, name: string) => {
  const tcPr = firstElement(tc, 'w:tcPr');
  return tcPr && firstElement(tcPr, name);
};
const span = (tc: XmlElement) => Number(attr(prop(tc, 'w:gridSpan'), 'w:val') ?? 1);
const merge = (tc: XmlElement) => {
  const vMerge = prop(tc, 'w:vMerge');
  return vMerge ? (attr(vMerge, 'w:val') ?? 'continue') : '';
};
const text = (node: XmlElement) =>
  all(node, 'w:t')
    .map((t) => t.children.join(''))
    .join('');
const rows = (tbl: XmlElement) => elements(tbl, 'w:tr');
const cells = (tr: XmlElement) => elements(tr, 'w:tc');
const isHeader = (tr: XmlElement) => {
  const trPr = firstElement(tr, 'w:trPr');
  return Boolean(trPr && firstElement(trPr, 'w:tblHeader'));
};

/** A complete 2021 report whose every input cell holds a different figure. */
function distinctReport(): Report {
  const base = scenarioReport('clean-2021.json');
  const inputs = formatIndex('2021').inputs;
  return { ...base, cells: Object.fromEntries(inputs.map((c, i) => [c.address, String(101 + i)])) };
}

async function exported(report: Report) {
  const parts = docxParts(await exportDocx(report));
  const document = parseXml(parts['word/document.xml'] ?? '');
  const body = firstElement(document, 'w:body');
  if (!body) throw new Error('no body');
  const [t2, t3, t4] = all(body, 'w:tbl');
  if (!t2 || !t3 || !t4) throw new Error('expected three tables');
  return { parts, body, t2, t3, t4 };
}

/** The fonts and size of the first run whose text starts with `start`. */
function runStyleOf(body: XmlElement, start: string) {
  const run = all(body, 'w:r').find((r) => text(r).startsWith(start));
  const rPr = run && firstElement(run, 'w:rPr');
  if (!rPr) throw new Error(`no run starting ${start}`);
  return {
    eastAsia: attr(firstElement(rPr, 'w:rFonts'), 'w:eastAsia'),
    ascii: attr(firstElement(rPr, 'w:rFonts'), 'w:ascii'),
    size: Number(attr(firstElement(rPr, 'w:sz'), 'w:val')),
  };
}

describe('exportDocx', () => {
  const report = scenarioReport('clean-2021.json');

  it('sets A4 with the GB/T 9704 margins in twips', async () => {
    const { body } = await exported(report);
    const sectPr = firstElement(body, 'w:sectPr');
    if (!sectPr) throw new Error('no sectPr');
    expect(firstElement(sectPr, 'w:pgSz')?.attributes).toMatchObject({
      'w:w': '11906',
      'w:h': '16838',
    });
    expect(firstElement(sectPr, 'w:pgMar')?.attributes).toMatchObject({
      'w:top': String(mm(37)),
      'w:bottom': String(mm(35)),
      'w:left': String(mm(28)),
      'w:right': String(mm(26)),
    });
    expect([mm(37), mm(35), mm(28), mm(26)]).toEqual([2098, 1984, 1587, 1474]);
  });

  it.each([
    ['the title', '示例县和平镇人民政府', '方正小标宋简体', 44],
    ['a heading', '一、总体情况', '黑体', 32],
    ['a sub-heading', '（一）主动公开情况。', '楷体_GB2312', 32],
    ['body text', '全年主动公开政府信息172条', '仿宋_GB2312', 32],
    ['a table cell', '申请人情况', '宋体', 21],
  ])('sets %s in its East Asian font and size, with a Latin font', async (_, start, font, size) => {
    const { body } = await exported(report);
    expect(runStyleOf(body, start)).toEqual({ eastAsia: font, ascii: expect.any(String), size });
  });

  it('breaks a title too long for one line by meaning: the body, then the year and report name', async () => {
    const { body } = await exported(report);
    const title = elements(body, 'w:p')[0];
    const runs = title ? elements(title, 'w:r') : [];
    expect(runs.map((r) => [text(r), elements(r, 'w:br').length])).toEqual([
      ['示例县和平镇人民政府', 0],
      ['2021年政府信息公开工作年度报告', 1],
    ]);
  });

  it('sets body paragraphs on an exact 28–29 pt pitch with a two-character indent', async () => {
    const { body } = await exported(report);
    const paragraph = elements(body, 'w:p').find((p) => text(p).startsWith('全年主动公开'));
    const pPr = paragraph && firstElement(paragraph, 'w:pPr');
    if (!pPr) throw new Error('no paragraph');
    expect(firstElement(pPr, 'w:spacing')?.attributes).toMatchObject({
      'w:line': String(LINE_PITCH),
      'w:lineRule': 'exact',
    });
    expect(LINE_PITCH / 20).toBeGreaterThanOrEqual(28);
    expect(LINE_PITCH / 20).toBeLessThanOrEqual(29);
    expect(firstElement(pPr, 'w:ind')?.attributes).toMatchObject({ 'w:firstLine': '640' });
  });

  it('merges table 三’s header as the official table does and repeats it on every page', async () => {
    const { t3 } = await exported(report);
    const [r1, r2, r3, first] = rows(t3);
    if (!r1 || !r2 || !r3 || !first) throw new Error('short table');
    expect([r1, r2, r3].map(isHeader)).toEqual([true, true, true]);
    expect(isHeader(first)).toBe(false);
    expect(cells(r1).map((c) => [text(c), span(c), merge(c)])).toEqual([
      [formatIndex('2021').spec.table3.note, 3, 'restart'],
      ['申请人情况', 7, ''],
    ]);
    expect(cells(r2).map((c) => [text(c), span(c), merge(c)])).toEqual([
      ['', 3, 'continue'],
      ['自然人', 1, 'restart'],
      ['法人或其他组织', 5, ''],
      ['总计', 1, 'restart'],
    ]);
    expect(cells(r3).map((c) => [text(c), merge(c)])).toEqual([
      ['', 'continue'],
      ['', 'continue'],
      ['商业企业', ''],
      ['科研机构', ''],
      ['社会公益组织', ''],
      ['法律服务机构', ''],
      ['其他', ''],
      ['', 'continue'],
    ]);
  });

  it('merges table 三’s group labels down beside their rows', async () => {
    const { t3 } = await exported(report);
    const body = rows(t3).slice(3);
    const labels = body.map((tr) =>
      cells(tr)
        .slice(0, 3)
        .map((c) => [text(c), span(c), merge(c)]),
    );
    expect(labels[0]?.[0]).toEqual(['一、本年新收政府信息公开申请数量', 3, '']);
    expect(labels[2]?.slice(0, 2)).toEqual([
      ['三、本年度办理结果', 1, 'restart'],
      ['（一）予以公开', 2, ''],
    ]);
    expect(labels[4]).toEqual([
      ['', 1, 'continue'],
      ['（三）不予公开', 1, 'restart'],
      ['1.属于国家秘密', 1, ''],
    ]);
    expect(labels[5]?.slice(0, 2)).toEqual([
      ['', 1, 'continue'],
      ['', 1, 'continue'],
    ]);
    expect(body.every((tr) => cells(tr).reduce((n, c) => n + span(c), 0) === 10)).toBe(true);
  });

  it('merges table 四’s header as the official table does', async () => {
    const { t4 } = await exported(report);
    const [r1, r2, r3, r4] = rows(t4);
    if (!r1 || !r2 || !r3 || !r4) throw new Error('short table');
    expect([r1, r2, r3, r4].map(isHeader)).toEqual([true, true, true, false]);
    expect(cells(r1).map((c) => [text(c), span(c)])).toEqual([
      ['行政复议', 5],
      ['行政诉讼', 10],
    ]);
    expect(cells(r2).map((c) => [text(c), span(c), merge(c)])).toEqual([
      ['结果维持', 1, 'restart'],
      ['结果纠正', 1, 'restart'],
      ['其他结果', 1, 'restart'],
      ['尚未审结', 1, 'restart'],
      ['总计', 1, 'restart'],
      ['未经复议直接起诉', 5, ''],
      ['复议后起诉', 5, ''],
    ]);
    expect(cells(r3).map(merge)).toEqual([...Array(5).fill('continue'), ...Array(10).fill('')]);
    expect(cells(r4)).toHaveLength(15);
  });

  it('prints every figure in the table cells in declaration order', async () => {
    const distinct = distinctReport();
    const { parts, t2, t3, t4 } = await exported(distinct);
    const shown = [t2, t3, t4].flatMap((t) => all(t, 'w:tc').map(text));
    let from = 0;
    for (const [address, value] of figures(distinct)) {
      const at = shown.indexOf(value, from);
      expect(at, `${address} = ${value}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    const visible = visibleFigures(
      formatIndex('2021'),
      wordTables(parseXml(parts['word/document.xml'] ?? '')),
    );
    expect(Object.fromEntries(visible)).toEqual(Object.fromEntries(figures(distinct)));
  });

  it.each(['zhengguo-2020', 'jiliao-2021-in-2019-layout'])(
    'prints every figure of %s where the reader finds it',
    async (name) => {
      const published = publishedReport(name);
      const { parts } = await exported(published);
      const visible = visibleFigures(
        formatIndex(published.format),
        wordTables(parseXml(parts['word/document.xml'] ?? '')),
      );
      expect(Object.fromEntries(visible)).toEqual(Object.fromEntries(figures(published)));
    },
  );

  it('numbers pages `— N —` with different footers on odd and even pages', async () => {
    const { parts, body } = await exported(report);
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const sectPr = firstElement(body, 'w:sectPr');
    const references = sectPr ? elements(sectPr, 'w:footerReference') : [];
    expect(references.map((r) => r.attributes['w:type']).sort()).toEqual(['default', 'even']);
    const footers = Object.entries(parts).filter(([path]) => /^word\/footer\d+\.xml$/.test(path));
    expect(footers).toHaveLength(2);
    const alignments = footers.map(([, xml]) => {
      const footer = parseXml(xml);
      expect(all(footer, 'w:instrText').map((i) => i.children.join('').trim())).toEqual(['PAGE']);
      expect(text(footer)).toBe('—  —');
      expect(runStyleOf(footer, '—')).toMatchObject({ eastAsia: '宋体', size: 28 });
      return attr(all(footer, 'w:jc')[0], 'w:val');
    });
    expect(alignments.sort()).toEqual(['left', 'right']);
  });

  it('embeds the save file as a custom XML part related from the document', async () => {
    const { parts } = await exported(report);
    expect(parts['customXml/item1.xml']).toContain(`xmlns="${SAVE_FILE_NAMESPACE}"`);
    expect(parts['customXml/itemProps1.xml']).toContain(SAVE_FILE_NAMESPACE);
    expect(parts['customXml/_rels/item1.xml.rels']).toContain('Target="itemProps1.xml"');
    expect(parts['word/_rels/document.xml.rels']).toMatch(
      /relationships\/customXml" Target="\.\.\/customXml\/item1\.xml"/,
    );
    expect(parts['[Content_Types].xml']).toContain('PartName="/customXml/itemProps1.xml"');
  });
});
