/**
 * L-LENGTH: every field within the length the save file keeps (limits.ts). Checked like any other
 * rule, so the form marks the field where the over-long text was typed or pasted, and a report
 * opened with such a field names it instead of refusing the file.
 */
import { metaAddress, textAddress } from '../fields';
import { LENGTH_LIMITS, lengthOf } from '../limits';
import { placeOf } from '../place-names';
import { metaFields, textSectionIds } from '../spec';
import type { FormatIndex } from '../spec';
import { defineRule } from './rule';
import type { Finding } from './rule';

const tooLong = (index: FormatIndex, address: string, value: string, max: number): Finding[] => {
  // The UTF-16 length is never smaller than the character count: most fields end here.
  if (value.length <= max) return [];
  const length = lengthOf(value);
  if (length <= max) return [];
  return [
    {
      addresses: [address],
      message: `${placeOf(index, address)}内容太长，共 ${length} 字，最多 ${max} 字，请删去 ${length - max} 字。`,
    },
  ];
};

export const lengthLimit = defineRule({
  id: 'L-LENGTH',
  severity: 'error',
  description: `每一格最多 ${LENGTH_LIMITS.cell} 字，机关全称、标题、前言等每项最多 ${LENGTH_LIMITS.meta} 字，每节正文最多 ${LENGTH_LIMITS.text} 字。`,
  reads: (index) => [
    ...index.cells.map((c) => c.address),
    ...metaFields.map((f) => metaAddress(f.id)),
    ...textSectionIds.map(textAddress),
  ],
  run: ({ report, index }) => [
    ...index.inputs.flatMap((c) =>
      tooLong(index, c.address, report.cells[c.address] ?? '', LENGTH_LIMITS.cell),
    ),
    ...index.computed.flatMap((c) =>
      tooLong(index, c.address, report.stated[c.address] ?? '', LENGTH_LIMITS.cell),
    ),
    ...metaFields.flatMap((f) =>
      tooLong(index, metaAddress(f.id), report.meta[f.id], LENGTH_LIMITS.meta),
    ),
    ...textSectionIds.flatMap((id) =>
      tooLong(index, textAddress(id), report.texts[id], LENGTH_LIMITS.text),
    ),
  ],
});

export const limitRules = [lengthLimit] as const;
