import { chmodSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_VERSION, serializeReport } from '../report';
import { balancedReport, runCli, tempDir, writeReport } from './test-support';

const dir = tempDir();
afterAll(dir.remove);
const good = writeReport(dir.path('good.json'), balancedReport());
// The 2 s budget below is for answering about a bad file, not for the read worker's one-time start.
beforeAll(() => runCli('check', good));

const file = (name: string, content: string) => {
  const path = dir.path(name);
  writeFileSync(path, content);
  return path;
};

const folder = (name: string) => {
  const path = dir.path(name);
  mkdirSync(path, { recursive: true });
  return path;
};

const saved = serializeReport(balancedReport());
const cases: [string, () => string, string][] = [
  ['a missing file', () => dir.path('missing.json'), '找不到这个文件。'],
  ['a directory', () => folder('folder'), '这是一个文件夹'],
  ['a text file that is not JSON', () => file('notes.txt', '一、总体情况\n'), '目前可以打开'],
  ['damaged JSON', () => file('cut.json', saved.slice(0, 100)), '不是有效的 JSON'],
  ['JSON of the wrong shape', () => file('shape.json', '{"kind": 1}'), '不是本程序保存的报告文件'],
  [
    'a save file of a newer version',
    () =>
      file(
        'newer.json',
        saved.replace(
          `"formatVersion": ${FORMAT_VERSION}`,
          `"formatVersion": ${FORMAT_VERSION + 1}`,
        ),
      ),
    '更新版本的程序',
  ],
  [
    'a 1 GB file',
    () => {
      const path = file('huge.json', '');
      // Sparse: the size is 1 GiB but no disk is used, and the CLI must refuse it unread.
      truncateSync(path, 2 ** 30);
      return path;
    },
    '文件太大（1024.0 MB）',
  ],
];

describe.each(['check', 'figures'])('%s with bad input', (command) => {
  it.each(cases)('prints one line naming %s and exits 2', async (_, make, problem) => {
    const path = make();
    const started = Date.now();
    const { code, stdout, stderr } = await runCli(command, path);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr.startsWith(`${path}: `)).toBe(true);
    expect(stderr).toContain(problem);
  });

  it('processes every file, prints the good ones and exits 2 when some are bad', async () => {
    const missing = dir.path('gone.json');
    const { code, stdout, stderr } = await runCli(command, missing, good);
    expect(code).toBe(2);
    expect(stderr).toBe(`${missing}: 找不到这个文件。\n`);
    expect(stdout).toContain(command === 'check' ? '没有发现问题' : `${good}\t# format\t2021`);
  });

  it.skipIf(process.getuid?.() === 0)('says so when the file may not be read', async () => {
    const locked = writeReport(dir.path(`locked-${command}.json`), balancedReport());
    chmodSync(locked, 0o000);
    const { code, stderr } = await runCli(command, locked);
    expect(code).toBe(2);
    expect(stderr).toBe(`${locked}: 没有读取这个文件的权限。\n`);
  });
});
