import { afterAll, describe, expect, it } from 'vitest';
import { emptyReport, figures } from '../report';
import { balancedReport, runCli, tempDir, writeReport } from './test-support';

const dir = tempDir();
afterAll(dir.remove);
const report = balancedReport();
const file2021 = writeReport(dir.path('2021.json'), report);
const file2019 = writeReport(dir.path('2020.json'), emptyReport(2020, '留车镇人民政府'));

const lines = (stdout: string) => stdout.split('\n').slice(0, -1);

describe('figures', () => {
  it('prints the format and year lines, then every cell of the 2021 format in order', async () => {
    const { code, stdout, stderr } = await runCli('figures', file2021);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.endsWith('\n')).toBe(true);
    const [format, year, ...cells] = lines(stdout);
    expect([format, year]).toEqual(['# format\t2021', '# year\t2021']);
    expect(cells).toHaveLength(175 + 10 + 15);
    expect(cells).toEqual(figures(report).map(([address, value]) => `${address}\t${value}`));
    expect(cells).toContain('三/1/自然人\t3');
    expect(cells).toContain('三/1/总计\t3');
  });

  it('writes a blank cell as an empty value', async () => {
    const { code, stdout } = await runCli('figures', file2019);
    expect(code).toBe(0);
    const [format, year, first] = lines(stdout);
    expect([format, year, first]).toEqual([
      '# format\t2019',
      '# year\t2020',
      '二/（一）/规章/本年新制作数量\t',
    ]);
    expect(lines(stdout)).toHaveLength(2 + 161 + 22 + 15);
  });

  it('puts the file path first on every line when given several files', async () => {
    const { code, stdout } = await runCli('figures', file2021, file2019);
    expect(code).toBe(0);
    const all = lines(stdout);
    expect(all).toHaveLength(2 + 200 + 2 + 198);
    expect(all[0]).toBe(`${file2021}\t# format\t2021`);
    expect(all[202]).toBe(`${file2019}\t# format\t2019`);
    const owners = all.map((line) => line.split('\t')[0]);
    expect(new Set(owners)).toEqual(new Set([file2021, file2019]));
  });
});
