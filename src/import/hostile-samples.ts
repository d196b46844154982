/**
 * Small files built to freeze or exhaust a reader: zip bombs, XML nested 100,000 deep, floods of
 * processing instructions, elements or whitespace, endless lines. Shared by the reader tests, the
 * fuzz run (`npm run fuzz`) and the CLI's hostile-folder test, so each names the same attack. Each is
 * at most a few hundred KB, as the examples were (a 312 KB .docx inflating to 200 M elements).
 */
import { strToU8, zipSync } from 'fflate';
import { documentXml } from './word-docx/test-support';

interface RawPart {
  readonly name: string;
  /** The part's bytes as stored: deflate data when `method` is 8. */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  /** The inflated size the headers declare, true or not. */
  readonly declaredSize: number;
}

/** A ZIP written by hand, so headers can lie about sizes (CRCs are left 0: readers skip them). */
export function rawZip(parts: readonly RawPart[]): Uint8Array {
  const chunks: number[] = [];
  const u16 = (n: number) => chunks.push(n & 0xff, (n >>> 8) & 0xff);
  const u32 = (n: number) => {
    u16(n & 0xffff);
    u16(n >>> 16);
  };
  const bytes = (b: Uint8Array) => {
    for (const byte of b) chunks.push(byte);
  };
  const offsets: number[] = [];
  for (const part of parts) {
    offsets.push(chunks.length);
    u32(0x04034b50);
    [20, 0, part.method, 0, 0].forEach(u16);
    [0, part.data.length, part.declaredSize].forEach(u32);
    u16(part.name.length);
    u16(0);
    bytes(strToU8(part.name));
    bytes(part.data);
  }
  const directory = chunks.length;
  parts.forEach((part, i) => {
    u32(0x02014b50);
    [20, 20, 0, part.method, 0, 0].forEach(u16);
    [0, part.data.length, part.declaredSize].forEach(u32);
    [part.name.length, 0, 0, 0, 0].forEach(u16);
    u32(0);
    u32(offsets[i] ?? 0);
    bytes(strToU8(part.name));
  });
  const size = chunks.length - directory;
  u32(0x06054b50);
  [0, 0, parts.length, parts.length].forEach(u16);
  u32(size);
  u32(directory);
  u16(0);
  return new Uint8Array(chunks);
}

/**
 * Raw deflate data that inflates `pattern` (1–4 ASCII bytes) repeated to about `size` bytes, from
 * one fixed-Huffman block of length-258 copies: 13 bits per 258 bytes, a ratio of about 160.
 */
export function deflateBomb(pattern: string, size: number): Uint8Array {
  const out: number[] = [];
  let byte = 0;
  let bit = 0;
  const put = (value: number) => {
    byte |= value << bit;
    bit += 1;
    if (bit === 8) {
      out.push(byte);
      byte = 0;
      bit = 0;
    }
  };
  const code = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i -= 1) put((value >>> i) & 1);
  };
  put(1); // BFINAL
  put(1); // BTYPE 01, fixed Huffman, least significant bit first
  put(0);
  for (const ch of pattern) code(0x30 + ch.charCodeAt(0), 8); // literals 0–143
  const copies = Math.ceil((size - pattern.length) / 258);
  for (let i = 0; i < copies; i += 1) {
    code(0xc5, 8); // length symbol 285: 258 bytes
    code(pattern.length - 1, 5); // distance codes 0–3: distance 1–4
  }
  code(0, 7); // end of block
  if (bit > 0) out.push(byte);
  return new Uint8Array(out);
}

const docxWith = (documentPart: RawPart) =>
  rawZip([
    {
      name: '[Content_Types].xml',
      data: strToU8('<Types/>'),
      method: 0,
      declaredSize: 8,
    },
    documentPart,
  ]);

const documentOf = (xml: string) =>
  zipSync(
    { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) },
    { level: 1 },
  );

/** A hostile file and what it attacks; `name` is also the file name the CLI test writes. */
export interface HostileSample {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const SIZE = 64 * 1024 * 1024;

let built: readonly HostileSample[] | undefined;

/** The samples, built once (a few seconds) and shared by every caller. */
export const hostileSamples = (): readonly HostileSample[] => (built ??= buildSamples());

function buildSamples(): HostileSample[] {
  const bomb = deflateBomb('<a/>', SIZE);
  return [
    {
      name: 'zip-bomb-honest.docx',
      bytes: docxWith({ name: 'word/document.xml', data: bomb, method: 8, declaredSize: SIZE }),
    },
    {
      name: 'zip-bomb-lying.docx',
      bytes: docxWith({ name: 'word/document.xml', data: bomb, method: 8, declaredSize: 1000 }),
    },
    {
      name: 'zip-bomb-declared-4gb.docx',
      bytes: docxWith({
        name: 'word/document.xml',
        data: new Uint8Array([3, 0]),
        method: 8,
        declaredSize: 0xffffffff,
      }),
    },
    {
      name: 'zip-many-parts.docx',
      bytes: rawZip(
        Array.from({ length: 20_000 }, (_, i) => ({
          name: `p${i}`,
          data: new Uint8Array(),
          method: 0 as const,
          declaredSize: 0,
        })),
      ),
    },
    {
      name: 'nested-100000-deep.docx',
      bytes: documentOf(documentXml(['<w:sdt>'.repeat(100_000)])),
    },
    {
      name: 'nested-100000-paragraph-runs.docx',
      bytes: documentOf(documentXml(['<w:p>', '<w:r>'.repeat(100_000), '<w:t>一</w:t>'])),
    },
    { name: 'elements-flood.docx', bytes: documentOf(documentXml(['<w:p/>'.repeat(500_000)])) },
    { name: 'processing-instructions.docx', bytes: documentOf('<?'.repeat(100_000)) },
    {
      name: 'processing-instructions-in-body.docx',
      bytes: documentOf(documentXml(['<w:p><w:r><w:t>', '<?x '.repeat(50_000)])),
    },
    { name: 'comment-flood.docx', bytes: documentOf(`<w:document>${'<!--'.repeat(100_000)}`) },
    {
      name: 'unclosed-attributes.docx',
      bytes: documentOf(`<w:document>${'<w:p a="'.repeat(50_000)}`),
    },
    {
      name: 'whitespace-in-paragraph.docx',
      bytes: documentOf(documentXml([`<w:p><w:r><w:t>${' '.repeat(200_000)}x</w:t></w:r></w:p>`])),
    },
    { name: 'whitespace.txt', bytes: strToU8(`一、总体情况\n${' '.repeat(100_000)}x\n`) },
    { name: 'whitespace-between.txt', bytes: strToU8(`${' \t'.repeat(100_000)}二、主动公开`) },
    { name: 'unit-note-unclosed.txt', bytes: strToU8(`一、总体情况\n(${'单位'.repeat(50_000)}\n`) },
    { name: 'long-line.txt', bytes: strToU8(`一、总体情况\n${'政务公开'.repeat(1_000_000)}`) },
    { name: 'many-short-lines.txt', bytes: strToU8('（一）予以公开\n'.repeat(400_000)) },
    { name: 'digits-flood.txt', bytes: strToU8(`一、总体情况\n${'2021'.repeat(100_000)}\n`) },
    { name: 'brackets-flood.txt', bytes: strToU8(`一、总体情况\n${'（'.repeat(100_000)}\n`) },
    {
      name: 'random-bytes.bin',
      bytes: Uint8Array.from({ length: 100_000 }, (_, i) => (i * 2654435761) >>> 24),
    },
    { name: 'escape-name.json', bytes: strToU8('{"机关全称": "\\u001b[31m红\\u001b[0m"}') },
  ];
}
