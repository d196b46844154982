/**
 * The real published reports, transcribed into save files (fixtures/published/*.json), checked
 * against the published text itself (../shared/fixtures/published/*.txt, never modified): every
 * figure, every paragraph, and the exact issues check() reports for each.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from './check';
import { figures } from './figures';
import type { Report } from './report';
import { parseSaveFile, serializeReport } from './save-file';
import { formatIndex, sections } from './spec';
import type { FormatId, SectionId } from './spec';

const PUBLISHED_TXT = fileURLToPath(
  new URL('../../../shared/fixtures/published/', import.meta.url),
);
const PUBLISHED_JSON = fileURLToPath(new URL('../../fixtures/published/', import.meta.url));

interface Expected {
  readonly name: string;
  readonly format: FormatId;
  readonly year: number;
  readonly body: string;
  readonly title: string;
  /** The heading each text section starts with in the published text, as printed there. */
  readonly headings: Readonly<Record<'一' | '五' | '六', string>>;
  readonly issues: readonly { readonly ruleId: string; readonly addresses: readonly string[] }[];
}

const cases: readonly Expected[] = [
  {
    name: 'bogang-2021',
    format: '2021',
    year: 2021,
    body: '柘城县伯岗镇人民政府',
    title: '柘城县伯岗镇人民政府2021年政府信息公开工作年度报告',
    headings: {
      一: '一、总体情况',
      五: '五、存在的主要问题及改进情况',
      六: '六、其他需要报告的事项',
    },
    // 六 is `无`: the 2021 format reserves 六 for the 信息处理费 statement. Nothing else: every figure
    // is 0, 一 says no application was received and no text mentions 复议/诉讼.
    issues: [{ ruleId: 'X-SIX-FEE', addresses: ['正文/六'] }],
  },
  {
    name: 'zhengguo-2020',
    format: '2019',
    year: 2020,
    body: '郑郭镇政府',
    title: '郑郭镇政府信息公开工作年度报告',
    headings: { 一: '总体情况', 五: '五、存在的主要问题及改进情况', 六: '六、其他需要报告的事项' },
    // The title has no year. 2020 in the 2019 format is right; 六 needs no fee statement there.
    issues: [{ ruleId: 'M-TITLE-YEAR', addresses: ['报告标题', '报告年度'] }],
  },
  {
    name: 'jiliao-2021-in-2019-layout',
    format: '2019',
    year: 2021,
    body: '汝州市寄料镇人民政府',
    title: '',
    headings: {
      一: '1、 总体情况',
      五: '五、存在的主要问题及改进情况',
      六: '六、其他需要报告的事项',
    },
    // No title; a 2021 report in the 2019 layout; table 四 has one 行政复议 (结果纠正) that no text
    // mentions.
    issues: [
      { ruleId: 'M-FORMAT-YEAR', addresses: ['表格格式', '报告年度'] },
      { ruleId: 'M-TITLE-MISSING', addresses: ['报告标题'] },
      {
        ruleId: 'X-REVIEW-TEXT',
        addresses: [
          '正文/一',
          '四/行政复议/总计',
          '四/未经复议直接起诉/总计',
          '四/复议后起诉/总计',
        ],
      },
    ],
  },
];

/** A section's official heading and the heading of the section after it (spec §2). */
function headings(id: SectionId): { readonly own: string; readonly next?: string } {
  const at = sections.findIndex((s) => s.id === id);
  return { own: sections[at]?.heading ?? id, next: sections[at + 1]?.heading };
}

const lines = (txt: string) => txt.split(/\r?\n/).map((l) => l.trim());

/** The published lines after the one equal to `from`, up to the one equal to `to` (or the end). */
function region(txt: string, from: string, to?: string): string[] {
  const all = lines(txt);
  const start = all.indexOf(from);
  if (start < 0) throw new Error(`published text has no line “${from}”`);
  const rest = all.slice(start + 1);
  if (to === undefined) return rest;
  const end = rest.indexOf(to);
  if (end < 0) throw new Error(`published text has no line “${to}” after “${from}”`);
  return rest.slice(0, end);
}

/** Independent of the model: full-width digits/signs to ASCII, every kind of space removed. */
const normalise = (cell: string) =>
  cell
    .replace(/[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/[\s\u3000\u00A0]+/g, '');

/**
 * The figures of a table region in reading order: cells are separated by tabs or line breaks (the
 * two flattenings of spec §6), and a figure is a cell that is nothing but a number. Labels that
 * contain digits (`1.属于国家秘密`, `保留4位小数`) and empty cells are not figures.
 */
const numericTokens = (regionLines: readonly string[]) =>
  regionLines
    .join('\n')
    .split(/[\t\n]/)
    .map(normalise)
    .filter((cell) => /^[+-]?\d+(\.\d+)?$/.test(cell));

const loadJson = (name: string) => readFileSync(`${PUBLISHED_JSON}${name}.json`, 'utf8');
const loadTxt = (name: string) => readFileSync(`${PUBLISHED_TXT}${name}.txt`, 'utf8');

function loadReport(name: string): Report {
  const parsed = parseSaveFile(loadJson(name));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

describe.each(cases)('published fixture $name', (expected) => {
  const txt = loadTxt(expected.name);

  it('parses and re-serialises byte for byte when read from fixtures/published', () => {
    const source = loadJson(expected.name);
    const parsed = parseSaveFile(source);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (parsed.ok) expect(serializeReport(parsed.value)).toBe(source);
  });

  it('records the format, year, body and title as the conventions say when transcribed', () => {
    const { format, meta } = loadReport(expected.name);
    expect({ format, year: meta.year, body: meta.body, title: meta.title }).toEqual({
      format: expected.format,
      year: expected.year,
      body: expected.body,
      title: expected.title,
    });
    expect([meta.preface, meta.publishUrl, meta.contactOffice, meta.contactPhone]).toEqual([
      '',
      '',
      '',
      '',
    ]);
    if (expected.title) expect(lines(txt)).toContain(expected.title);
  });

  it.each(['二', '三', '四'] as const)(
    'holds every figure of table %s as published when compared with the .txt in reading order',
    (table) => {
      const report = loadReport(expected.name);
      const index = formatIndex(report.format);
      const kinds = new Map(index.cells.map((c) => [c.address, c.kind]));
      const { own, next } = headings(table);
      const published = numericTokens(region(txt, own, next));
      const ours = figures(report).filter(([address]) => address.startsWith(`${table}/`));
      expect(published).toHaveLength(index.cells.filter((c) => c.table === table).length);
      // Spec §7 writes a non-zero 本年增/减 with its sign; the published tables often omit `+`.
      const asWeWriteIt = published.map((token, i) => {
        const kind = kinds.get(ours[i]?.[0] ?? '');
        return kind === 'signed' && /^\d/.test(token) && Number(token) !== 0 ? `+${token}` : token;
      });
      expect(ours.map(([, value]) => value)).toEqual(asWeWriteIt);
      // …and the file itself stores them that way (`\u3000\u30000` as `0`, `1` in 本年增/减 as `+1`).
      const stored = ours.map(([address]) => report.cells[address] ?? report.stated[address]);
      expect(stored).toEqual(asWeWriteIt);
    },
  );

  it('states every computed cell as published so no total is recomputed when imported', () => {
    const report = loadReport(expected.name);
    const computed = formatIndex(report.format).computed.map((c) => c.address);
    expect(Object.keys(report.stated).sort()).toEqual([...computed].sort());
  });

  it.each(['一', '五', '六'] as const)(
    'keeps section %s paragraph by paragraph as published when compared with the .txt',
    (id) => {
      const report = loadReport(expected.name);
      const published = region(txt, expected.headings[id], headings(id).next).filter(Boolean);
      expect(report.texts[id].split('\n')).toEqual(published);
    },
  );

  it('yields exactly the expected issues when checked', () => {
    const issues = check(loadReport(expected.name));
    const found = issues
      .map(({ ruleId, addresses }) => ({ ruleId, addresses }))
      .sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
    expect(found).toEqual(expected.issues);
  });
});
