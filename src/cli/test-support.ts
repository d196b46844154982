/**
 * Shared by the CLI tests: reports built with the model (never fixtures, which other work owns),
 * temp files, and run() with captured output.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { emptyReport, serializeReport } from '../report';
import type { Report } from '../report';
import { run } from './run';

// The CLI reads every file in a worker thread (isolated-read.ts), which loads the readers through
// tsx when it starts: seconds on a busy machine, once per test file.
vi.setConfig({ testTimeout: 30_000 });

/** A 2021 report with every cell filled and table 三 balanced: 3 applications, all disclosed. */
export function balancedReport(): Report {
  const report = emptyReport(2021, '留车镇人民政府');
  const cells = Object.fromEntries(Object.keys(report.cells).map((a) => [a, '0']));
  return {
    ...report,
    texts: {
      一: '（二）依申请公开\n本年度共收到政府信息公开申请3件，均已按时答复。',
      五: '（一）存在的主要问题\n信息公开的及时性有待提高。\n（二）改进情况\n建立信息发布台账，按月检查更新情况，确保及时公开。',
      六: '本年度未发出信息处理费收费通知，未收取信息处理费。',
    },
    cells: { ...cells, '三/1/自然人': '3', '三/3/自然人': '3' },
  };
}

/** The balanced report with one more application that is nowhere accounted for: T3-BALANCE. */
export function unbalancedReport(): Report {
  const report = balancedReport();
  return { ...report, cells: { ...report.cells, '三/1/商业企业': '1' } };
}

export function tempDir(): {
  readonly path: (name: string) => string;
  readonly remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
  return {
    path: (name) => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function writeReport(path: string, report: Report): string {
  writeFileSync(path, serializeReport(report));
  return path;
}

export async function runCli(
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}
