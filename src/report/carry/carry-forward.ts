/**
 * carryForward(lastYear): this year's draft started from last year's report (spec §4). The year is
 * last year's + 1 in the format that year calls for (2021 from 2021 on, so a 2019-format report
 * migrates); the body, the preface details and the narrative sections come across as a draft;
 * the cells of carry-links.ts's `copy` links are filled from last year's figures; every other
 * number starts blank, never 0. Sentences last year's report drafted from its figures are drafted
 * again for this year (drafting/carryDrafts), not copied with last year's figures in them. Last year's report travels with the draft (`lastYear`), so the
 * across-year checks and the figures shown beside each cell survive saving and reopening.
 */
import { evaluate } from '../derive';
import { carryDrafts } from '../drafting';
import { emptyReport } from '../empty-report';
import type { Report } from '../report';
import { defaultTitle, formatIndex } from '../spec';
import { NOT_REVISION } from '../years';
import { carryLinks, expectedValue } from './carry-links';

/** A year in running text, but not a law's revision year (`条例（2019年修订）`). */
const yearPattern = (year: number) => new RegExp(`${year}(?=\\s*年${NOT_REVISION})`, 'g');

/** Last year's wording with its report year moved on by one. */
const moveYear = (text: string, from: number): string =>
  text.replace(yearPattern(from), String(from + 1));

/** Last year's report as kept beside this year's: without its own last year, so files stay small. */
export function asLastYear(report: Report): Report {
  if (!report.lastYear) return report;
  const copy: { -readonly [K in keyof Report]: Report[K] } = { ...report };
  delete copy.lastYear;
  return copy;
}

export function carryForward(last: Report): Report {
  const year = last.meta.year + 1;
  const body = last.meta.body.trim();
  const base = emptyReport(year, body);
  const lastTitle = last.meta.title.trim();
  const title = lastTitle.includes(String(last.meta.year))
    ? moveYear(lastTitle, last.meta.year)
    : defaultTitle(body, year);
  const evaluation = evaluate(last);
  const cells = { ...base.cells };
  for (const link of carryLinks(formatIndex(last.format), formatIndex(base.format))) {
    if (link.kind !== 'copy') continue;
    const value = expectedValue(link, evaluation.value, () => null);
    if (value !== null && value >= 0) cells[link.to] = String(value);
  }
  const carried: Report = {
    ...base,
    meta: {
      ...last.meta,
      body,
      year,
      title: body ? title : '',
      preface: moveYear(last.meta.preface, last.meta.year),
    },
    texts: { ...last.texts },
    cells,
    lastYear: asLastYear(last),
  };
  return carryDrafts(carried, last);
}
