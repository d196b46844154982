/**
 * Issue #12 item 4: on a report carried from last year, every place that checks a report names the
 * same issues the form shows — `summary`'s row, the import review, `check --json` and check()
 * itself — because each reads last year from the report (`report.lastYear`), none is handed it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../cli/csv';
import type { SUMMARY_FIELDS } from '../cli/summary-command';
import { runCli, tempDir, writeReport } from '../cli/test-support';
import { checkedOf } from '../form/report-store';
import { carryForward, check, parseSaveFile } from '../report';
import type { Issue, Report } from '../report';
import { reviewStatus } from './review-status';

function published(name: string): Report {
  const parsed = parseSaveFile(
    readFileSync(new URL(`../../fixtures/published/${name}.json`, import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.errors.join(' '));
  return parsed.value;
}

/** bogang-2021 carried to 2022, with a few figures typed as a user would start filling it in. */
function carriedAndTyped(): Report {
  const carried = carryForward(published('bogang-2021'));
  return {
    ...carried,
    cells: {
      ...carried.cells,
      // Not last year's 结转下年度: Y-CARRY-IN, an across-year rule.
      '三/2/自然人': '7',
      '三/1/自然人': '3',
      '三/3/自然人': '2',
      '二/（一）/规章/本年制发件数': '1',
      '二/（一）/规章/本年废止件数': '0',
      '二/（一）/规章/现行有效件数': '9',
    },
  };
}

/** What an issue is, whoever lists it: its rule and the cells and fields it names. */
const named = (issues: readonly Pick<Issue, 'ruleId' | 'addresses'>[]) =>
  issues.map((i) => `${i.ruleId} ${i.addresses.join(',')}`).sort();

const dir = tempDir();
afterAll(() => dir.remove());

describe('check() on a carried report', () => {
  const report = carriedAndTyped();
  const formIssues = checkedOf(report).issues;

  it('runs the across-year rules the form shows, without being handed last year', () => {
    expect(report.lastYear).toBeDefined();
    expect(formIssues.map((i) => i.ruleId)).toEqual(expect.arrayContaining(['Y-CARRY-IN']));
    expect(named(check(report))).toEqual(named(formIssues));
  });

  it('gives the import review the issues the form shows', () => {
    expect(named(reviewStatus(report, []).issues)).toEqual(named(formIssues));
  });

  it("gives `check --json` and `summary`'s row the issues the form shows", async () => {
    const file = writeReport(dir.path('carried.json'), report);
    const checked = await runCli('check', file, '--json');
    const [result] = JSON.parse(checked.stdout) as [{ issues: Issue[] }];
    expect(named(result.issues)).toEqual(named(formIssues));

    const csv = dir.path('summary.csv');
    await runCli('summary', file, '--csv', csv);
    const [header = [], row = []] = parseCsv(readFileSync(csv, 'utf8').replace(/^\uFEFF/, ''));
    const field = (name: (typeof SUMMARY_FIELDS)[number]) => row[header.indexOf(name)];
    const errors = formIssues.filter((i) => i.severity === 'error').length;
    expect(field('errors')).toBe(String(errors));
    expect(field('warnings')).toBe(String(formIssues.length - errors));
    expect(field('rule_ids')?.split(' ').sort()).toEqual(
      [...new Set(formIssues.map((i) => i.ruleId))].sort(),
    );
  });
});
