/**
 * A published text saved as Notepad's "Unicode" (UTF-16, with or without BOM) or as GBK, the
 * "ANSI" of Chinese Windows, reads as the same report as its UTF-8 original, with a note naming the
 * encoding.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReport } from '../read-report';
import { utf16Of } from '../text-encoding';

const TEXT = readFileSync(
  fileURLToPath(new URL('../../../../shared/fixtures/published/bogang-2021.txt', import.meta.url)),
  'utf8',
);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i += 1)
    view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return bytes;
}

/** GBK bytes for `text`, from the platform's decoder read backwards (Node has no GBK encoder). */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (!codes.has(ch)) codes.set(ch, [lead, trail]);
    }
  }
  return Uint8Array.from(
    [...text].flatMap((ch) =>
      ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (codes.get(ch) ?? [0x3f]),
    ),
  );
}

describe('text encodings', async () => {
  const original = await readReport(new TextEncoder().encode(TEXT), 'bogang-2021.txt');
  if (!original.ok) throw new Error(original.error);

  it.each([
    ['UTF-16LE with BOM', utf16(TEXT, true, true), 'UTF-16 编码'],
    ['UTF-16LE without BOM', utf16(TEXT, true, false), 'UTF-16 编码'],
    ['UTF-16BE with BOM', utf16(TEXT, false, true), 'UTF-16（大端）'],
    ['UTF-16BE without BOM', utf16(TEXT, false, false), 'UTF-16（大端）'],
    ['GBK', gbk(TEXT), 'GBK 编码'],
  ])('reads %s as the UTF-8 text reads, and says so', async (_, bytes, note) => {
    const read = await readReport(bytes, 'bogang-2021.txt');
    expect(read.ok ? read.report : read.error).toEqual(original.report);
    expect(read.ok ? read.notes[0] : '').toContain(note);
  });

  it('tells UTF-16 without BOM by its NUL bytes, and never UTF-8 or GBK text', () => {
    expect(utf16Of(utf16(TEXT, true, false))).toBe('utf-16le');
    expect(utf16Of(utf16(TEXT, false, false))).toBe('utf-16be');
    expect(utf16Of(new TextEncoder().encode(TEXT))).toBeNull();
    expect(utf16Of(gbk(TEXT))).toBeNull();
  });
});
