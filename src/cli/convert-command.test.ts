import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReport } from '../import';
import { figures, parseSaveFile } from '../report';
import { runCli, tempDir, unbalancedReport, writeReport } from './test-support';

const PUBLISHED_TXT = '../shared/fixtures/published/bogang-2021.txt';
const ZHENGGUO = 'fixtures/published/zhengguo-2020.json';

describe('cli convert', () => {
  let dir = tempDir();
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('turns a published .txt into our save file with the same figures', async () => {
    const out = dir.path('bogang.json');
    const { code, stdout } = await runCli('convert', PUBLISHED_TXT, '--to', 'json', '-o', out);
    expect(code).toBe(0);
    expect(stdout).toBe(`${out}\n`);
    const saved = parseSaveFile(readFileSync(out, 'utf8'));
    const original = await readReport(readFileSync(PUBLISHED_TXT), 'bogang-2021.txt');
    if (!saved.ok || !original.ok) throw new Error('unreadable');
    expect(figures(saved.value)).toEqual(figures(original.report));
    expect(saved.value.texts).toEqual(original.report.texts);
  });

  it('writes the .txt export byte for byte as the reviewed golden', async () => {
    const out = dir.path('zhengguo.txt');
    expect((await runCli('convert', ZHENGGUO, '--to=txt', '--output', out)).code).toBe(0);
    expect(readFileSync(out)).toEqual(readFileSync('fixtures/golden/zhengguo-2020.txt'));
  });

  it('writes a .docx that opens again as the same report', async () => {
    const out = dir.path('zhengguo.docx');
    expect((await runCli('convert', ZHENGGUO, '--to', 'docx', '-o', out)).code).toBe(0);
    const reopened = await readReport(readFileSync(out), 'zhengguo.docx');
    const original = parseSaveFile(readFileSync(ZHENGGUO, 'utf8'));
    if (!reopened.ok || !original.ok) throw new Error('unreadable');
    expect(reopened.report).toEqual(original.value);
  });

  it('names the output after the report beside the input when -o is not given', async () => {
    const input = writeReport(dir.path('in.json'), unbalancedReport());
    const { code, stdout } = await runCli('convert', input, '--to', 'txt');
    expect(code).toBe(0);
    const expected = dir.path('留车镇人民政府2021年政府信息公开工作年度报告.txt');
    expect(stdout).toBe(`${expected}\n`);
    expect(existsSync(expected)).toBe(true);
  });

  it('never overwrites an existing file beside the input: it picks 名称(1) and says so', async () => {
    const input = writeReport(dir.path('in.json'), unbalancedReport());
    const existing = dir.path('留车镇人民政府2021年政府信息公开工作年度报告.txt');
    writeFileSync(existing, 'edited by hand');
    const first = await runCli('convert', input, '--to', 'txt');
    const free = dir.path('留车镇人民政府2021年政府信息公开工作年度报告(1).txt');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`${free}\n`);
    expect(first.stderr).toContain(`${existing}: 已有同名文件，未覆盖；已写入 ${free}`);
    const second = await runCli('convert', input, '--to', 'txt');
    expect(second.stdout).toBe(
      `${dir.path('留车镇人民政府2021年政府信息公开工作年度报告(2).txt')}\n`,
    );
    expect(readFileSync(existing, 'utf8')).toBe('edited by hand');
  });

  it('refuses an existing -o file unless --force', async () => {
    const input = writeReport(dir.path('in.json'), unbalancedReport());
    const output = dir.path('out.txt');
    writeFileSync(output, 'edited by hand');
    const refused = await runCli('convert', input, '--to', 'txt', '-o', output);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${output}: 文件已存在，未覆盖。要覆盖它请加 --force`);
    expect(readFileSync(output, 'utf8')).toBe('edited by hand');
    const forced = await runCli('convert', input, '--to', 'txt', '-o', output, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(output, 'utf8')).toContain('留车镇人民政府');
  });

  it('lists the open errors before writing a report whose table does not balance', async () => {
    const input = writeReport(dir.path('in.json'), unbalancedReport());
    const { code, stderr } = await runCli(
      'convert',
      input,
      '--to',
      'docx',
      '-o',
      dir.path('o.docx'),
    );
    expect(code).toBe(0);
    expect(stderr).toContain('注意：报告还有 2 个错误');
    expect(stderr).toContain('T3-BALANCE');
    expect(existsSync(dir.path('o.docx'))).toBe(true);
  });

  it('refuses to overwrite its input', async () => {
    const input = writeReport(dir.path('in.json'), unbalancedReport());
    const before = readFileSync(input);
    const { code, stderr } = await runCli('convert', input, '--to', 'json', '-o', input);
    expect(code).toBe(2);
    expect(stderr).toContain('输出文件与输入文件相同');
    expect(readFileSync(input)).toEqual(before);
  });

  it.each([
    [['convert', ZHENGGUO], '要用 --to 指明目标格式'],
    [['convert', ZHENGGUO, '--to', 'pdf'], '不支持转换为“pdf”'],
    [['convert', ZHENGGUO, ZHENGGUO, '--to', 'txt'], '一次只转换一个文件'],
    [['convert', '--to', 'txt'], '要给一个报告文件'],
  ])('stops with status 2 and says why when called as %j', async (argv, message) => {
    const { code, stderr } = await runCli(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('says in one line when the input cannot be read', async () => {
    const { code, stderr } = await runCli('convert', dir.path('missing.json'), '--to', 'txt');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([`${dir.path('missing.json')}: 找不到这个文件。`]);
  });
});
