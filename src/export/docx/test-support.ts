/**
 * Shared by the .docx tests (exporter, own-docx reader, LibreOffice): the reports they export —
 * the clean scenarios built as src/report/scenarios.test.ts builds them, the published fixtures,
 * last year's report of a carry scenario — and the produced package's parts. Fixtures are JSON imports rather than file reads, so this
 * helper keeps the pure layer's rules (it is not a *.test.ts file, so they apply to it).
 */
import { strFromU8, unzipSync } from 'fflate';
import carry2021 from '../../../fixtures/carry/2021-to-2022.json';
import bogang from '../../../fixtures/published/bogang-2021.json';
import jiliao from '../../../fixtures/published/jiliao-2021-in-2019-layout.json';
import zhengguo from '../../../fixtures/published/zhengguo-2020.json';
import clean2019 from '../../../fixtures/scenarios/clean-2019.json';
import clean2021 from '../../../fixtures/scenarios/clean-2021.json';
import { formatForYear, parseSaveFile, reportFromCells } from '../../report';
import type { FormatId, Report, ReportFigures } from '../../report';

interface Scenario {
  readonly format: FormatId;
  readonly given: Omit<ReportFigures, 'format'>;
}

/** The complete, balanced scenarios (no issue at all), by file name. */
const SCENARIOS: Readonly<Record<string, unknown>> = {
  'clean-2019.json': clean2019,
  'clean-2021.json': clean2021,
};
const PUBLISHED: Readonly<Record<string, unknown>> = {
  'bogang-2021': bogang,
  'jiliao-2021-in-2019-layout': jiliao,
  'zhengguo-2020': zhengguo,
};

export const cleanScenarios: readonly string[] = Object.keys(SCENARIOS);
export const publishedNames: readonly string[] = Object.keys(PUBLISHED);

/** A scenario's report: `cells` may name computed cells, which are figures as published. */
export function scenarioReport(file: string): Report {
  const { format, given } = SCENARIOS[file] as Scenario;
  return reportFromCells({ ...given, format });
}

export function publishedReport(name: string): Report {
  const parsed = parseSaveFile(JSON.stringify(PUBLISHED[name]));
  if (!parsed.ok) throw new Error(parsed.errors.join(' '));
  return parsed.value;
}

/**
 * Last year's report of fixtures/carry/2021-to-2022.json, built as src/report/carry's test builds
 * it: a preface naming its year, 五 listing problems, 3 + 1 applications carried to next year.
 */
export function carryScenarioLastYear(): Report {
  const { preface, publishUrl, contactPhone, ...given } = carry2021.lastYear;
  const report = reportFromCells({ ...given, format: formatForYear(given.year) });
  return { ...report, meta: { ...report.meta, preface, publishUrl, contactPhone } };
}

/** Every part of a .docx package as text (all parts the tests look at are XML). */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]),
  );
}
