/**
 * Carrying last year forward (spec §4), as golden scenarios a reviewer can read
 * (fixtures/carry/*.json: last year's report → this year's draft), plus the published fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { figures } from '../figures';
import type { Report } from '../report';
import { reportFromCells } from '../report-from-cells';
import { parseSaveFile, serializeReport } from '../save-file';
import { formatForYear, formatIndex, textSectionIds } from '../spec';
import type { FormatId, MetaTextField, TextSectionId } from '../spec';
import { carryForward } from './carry-forward';
import { carryLinks } from './carry-links';

type Meta = Partial<Record<'preface' | 'publishUrl' | 'contactPhone', string>>;

interface CarryScenario {
  readonly title: string;
  readonly lastYear: Meta & {
    readonly year: number;
    readonly body: string;
    readonly title: string;
    readonly texts: Readonly<Record<TextSectionId, string>>;
    readonly cells: Readonly<Record<string, string>>;
    readonly fill: string;
  };
  readonly expected: Required<Meta> & {
    readonly year: number;
    readonly format: FormatId;
    readonly title: string;
    /** Every cell that starts filled; all others start blank. */
    readonly cells: Readonly<Record<string, string>>;
    readonly ruleIds: readonly string[];
  };
}

const DIR = fileURLToPath(new URL('../../../fixtures/carry/', import.meta.url));
const scenarios = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, ...(JSON.parse(readFileSync(DIR + file, 'utf8')) as CarryScenario) }));

const META: readonly MetaTextField[] = ['preface', 'publishUrl', 'contactPhone'];

function lastYearOf(given: CarryScenario['lastYear']): Report {
  const report = reportFromCells({ ...given, format: formatForYear(given.year) });
  const meta = Object.fromEntries(META.map((f) => [f, given[f as keyof Meta] ?? '']));
  return { ...report, meta: { ...report.meta, ...meta } };
}

describe('carryForward: golden scenarios', () => {
  it('has scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(3));

  describe.each(scenarios)('$file', ({ lastYear: given, expected }) => {
    const lastYear = lastYearOf(given);
    const draft = carryForward(lastYear);

    it('moves the year on, in the format that year calls for, keeping body and preface details', () => {
      expect(draft.meta.year).toBe(expected.year);
      expect(draft.format).toBe(expected.format);
      expect(draft.meta.body).toBe(given.body);
      expect(draft.meta.title).toBe(expected.title);
      for (const field of META) expect(draft.meta[field]).toBe(expected[field as keyof Meta]);
    });

    it('fills exactly the carried cells; every other number starts blank, never 0', () => {
      const filled = Object.fromEntries(Object.entries(draft.cells).filter(([, v]) => v !== ''));
      expect(filled).toEqual(expected.cells);
      expect(Object.keys(draft.cells)).toEqual(
        formatIndex(expected.format).inputs.map((c) => c.address),
      );
      expect(draft.stated).toEqual({});
      expect(draft.acknowledged).toEqual({});
    });

    it('carries the narrative as a draft and keeps last year beside it', () => {
      for (const id of textSectionIds) expect(draft.texts[id]).toBe(given.texts[id]);
      expect(draft.lastYear).toEqual(lastYear);
    });

    it('gives the issues a reviewer expects, across years included', () => {
      const ruleIds = check(draft).map((i) => i.ruleId);
      expect([...ruleIds].sort()).toEqual([...expected.ruleIds].sort());
    });

    it('survives a save and reopen with last year inside', () => {
      const reopened = parseSaveFile(serializeReport(draft));
      expect(reopened.ok && reopened.value).toEqual(draft);
    });
  });
});

describe('carryForward: the published reports', () => {
  const PUBLISHED = fileURLToPath(new URL('../../../fixtures/published/', import.meta.url));
  const published = ['bogang-2021', 'zhengguo-2020', 'jiliao-2021-in-2019-layout'].map((name) => {
    const parsed = parseSaveFile(readFileSync(`${PUBLISHED}${name}.json`, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join(' '));
    return { name, report: parsed.value };
  });

  it.each(published)(
    "$name: 上年结转 is last year's 结转下年度, column by column",
    ({ report }) => {
      const draft = carryForward(report);
      const before = new Map(figures(report));
      const links = carryLinks(formatIndex(report.format), formatIndex(draft.format));
      const carriedIn = links.filter((l) => l.rule === 'Y-CARRY-IN');
      expect(carriedIn).toHaveLength(6);
      for (const link of carriedIn) {
        expect(draft.cells[link.to]).toBe(before.get(link.from[0] ?? ''));
      }
      expect(draft.meta.year).toBe(report.meta.year + 1);
      expect(check(draft).some((i) => i.ruleId === 'Y-CARRY-IN')).toBe(false);
    },
  );

  it('a report already carried keeps only one year back', () => {
    const [first] = published;
    if (!first) throw new Error('no fixture');
    const twice = carryForward(carryForward(first.report));
    expect(twice.lastYear?.meta.year).toBe(first.report.meta.year + 1);
    expect(twice.lastYear?.lastYear).toBeUndefined();
  });
});

describe('carryLinks', () => {
  it('2019 → 2021 copies nothing into a cell that means something else', () => {
    const links = carryLinks(formatIndex('2019'), formatIndex('2021'));
    expect(links.filter((l) => l.kind === 'copy').map((l) => l.rule)).toEqual(
      Array(6).fill('Y-CARRY-IN'),
    );
    expect(links.some((l) => l.to.includes('现行有效件数'))).toBe(false);
  });

  it('2021 → 2021 takes 现行有效件数 as a baseline, not a copy', () => {
    const links = carryLinks(formatIndex('2021'), formatIndex('2021'));
    expect(links.filter((l) => l.kind === 'baseline').map((l) => l.to)).toEqual([
      '二/（一）/规章/现行有效件数',
      '二/（一）/行政规范性文件/现行有效件数',
    ]);
  });
});
