/**
 * Names what a file is when no reader accepts it, so the message can say "this is an old Word file"
 * rather than "unreadable", and where it helps, what to do. Decided by content; the file name only
 * picks the friendlier name for a ZIP (a .docx and a .xlsx are both ZIP archives inside). A .docx
 * that reaches here has no word/document.xml in its headers (the Word readers take every one that
 * has): cut off, or not a Word document.
 */
import { decodeAs, utf16Of } from './text-encoding';
import { decodeUtf8 } from './utf8';

interface Signature {
  readonly magic: readonly number[];
  readonly kind: (extension: string) => string;
  /** What to do about it, one sentence. */
  readonly hint?: string;
}

export interface ContentKind {
  /** What the bytes are, in words for a sentence `这是…`. */
  readonly kind: string;
  readonly hint?: string;
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const ZIP_KINDS: Record<string, string> = {
  docx: '不完整的 Word 文档 (.docx)，其中找不到正文（word/document.xml），可能已损坏或没有下载完整',
  xlsx: 'Excel 表格 (.xlsx)',
  wps: 'WPS 文档',
  zip: 'ZIP 压缩文件',
};
const zipKind = (extension: string) =>
  ZIP_KINDS[extension] ?? 'ZIP 压缩格式的文件（如 .docx、.xlsx）';

const SIGNATURES: readonly Signature[] = [
  { magic: ascii('PK\x03\x04'), kind: zipKind },
  { magic: ascii('PK\x05\x06'), kind: zipKind },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: () => '旧版 Word/Excel/WPS 文件（.doc、.xls、.wps）',
    hint: '请在 Word 或 WPS 中打开，“另存为” Word 文档 (.docx) 后再打开。',
  },
  { magic: ascii('{\\rtf'), kind: () => 'RTF 文档' },
];

/** Text files have no NUL bytes; looking at the start is enough to call a file binary. */
const BINARY_SAMPLE = 8192;
/**
 * The first megabyte tells a text's encoding well enough to name it: decoding all of a 20 MB file
 * again, only to word the message, took a second of the reading budget (a 12 MB line of text).
 */
const ENCODING_SAMPLE = 1 << 20;
/** A sample may end inside a character: at most 3 bytes of one (UTF-8 and GB18030 alike). */
const PARTIAL_CHARACTER = 3;

/** True when the start of the bytes decodes, allowing the sample to have cut a character short. */
function startDecodes(bytes: Uint8Array, decode: (sample: Uint8Array) => string | null): boolean {
  if (bytes.length <= ENCODING_SAMPLE) return decode(bytes) !== null;
  for (let cut = 0; cut <= PARTIAL_CHARACTER; cut += 1) {
    if (decode(bytes.subarray(0, ENCODING_SAMPLE - cut)) !== null) return true;
  }
  return false;
}

const extensionOf = (fileName = '') => /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

/** What the bytes are, or null for text (UTF-8, UTF-16 or GBK: the text reader reads all three). */
export function describeContent(bytes: Uint8Array, fileName?: string): ContentKind | null {
  const signature = SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b));
  if (signature) {
    const kind = signature.kind(extensionOf(fileName));
    return signature.hint ? { kind, hint: signature.hint } : { kind };
  }
  const utf16 = utf16Of(bytes);
  if (utf16) {
    const decodes = startDecodes(bytes, (sample) => decodeAs(sample, utf16));
    return decodes ? null : { kind: '损坏的 UTF-16 编码文字' };
  }
  if (bytes.subarray(0, BINARY_SAMPLE).includes(0)) return { kind: '二进制文件，不是文字' };
  const gbk = (sample: Uint8Array) => decodeAs(sample, 'gb18030');
  if (!startDecodes(bytes, decodeUtf8) && !startDecodes(bytes, gbk)) {
    return { kind: '编码无法识别的文字（不是 UTF-8、UTF-16 或 GBK）' };
  }
  return null;
}
