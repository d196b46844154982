import { describe, expect, it } from 'vitest';
import { carryForward, emptyReport } from '../../report';
import type { Report } from '../../report';
import { readReport } from '../../import';
import { exportDocx } from './export-docx';
import { carryScenarioLastYear, docxParts, publishedNames, publishedReport } from './test-support';

interface ParagraphInfo {
  readonly text: string;
  /** Runs with text, and how many of them are highlighted yellow. */
  readonly runs: number;
  readonly highlighted: number;
  readonly starts: readonly string[];
  readonly ends: readonly string[];
  readonly references: readonly string[];
}

const matches = (xml: string, pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => m[1] ?? '');
const textOf = (xml: string) => matches(xml, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g).join('');

/** `w:p` elements never nest, so a lazy match finds each, table cells' included. */
function paragraphsOf(documentXml: string): ParagraphInfo[] {
  return matches(documentXml, /(<w:p[ >][\s\S]*?<\/w:p>)/g).map((p) => {
    const runs = matches(p, /(<w:r>[\s\S]*?<\/w:r>)/g).filter((r) => r.includes('<w:t'));
    return {
      text: textOf(p),
      runs: runs.length,
      highlighted: runs.filter((r) => r.includes('<w:highlight w:val="yellow"/>')).length,
      starts: matches(p, /<w:commentRangeStart w:id="(\d+)"\/>/g),
      ends: matches(p, /<w:commentRangeEnd w:id="(\d+)"\/>/g),
      references: matches(p, /<w:commentReference w:id="(\d+)"\/>/g),
    };
  });
}

/** Table rows as the texts of their cells. */
const tableRows = (documentXml: string) =>
  matches(documentXml, /(<w:tr[ >][\s\S]*?<\/w:tr>)/g).map((tr) =>
    matches(tr, /(<w:tc>[\s\S]*?<\/w:tc>)/g).map(textOf),
  );

async function template(report: Report) {
  const bytes = await exportDocx(report, { template: true });
  const parts = docxParts(bytes);
  const documentXml = parts['word/document.xml'] ?? '';
  const commentsXml = parts['word/comments.xml'] ?? '';
  return {
    bytes,
    documentXml,
    paragraphs: paragraphsOf(documentXml),
    hasComments: 'word/comments.xml' in parts,
    /** Each comment's attributes and text, in the order of comments.xml. */
    comments: matches(commentsXml, /(<w:comment [\s\S]*?<\/w:comment>)/g).map((c) => ({
      id: /w:id="(\d+)"/.exec(c)?.[1],
      author: /w:author="([^"]*)"/.exec(c)?.[1],
      text: textOf(c),
    })),
  };
}

/** The paragraphs a comment spans, from its range start to its range end. */
function commented(paragraphs: readonly ParagraphInfo[], id: string): ParagraphInfo[] {
  const from = paragraphs.findIndex((p) => p.starts.includes(id));
  const to = paragraphs.findIndex((p) => p.ends.includes(id));
  expect(from, `comment ${id} starts`).toBeGreaterThanOrEqual(0);
  expect(to, `comment ${id} ends`).toBeGreaterThanOrEqual(from);
  return paragraphs.slice(from, to + 1);
}

/** The paragraphs a text of the report is printed as (one per non-empty line). */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const REVISE = '上年内容，请按2022年情况改写；改完后删除本批注。';
const PROBLEMS =
  '上年内容，请按2022年情况改写：上年所列问题，本年应作为“上年度问题整改情况”逐项写明整改结果；改完后删除本批注。';
const CARRIED_ROW =
  '“二、上年结转政府信息公开申请数量”一行按2021年报告“四、结转下年度继续办理”逐列填入，请核对。';

describe('exportDocx(report, { template: true })', () => {
  const lastYear = carryScenarioLastYear();
  const draft = carryForward(lastYear);

  it('comments, in document order, the preface, 一, table 三’s carried row, 五 and 六', async () => {
    const { comments } = await template(draft);
    expect(comments.map((c) => c.text)).toEqual([REVISE, REVISE, CARRIED_ROW, PROBLEMS, REVISE]);
    expect(comments.map((c) => c.id)).toEqual(['0', '1', '2', '3', '4']);
    expect(new Set(comments.map((c) => c.author))).toEqual(new Set(['政府信息公开年度报告工具']));
  });

  it('highlights every run of a carried part and spans its paragraphs with its comment', async () => {
    const { paragraphs } = await template(draft);
    const parts = [draft.meta.preface, draft.texts.一, draft.texts.五, draft.texts.六];
    parts.forEach((text, i) => {
      const id = String([0, 1, 3, 4][i]);
      const spanned = commented(paragraphs, id);
      expect(spanned.map((p) => p.text)).toEqual(lines(text));
      expect(spanned.every((p) => p.runs > 0 && p.highlighted === p.runs)).toBe(true);
      expect(spanned.at(-1)?.references).toEqual([id]);
    });
    const highlighted = paragraphs.filter((p) => p.highlighted > 0).map((p) => p.text);
    expect(highlighted).toEqual(parts.flatMap(lines));
  });

  it('leaves a rewritten or empty part unmarked; the comment ids stay consecutive', async () => {
    const edited: Report = {
      ...draft,
      meta: { ...draft.meta, preface: '' },
      texts: { ...draft.texts, 一: '2022年，本镇主动公开政府信息180条。' },
    };
    const { paragraphs, comments } = await template(edited);
    expect(comments.map((c) => [c.id, c.text])).toEqual([
      ['0', CARRIED_ROW],
      ['1', PROBLEMS],
      ['2', REVISE],
    ]);
    const rewritten = paragraphs.find((p) => p.text === edited.texts.一);
    expect(rewritten).toMatchObject({ highlighted: 0, starts: [], ends: [], references: [] });
    expect(commented(paragraphs, '1').map((p) => p.text)).toEqual(lines(draft.texts.五));
  });

  it('leaves unmarked a preface the app drafted for this year from last year’s drafted one', async () => {
    const lastDrafted: Report = {
      ...lastYear,
      meta: { ...lastYear.meta, preface: '' },
    };
    const carried = carryForward(lastDrafted);
    expect(carried.drafted?.前言?.state).toBe('drafted');
    const { comments, paragraphs } = await template(carried);
    expect(comments.map((c) => c.text)).toEqual([REVISE, CARRIED_ROW, PROBLEMS, REVISE]);
    const preface = paragraphs.find((p) => p.text === carried.meta.preface);
    expect(preface).toMatchObject({ highlighted: 0, starts: [] });
  });

  it('drops the row’s comment once its figures are rewritten', async () => {
    const cells = Object.fromEntries(
      Object.entries(draft.cells).map(([a, v]) => [a, a.startsWith('三/2/') ? '5' : v]),
    );
    const { comments, paragraphs } = await template({ ...draft, cells });
    expect(comments.map((c) => c.text)).not.toContain(CARRIED_ROW);
    expect(paragraphs.filter((p) => p.starts.length > 0)).toHaveLength(comments.length);
  });

  it('titles the report with the new year', async () => {
    const { paragraphs } = await template(draft);
    expect(paragraphs[0]?.text).toBe('示例县和平镇人民政府2022年政府信息公开工作年度报告');
  });

  it('shows last year’s 结转下年度 in 三’s 上年结转 row, commented, and leaves the rest blank', async () => {
    const { documentXml, paragraphs } = await template(draft);
    const rows = tableRows(documentXml);
    const carried = rows.find((r) => r[0]?.startsWith('二、上年结转'));
    expect(carried?.slice(1)).toEqual(['3', '1', '0', '0', '0', '0', '4']);
    const label = commented(paragraphs, '2');
    expect(label.map((p) => [p.text, p.highlighted])).toEqual([[carried?.[0], 0]]);
    const received = rows.find((r) => r[0]?.startsWith('一、本年新收'));
    expect(received?.slice(1)).toEqual(Array(7).fill(''));
    const figures = rows.flatMap((r) => r.filter((c) => /^\d+$/.test(c)));
    expect(figures).toEqual(carried?.slice(1));
  });

  it('opens back in the program as the same report, last year included, without notes', async () => {
    const { bytes } = await template(draft);
    const read = await readReport(bytes, 'template.docx');
    expect(read.ok && read.notes).toEqual([]);
    expect(read.ok && read.report).toEqual(draft);
  });

  it.each(publishedNames)('opens back unchanged when started from %s', async (name) => {
    const carried = carryForward(publishedReport(name));
    const { bytes, comments } = await template(carried);
    expect(comments.length).toBeGreaterThan(0);
    const read = await readReport(bytes, 'template.docx');
    expect(read.ok && read.notes).toEqual([]);
    expect(read.ok && read.report).toEqual(carried);
  });

  it('marks nothing in a report not started from last year’s', async () => {
    const { hasComments, paragraphs } = await template(emptyReport(2022, '示例县和平镇人民政府'));
    expect(hasComments).toBe(false);
    expect(paragraphs.some((p) => p.highlighted > 0 || p.starts.length > 0)).toBe(false);
  });

  it('marks nothing without the option', async () => {
    const parts = docxParts(await exportDocx(draft));
    expect(parts['word/comments.xml']).toBeUndefined();
    expect(parts['word/document.xml']).not.toMatch(/w:highlight|w:comment/);
  });
});
