import { describe, expect, it } from 'vitest';
import { readers } from '../import';
import { parseArgs } from './args';
import { runCli } from './test-support';

describe('parseArgs', () => {
  it('reads check files and options in any order', () => {
    expect(parseArgs(['check', 'a.json', '--json', '--last-year', 'l.json', 'b.json'])).toEqual({
      ok: true,
      command: { name: 'check', files: ['a.json', 'b.json'], json: true, lastYear: 'l.json' },
    });
    expect(parseArgs(['check', '--last-year=l.json', 'a.json'])).toMatchObject({
      command: { lastYear: 'l.json', json: false },
    });
  });

  it('takes every token after -- as a file', () => {
    expect(parseArgs(['figures', '--', '--json', '-x.json'])).toEqual({
      ok: true,
      command: { name: 'figures', files: ['--json', '-x.json'] },
    });
  });

  it.each([
    [[], '缺少命令。'],
    [['print', 'a.json'], '不认识的命令“print”。'],
    [['check', '--verbose', 'a.json'], 'check 命令没有选项“--verbose”。'],
    [['figures', '--json', 'a.json'], 'figures 命令没有选项“--json”。'],
    [['figures', '--last-year', 'l.json', 'a.json'], 'figures 命令没有选项“--last-year”。'],
    [['check', 'a.json', '--last-year'], '--last-year 后面要写上一年度报告的文件名。'],
    [['check', '--last-year', 'a', '--last-year', 'b', 'c'], '--last-year 只能给一次。'],
    [['check', '--json'], 'check 命令至少要给一个报告文件。'],
  ])('refuses %j', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });
});

describe('run', () => {
  it.each([['help'], ['--help'], ['-h'], ['check', '--help']])(
    'prints the usage and exits 0 for %j',
    async (...argv) => {
      const { code, stdout, stderr } = await runCli(...argv);
      expect([code, stderr]).toEqual([0, '']);
      expect(stdout).toContain('用法：');
      expect(stdout).toContain('目前可以打开（按文件内容识别，不看扩展名）：\n');
      for (const reader of readers) expect(stdout).toContain(`\n  ${reader.label}\n`);
    },
  );

  it.each([[], ['print'], ['check', '--verbose', 'a.json']])(
    'prints the problem and the usage on stderr and exits 2 for %j',
    async (...argv) => {
      const { code, stdout, stderr } = await runCli(...argv);
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr).toMatch(/^.+\n\n政府信息公开工作年度报告 — 命令行工具\n/);
    },
  );
});
