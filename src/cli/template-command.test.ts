/**
 * `template`: a folder of last year's reports (two readable, one broken) becomes next year's
 * prefilled templates — the bytes 下载预填模板 gives for each, under its name — with one progress
 * line per file, one error line for the broken one, exit 2, and nothing ever overwritten.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { prefilledTemplate } from '../export';
import { readReport } from '../import';
import { carryForward } from '../report';
import { balancedReport, runCli, tempDir, writeReport } from './test-support';

const dir = tempDir();
afterAll(() => dir.remove());

const folder = dir.path('2021');
mkdirSync(folder);
const liuche = balancedReport();
const other = { ...liuche, meta: { ...liuche.meta, body: '长安镇人民政府', title: '' } };
writeReport(`${folder}/a.json`, liuche);
writeReport(`${folder}/b.json`, other);
writeFileSync(`${folder}/c.docx`, 'PK\u0003\u0004 broken');
const out = dir.path('templates');

describe('template', () => {
  it('writes a template per readable report, says which file failed, and exits 2', async () => {
    const result = await runCli('template', folder, '--out-dir', out);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').filter((l) => /^\[\d\/3\] /.test(l))).toEqual([
      '[1/3] a.json',
      '[2/3] b.json',
      '[3/3] c.docx',
    ]);
    expect(result.stderr).toMatch(/c\.docx: .+/);
    const expected = await prefilledTemplate(carryForward(liuche));
    expect(readdirSync(out).sort()).toEqual(
      [expected.fileName, '长安镇人民政府2022年政府信息公开工作年度报告（预填模板）.docx'].sort(),
    );
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('writes the draft 下载预填模板 gives: it reopens as next year carried from last year', async () => {
    const { fileName } = await prefilledTemplate(carryForward(liuche));
    const read = await readReport(readFileSync(`${out}/${fileName}`), fileName);
    if (!read.ok) throw new Error(read.error);
    expect(read.report.meta.year).toBe(2022);
    expect(read.report.lastYear?.meta.year).toBe(2021);
    expect(read.report.cells).toEqual(carryForward(liuche).cells);
  });

  it('never replaces a file already there: a second run takes free names', async () => {
    const before = readdirSync(out).map((name) => [name, readFileSync(`${out}/${name}`)]);
    const result = await runCli('template', `${folder}/a.json`, '--out-dir', out);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/（预填模板）（2）\.docx$/);
    for (const [name, bytes] of before)
      expect(readFileSync(`${out}/${String(name)}`)).toEqual(bytes);
  });

  it('asks for the folder when --out-dir is missing', async () => {
    const result = await runCli('template', folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('template 命令要用 --out-dir 指明存放模板的文件夹。');
  });
});
