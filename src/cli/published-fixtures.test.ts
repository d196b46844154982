/**
 * The CLI over the transcribed published reports (fixtures/published/*.json, each checked figure
 * by figure against its text in src/report/published-fixtures.test.ts): `check` reports exactly
 * their real inconsistencies, and `figures` prints every published figure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figures, parseSaveFile } from '../report';
import { runCli } from './test-support';

const fixture = (name: string) => `fixtures/published/${name}.json`;

const expected: Record<string, readonly string[]> = {
  'bogang-2021': ['X-SIX-FEE'],
  'zhengguo-2020': ['M-TITLE-YEAR'],
  'jiliao-2021-in-2019-layout': ['M-FORMAT-YEAR', 'M-TITLE-MISSING', 'X-REVIEW-TEXT'],
};

describe('cli on the published fixtures', () => {
  it('reports exactly each report’s real inconsistencies, all warnings, with exit status 0', async () => {
    const { code, stdout } = await runCli('check', '--json', ...Object.keys(expected).map(fixture));
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as { file: string; issues: { ruleId: string }[] }[];
    for (const result of results) {
      const name = Object.keys(expected).find((n) => result.file === fixture(n)) ?? '';
      expect(result.issues.map((i) => i.ruleId).sort()).toEqual(expected[name]);
    }
    expect(results).toHaveLength(3);
  });

  it.each(Object.keys(expected))('prints every figure of %s as published', async (name) => {
    const { code, stdout } = await runCli('figures', fixture(name));
    expect(code).toBe(0);
    const parsed = parseSaveFile(readFileSync(fixture(name), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      `# format\t${parsed.value.format}`,
      `# year\t${parsed.value.meta.year}`,
    ]);
    expect(lines.slice(2)).toEqual(figures(parsed.value).map(([a, v]) => `${a}\t${v}`));
    expect(lines).toHaveLength(2 + (parsed.value.format === '2021' ? 200 : 198));
  });
});
