/**
 * The CLI over the published reports as published (../shared/fixtures/published/*.txt): `figures`
 * prints exactly the figures of their transcriptions (fixtures/published/*.json), `check` finds the
 * same issues, and what the reader noted goes to stderr, one line per note behind the file name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { check, figures, parseSaveFile } from '../report';
import { runCli, tempDir } from './test-support';

const txt = (name: string) => `../shared/fixtures/published/${name}.txt`;
const names = ['bogang-2021', 'zhengguo-2020', 'jiliao-2021-in-2019-layout'];

function transcribed(name: string) {
  const parsed = parseSaveFile(readFileSync(`fixtures/published/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join());
  return parsed.value;
}

const dir = tempDir();
afterAll(dir.remove);

describe('cli on the published .txt reports', () => {
  it.each(names)('prints the same figures for %s.txt as for its transcription', async (name) => {
    const { code, stdout, stderr } = await runCli('figures', txt(name));
    expect([code, stderr]).toEqual([0, '']);
    const report = transcribed(name);
    expect(stdout).toBe(
      [
        `# format\t${report.format}`,
        `# year\t${report.meta.year}`,
        ...figures(report).map(([address, value]) => `${address}\t${value}`),
        '',
      ].join('\n'),
    );
  });

  it('finds the same issues in every .txt as in its transcription', async () => {
    const { code, stdout } = await runCli('check', '--json', ...names.map(txt));
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as { reader: string; issues: { ruleId: string }[] }[];
    expect(results.map((r) => r.issues.map((i) => i.ruleId))).toEqual(
      names.map((name) => check(transcribed(name)).map((i) => i.ruleId)),
    );
    expect(results[0]?.reader).toBe('政府网站上公开的年度报告文字 (.txt)');
  });

  it('prints each note on stderr behind the file name and the figures on stdout', async () => {
    const path = dir.path('伯岗镇.txt');
    writeFileSync(
      path,
      readFileSync(txt('bogang-2021'), 'utf8').replace('行政许可\t0\t', '行政许可\t/\t'),
    );
    const { code, stdout, stderr } = await runCli('figures', path);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `${path}: 二/（五）/行政许可/本年处理决定数量：报告中为“/”，按空白导入（空白不等于0）。\n`,
    );
    expect(stdout).toContain('二/（五）/行政许可/本年处理决定数量\t\n');
    const checked = await runCli('check', path);
    expect(checked.stderr).toBe(stderr);
    expect(checked.stdout).toContain('CELL-BLANK');
  });
});
