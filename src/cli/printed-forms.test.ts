/**
 * The CLI on last year's report in the forms it is found in (issue #10): the real WPS-made PDF of
 * 淮安市洪泽区 2023, the text copied out of it with its columns kept, and a web page saved in GBK
 * (伯岗镇 2021). `figures` prints the published figures (each against its hand transcription in
 * fixtures/published/), and `check` reports what the published report itself gets wrong — the same
 * issues as for its transcription, table 四's 行政复议 总计 of 0 against its 10 + 1 among them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figures, parseSaveFile } from '../report';
import { runCli } from './test-support';

const HONGZE_PDF = '../shared/fixtures/published/hongze-2023.pdf';

function publishedFigures(name: string): string[] {
  const parsed = parseSaveFile(readFileSync(`fixtures/published/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join());
  const { format, meta } = parsed.value;
  return [
    `# format\t${format}`,
    `# year\t${meta.year}`,
    ...figures(parsed.value).map(([a, v]) => `${a}\t${v}`),
  ];
}

const ruleIds = (stdout: string) =>
  (JSON.parse(stdout) as { issues: { ruleId: string }[] }[]).flatMap((r) =>
    r.issues.map((i) => i.ruleId).sort(),
  );

describe('cli on a PDF, a web page and text copied out of a PDF', () => {
  it.each([
    [HONGZE_PDF, 'hongze-2023'],
    ['fixtures/pdf/hongze-2023.layout.txt', 'hongze-2023'],
    ['fixtures/web/bogang-2021-gbk.html', 'bogang-2021'],
  ])('figures %s prints the published figures', { timeout: 180_000 }, async (file, name) => {
    const { code, stdout } = await runCli('figures', file);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toEqual(publishedFigures(name));
  });

  it(
    'check on the PDF reports what the published report gets wrong',
    { timeout: 180_000 },
    async () => {
      const pdf = await runCli('check', '--json', HONGZE_PDF);
      const transcribed = await runCli('check', '--json', 'fixtures/published/hongze-2023.json');
      expect(pdf.code).toBe(1);
      expect(ruleIds(pdf.stdout)).toEqual(ruleIds(transcribed.stdout));
      expect(ruleIds(pdf.stdout)).toEqual(expect.arrayContaining(['TOTAL-STATED']));
      const text = await runCli('check', HONGZE_PDF);
      expect(text.stdout).toContain(
        '表四“行政复议”栏“总计”列报告中为 0 件，但本栏结果维持、结果纠正、其他结果、尚未审结相加为 11 件',
      );
    },
  );
});
