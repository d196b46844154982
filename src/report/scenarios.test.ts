/**
 * Golden scenarios as data (fixtures/scenarios/*.json, architecture habit 5): each file gives a
 * report in the words of the format and the totals and rule ids a reviewer expects. `cells` may
 * name any numeric cell: an input is typed, a computed cell is a figure as published (`stated`).
 * `fill` fills every input the scenario does not name. The report is built with reportFromCells, so
 * the title defaults to `<机关全称><年份>年政府信息公开工作年度报告` unless given.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from './check';
import { derive } from './derive';
import { fieldAddresses } from './fields';
import type { Report } from './report';
import { reportFromCells } from './report-from-cells';
import { rules } from './rules';
import { formatForYear, formatIndex } from './spec';
import type { FormatId, TextSectionId } from './spec';

interface Given {
  readonly year: number;
  readonly body: string;
  readonly title?: string;
  readonly preface?: string;
  readonly format?: FormatId;
  readonly texts?: Partial<Record<TextSectionId, string>>;
  readonly cells: Readonly<Record<string, string>>;
  readonly fill?: string;
}

interface Scenario {
  readonly title: string;
  readonly format: FormatId;
  readonly given: Given & { readonly lastYear?: Given };
  readonly expected: {
    readonly totals?: Readonly<Record<string, string>>;
    readonly ruleIds: readonly string[];
  };
}

const DIR = fileURLToPath(new URL('../../fixtures/scenarios/', import.meta.url));
const scenarios = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({
    file,
    ...(JSON.parse(readFileSync(`${DIR}${file}`, 'utf8')) as Scenario),
  }));

const buildReport = (given: Given, format: FormatId): Report =>
  reportFromCells({ ...given, format });

const build = (scenario: Scenario) => ({
  report: buildReport(scenario.given, scenario.format),
  lastYear: scenario.given.lastYear
    ? buildReport(
        scenario.given.lastYear,
        scenario.given.lastYear.format ?? formatForYear(scenario.given.lastYear.year),
      )
    : undefined,
});

describe.each(scenarios)('scenario $file', (scenario) => {
  it(`yields exactly the expected rule ids when checked (${scenario.title})`, () => {
    const { report, lastYear } = build(scenario);
    const ids = check(lastYear ? { ...report, lastYear } : report)
      .map((i) => i.ruleId)
      .sort();
    expect(ids).toEqual([...scenario.expected.ruleIds].sort());
  });

  it('derives the expected totals when given these figures', () => {
    const { report } = build(scenario);
    const derived = derive(report);
    const totals = scenario.expected.totals ?? {};
    for (const address of Object.keys(totals)) {
      expect(formatIndex(scenario.format).byAddress.get(address)?.sumOf, address).toBeDefined();
    }
    const actual = Object.fromEntries(
      Object.keys(totals).map((a) => [a, String(derived.get(a) ?? '')]),
    );
    expect(actual).toEqual(totals);
  });

  it('points every issue at cells or fields that exist when checked', () => {
    const { report, lastYear } = build(scenario);
    const index = formatIndex(scenario.format);
    const unknown = check(lastYear ? { ...report, lastYear } : report)
      .flatMap((i) => i.addresses)
      .filter((a) => !index.byAddress.has(a) && !fieldAddresses.includes(a));
    expect(unknown).toEqual([]);
  });
});

describe('fixtures/scenarios', () => {
  it.each(rules.map((r) => r.id))('has a scenario in which rule %s fires', (id) => {
    expect(scenarios.filter((s) => s.expected.ruleIds.includes(id)).map((s) => s.file)).not.toEqual(
      [],
    );
  });

  it.each(['2021', '2019'] as const)('has a clean complete report in the %s format', (format) => {
    // No rule at all, so no CELL-BLANK either: every cell is filled.
    const clean = scenarios.filter((s) => s.format === format && s.expected.ruleIds.length === 0);
    expect(clean.map((s) => s.file)).not.toEqual([]);
  });
});
