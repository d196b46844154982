/**
 * Writes fixtures/golden/<name>.txt, the expected .txt export of every clean complete scenario
 * (fixtures/scenarios/*.json with no expected rule) and of every transcribed published report
 * (fixtures/published/*.json). Run `npx tsx scripts/update-golden.ts` after a deliberate layout
 * change, then review the diff (architecture habit 6): src/export/txt.test.ts compares byte for
 * byte against these files and builds its reports with goldenCases() below, so both agree.
 *
 * It also writes fixtures/drafted/<name>.txt: every sentence the app drafts (#13) from each
 * transcribed published report's figures, for a person to read against the report's own words;
 * src/report/drafting/drafted-golden.test.ts compares them byte for byte.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exportTxt } from '../src/export';
import { drafts, parseSaveFile, reportFromCells } from '../src/report';
import type { FormatId, Report, ReportFigures } from '../src/report';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const GOLDEN_DIR = `${FIXTURES}golden/`;
export const DRAFTED_DIR = `${FIXTURES}drafted/`;

/** The part of a scenario file (see src/report/scenarios.test.ts) that makes a report. */
interface Scenario {
  readonly format: FormatId;
  readonly given: Omit<ReportFigures, 'format'>;
  readonly expected: { readonly ruleIds: readonly string[] };
}

/** A scenario's report, built as src/report/scenarios.test.ts builds it. */
const scenarioReport = ({ format, given }: Scenario): Report =>
  reportFromCells({ ...given, format });

const jsonFiles = (dir: string) =>
  readdirSync(`${FIXTURES}${dir}`)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.json$/, ''),
      source: readFileSync(`${FIXTURES}${dir}/${file}`, 'utf8'),
    }));

export interface GoldenCase {
  readonly name: string;
  readonly report: Report;
}

/** The transcribed published reports, named as their fixture files. */
export function publishedCases(): GoldenCase[] {
  return jsonFiles('published').map(({ name, source }) => {
    const parsed = parseSaveFile(source);
    if (!parsed.ok) throw new Error(`fixtures/published/${name}.json: ${parsed.errors.join('；')}`);
    return { name, report: parsed.value };
  });
}

/** Each drafted sentence under its label, as a reviewer reads it; a waiting one says why. */
export function draftedText(report: Report): string {
  const blocks = drafts.map(
    (spec) => `【${spec.label}】\n${spec.compose(report) ?? `（${spec.waiting}）`}`,
  );
  return `${blocks.join('\n\n')}\n`;
}

/** Every report with a golden export, named as its fixture file. */
export function goldenCases(): GoldenCase[] {
  const scenarios = jsonFiles('scenarios')
    .map(({ name, source }) => ({ name, scenario: JSON.parse(source) as Scenario }))
    .filter(({ scenario }) => scenario.expected.ruleIds.length === 0)
    .map(({ name, scenario }) => ({ name, report: scenarioReport(scenario) }));
  const cases = [...scenarios, ...publishedCases()];
  const names = cases.map((c) => c.name);
  const twice = names.filter((name, i) => names.indexOf(name) !== i);
  if (twice.length > 0) throw new Error(`同名的金标准文件：${twice.join('、')}`);
  return cases;
}

function main() {
  mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const { name, report } of goldenCases()) {
    writeFileSync(`${GOLDEN_DIR}${name}.txt`, exportTxt(report), 'utf8');
    console.log(`fixtures/golden/${name}.txt`);
  }
  mkdirSync(DRAFTED_DIR, { recursive: true });
  for (const { name, report } of publishedCases()) {
    writeFileSync(`${DRAFTED_DIR}${name}.txt`, draftedText(report), 'utf8');
    console.log(`fixtures/drafted/${name}.txt`);
  }
}

// Run only as a script: the golden test imports goldenCases() from this module.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
