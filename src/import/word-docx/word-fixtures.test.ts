/**
 * The reader of Word files made elsewhere over real .docx files written by LibreOffice
 * (fixtures/word/, made by scripts/make-word-fixtures.mjs from the published texts): every figure
 * and text equal to the reviewed transcription (fixtures/published/*.json), with exactly its
 * check() issues.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { check, figures, parseSaveFile } from '../../report';
import { readReport } from '../read-report';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

const fixtures = [
  { name: 'bogang-2021', ruleIds: ['X-SIX-FEE'], unread: [] },
  { name: 'zhengguo-2020', ruleIds: ['M-TITLE-YEAR'], unread: [] },
  {
    name: 'jiliao-2021-in-2019-layout',
    ruleIds: ['M-FORMAT-YEAR', 'M-TITLE-MISSING', 'X-REVIEW-TEXT'],
    unread: ['报告标题'],
  },
];

describe.each(fixtures)('readReport on fixtures/word/$name.docx', ({ name, ruleIds, unread }) => {
  const bytes = new Uint8Array(readFileSync(`${FIXTURES}word/${name}.docx`));
  const transcription = parseSaveFile(readFileSync(`${FIXTURES}published/${name}.json`, 'utf8'));
  if (!transcription.ok) throw new Error(transcription.errors.join('\n'));
  const expected = transcription.value;

  it('is a Word file LibreOffice wrote, with merged table headers', async () => {
    const parts = unzipSync(bytes);
    expect(strFromU8(parts['docProps/app.xml'] ?? new Uint8Array())).toContain('LibreOffice');
    const document = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    expect(document).toContain('<w:vMerge w:val="restart"/>');
    expect(document).toContain('<w:gridSpan');
  });

  it('reads every figure and text as the transcription has it, with no notes', async () => {
    const result = await readReport(bytes, `${name}.docx`);
    if (!result.ok) throw new Error(result.error);
    expect(result.reader).toBe('用 Word 或 WPS 编写的报告 (.docx)');
    expect(figures(result.report)).toEqual(figures(expected));
    expect(result.report).toEqual(expected);
    expect([result.notes, result.unread]).toEqual([[], unread]);
    expect(
      check(result.report)
        .map((i) => i.ruleId)
        .sort(),
    ).toEqual(ruleIds);
  });
});
