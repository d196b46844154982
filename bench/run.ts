/**
 * `npm run bench`: prints the time per call of each case beside its budget. A figure to watch,
 * not a test: timings on shared CI machines are too noisy to fail a build on.
 */
import { check, derive } from '../src/report';
import { balancedReport } from './balanced-report';
import { runExportBench } from './exports';
import { measure } from './measure';
import { runTypingBench } from './typing';

interface BenchCase {
  readonly name: string;
  /** The median a call may take, in µs: the form re-derives and re-checks on every keystroke. */
  readonly budgetUs: number;
  readonly run: () => unknown;
}

const report = balancedReport();
const issues = check(report);
if (issues.length > 0) {
  throw new Error(`基准报告应无问题，却有：${issues.map((i) => i.ruleId).join('、')}`);
}

const cases: readonly BenchCase[] = [
  {
    name: 'derive+check',
    budgetUs: 50,
    // A new report value per call, as each keystroke makes one, so no reading is reused.
    run: () => {
      const edited = { ...report };
      return [derive(edited), check(edited)];
    },
  },
];

const width = Math.max(...cases.map((c) => c.name.length));
for (const { name, budgetUs, run } of cases) {
  const { medianUs, p95Us } = measure(run, { warmup: 2_000, samples: 20_000 });
  console.log(
    `${name.padEnd(width)}  median ${medianUs.toFixed(1)} µs  p95 ${p95Us.toFixed(1)} µs  (budget ≤ ${budgetUs} µs median)`,
  );
}

await runExportBench(report);
await (await import('./summary')).runSummaryBench();
await (await import('./pdf')).runPdfBench();

// The browser case last: it builds the app and drives chromium, so it takes a few seconds.
await runTypingBench();
