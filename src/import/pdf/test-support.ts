/**
 * Test support for the PDF readers: the hongze-2023 transcription (fixtures/published/, figures typed
 * by hand from the published PDF) and a comparison that tells, for every figure of a read report,
 * whether it is the published one, blank, or wrong.
 */
import { parseSaveFile } from '../../report';
import type { Report } from '../../report';

export const HONGZE_PDF = new URL(
  '../../../../shared/fixtures/published/hongze-2023.pdf',
  import.meta.url,
);
export const fixtureUrl = (path: string): URL =>
  new URL(`../../../fixtures/${path}`, import.meta.url);

/** A transcription's save file (its text, read by the test) as a Report. */
export function transcription(saveFile: string): Report {
  const parsed = parseSaveFile(saveFile);
  if (!parsed.ok) throw new Error(parsed.errors.join(' '));
  return parsed.value;
}

export interface Comparison {
  readonly right: readonly string[];
  readonly blank: readonly string[];
  readonly wrong: readonly string[];
}

/** Every figure of `expected` (typed and stated) against what `read` has at its address. */
export function compareFigures(read: Report, expected: Report): Comparison {
  const want = { ...expected.cells, ...expected.stated };
  const got: Record<string, string | undefined> = { ...read.cells, ...read.stated };
  const right: string[] = [];
  const blank: string[] = [];
  const wrong: string[] = [];
  for (const [address, value] of Object.entries(want)) {
    const figure = got[address] ?? '';
    if (figure === value) right.push(address);
    else if (figure === '') blank.push(address);
    else wrong.push(`${address}: ${figure}（应为 ${value}）`);
  }
  return { right, blank, wrong };
}
