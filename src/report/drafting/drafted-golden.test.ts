/**
 * The sentences drafted from each transcribed published report, compared byte for byte with
 * fixtures/drafted/*.txt — files a person has read against the report's own wording. After a
 * deliberate change of wording, run `npx tsx scripts/update-golden.ts` and read the diff.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRAFTED_DIR, draftedText, publishedCases } from '../../../scripts/update-golden';

describe('drafted sentences of the published reports', () => {
  it.each(publishedCases().map((c) => [c.name, c.report] as const))(
    'match fixtures/drafted/%s.txt',
    (name, report) => {
      expect(draftedText(report)).toBe(readFileSync(`${DRAFTED_DIR}${name}.txt`, 'utf8'));
    },
  );
});
