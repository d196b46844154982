/**
 * The CLI's per-file worker forced over its limits: a read that exhausts the heap and one that never
 * returns (runaway-read-worker.ts, since the real readers are bounded and never get there) each cost
 * the batch one Chinese error line and one CSV row, and the files around them are read as usual.
 * Read in the CLI's own thread, either file would take the test run down with it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { EXIT } from './io';
import { isolatedReader } from './isolated-read';
import { run } from './run';
import { balancedReport, tempDir, writeReport } from './test-support';

const dir = tempDir();
afterAll(dir.remove);

const RUNAWAY = new URL('./runaway-read-worker.ts', import.meta.url);
const limits = { timeMs: 3_000, memoryMb: 64 };

describe('a read over the worker limits', () => {
  it('is one error line and one CSV row; the batch goes on, the CSV is written, exit 2', async () => {
    const folder = dir.path('batch');
    mkdirSync(folder);
    // Every file is a good report: only the worker, told by the name, misbehaves on two of them.
    const names = ['a-good.json', 'b-allocate.json', 'c-good.json', 'd-hang.json', 'e-good.json'];
    for (const name of names) writeReport(join(folder, name), balancedReport());
    const csv = dir.path('summary.csv');
    const reader = isolatedReader(limits, RUNAWAY);
    let stderr = '';
    let code: number;
    try {
      code = await run(['summary', folder, '--csv', csv], {
        stdout: () => undefined,
        stderr: (text) => void (stderr += text),
        readFile: reader.read,
      });
    } finally {
      await reader.stop();
    }
    expect(code).toBe(EXIT.trouble);
    const errorLines = stderr.split('\n').filter((line) => line.startsWith(folder));
    expect(errorLines).toEqual([
      `${join(folder, 'b-allocate.json')}: 读取这个文件所需的内存超过 64 MB 的上限，已停止读取（文件可能已损坏或被恶意构造）。`,
      `${join(folder, 'd-hang.json')}: 读取超过 3 秒仍未完成，已停止读取这个文件（文件可能已损坏或被恶意构造）。`,
    ]);
    const rows = parseCsv(readFileSync(csv, 'utf8'));
    const byName = (name: string) => rows.find((r) => r[0] === join(folder, name));
    expect(rows).toHaveLength(1 + names.length + 1); // header, the files, 合计
    for (const name of ['a-good.json', 'c-good.json', 'e-good.json']) {
      expect(byName(name)?.slice(1, 5), name).toEqual(['留车镇人民政府', '2021', '2021', '']);
    }
    expect(byName('b-allocate.json')?.[4]).toMatch(/^读取这个文件所需的内存超过 64 MB/);
    expect(byName('d-hang.json')?.[4]).toMatch(/^读取超过 3 秒仍未完成/);
    // 合计 adds the three good reports' 3 applications each.
    expect(rows.at(-1)?.[rows[0]?.indexOf('三/1/自然人') ?? -1]).toBe('9');
  }, 60_000);
});
