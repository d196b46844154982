/**
 * Reads chosen parts of a ZIP (a .docx) within MAX_PART_BYTES each and MAX_PACKAGE_BYTES in all.
 *
 * Why not fflate's unzipSync alone: it allocates each part at the size the ZIP *declares* — a
 * hostile header can declare gigabytes — and its inflater keeps copying long after the output is
 * full, so a 312 KB file whose XML inflates to gigabytes ran for minutes. Here the central
 * directory is read by hand, declared sizes are checked before anything is inflated, and each part
 * is inflated in small slices through fflate's streaming Inflate, stopping as soon as the output
 * passes the limit, whatever the headers claimed.
 */
import { Inflate } from 'fflate';
import {
  MAX_PACKAGE_BYTES,
  MAX_PACKAGE_ENTRIES,
  MAX_PART_BYTES,
  ReadLimitError,
  megabytes,
} from '../read-limits';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const MAX_END_SEARCH = 22 + 0xffff;
/** Deflate expands a slice at most ~1032 times: 2 KB in gives at most ~2 MB out before the limit is checked. */
const INFLATE_SLICE = 2 * 1024;

const STORED = 0;
const DEFLATED = 8;

/** A damaged ZIP: readers treat it like fflate's own errors. */
export class DamagedZipError extends Error {
  override readonly name = 'DamagedZipError';
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

const tooLarge = (what: string, limit: number) =>
  new ReadLimitError(
    `Word 文档解压后过大：${what}超过 ${megabytes(limit)}（年度报告通常不到 1 MB），可能是损坏或恶意构造的文件，已停止读取。`,
  );

/** Longer names are none that a reader asks for; cut so no name is spread as 65,535 arguments. */
const MAX_NAME = 1024;
/** Part names are ASCII in every Word package; other bytes only need to compare unequal. */
const nameOf = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(0, MAX_NAME));

/** A part name fit to quote in a message: printable ASCII, at most 60 characters. */
const shown = (name: string) => name.replace(/[^\x20-\x7e]/g, '?').slice(0, 60);

function entries(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = zip.length - 22;
  const lowest = Math.max(0, zip.length - MAX_END_SEARCH);
  while (end >= lowest && u32(end) !== END_OF_DIRECTORY) end -= 1;
  if (end < lowest) throw new DamagedZipError('no end of central directory');
  const count = u16(end + 10);
  if (count > MAX_PACKAGE_ENTRIES) {
    throw new ReadLimitError(
      `Word 文档中的部件太多（${count} 个，Word 通常只写几十个），可能是损坏或恶意构造的文件，已停止读取。`,
    );
  }
  const found: Entry[] = [];
  let at = u32(end + 16);
  let declared = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || u32(at) !== DIRECTORY_ENTRY) {
      throw new DamagedZipError('bad central directory');
    }
    const nameLength = u16(at + 28);
    const entry: Entry = {
      name: nameOf(zip.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localHeader: u32(at + 42),
    };
    declared += entry.size;
    if (entry.size > MAX_PART_BYTES) throw tooLarge(`其中的“${shown(entry.name)}”`, MAX_PART_BYTES);
    if (declared > MAX_PACKAGE_BYTES) throw tooLarge('全部内容', MAX_PACKAGE_BYTES);
    found.push(entry);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return found;
}

function compressedData(zip: Uint8Array, entry: Entry): Uint8Array {
  const at = entry.localHeader;
  if (at + 30 > zip.length) throw new DamagedZipError('bad local header');
  const view = new DataView(zip.buffer, zip.byteOffset + at, 30);
  if (view.getUint32(0, true) !== LOCAL_HEADER) throw new DamagedZipError('bad local header');
  const start = at + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw new DamagedZipError('part runs past the end');
  return zip.subarray(start, end);
}

/** Inflates `data`, refusing as soon as the output passes `limit` bytes. */
function inflateWithin(data: Uint8Array, limit: number, name: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > limit) throw tooLarge(`其中的“${shown(name)}”`, MAX_PART_BYTES);
    chunks.push(chunk);
    if (final) ended = true;
  });
  for (let at = 0; at < data.length && !ended; at += INFLATE_SLICE) {
    const end = Math.min(at + INFLATE_SLICE, data.length);
    inflate.push(data.subarray(at, end), end === data.length);
  }
  if (data.length === 0) inflate.push(data, true);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * The parts whose names pass `keep`, inflated. Throws DamagedZipError on a damaged ZIP (or
 * fflate's own error on damaged deflate data) and ReadLimitError past a limit.
 */
export function unzipParts(
  zip: Uint8Array,
  keep: (name: string) => boolean,
): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  let total = 0;
  for (const entry of entries(zip)) {
    if (!keep(entry.name)) continue;
    const data = compressedData(zip, entry);
    const left = Math.min(MAX_PART_BYTES, MAX_PACKAGE_BYTES - total);
    if (entry.method === STORED) {
      if (data.length > left) throw tooLarge(`其中的“${shown(entry.name)}”`, MAX_PART_BYTES);
      parts[entry.name] = data.slice();
    } else if (entry.method === DEFLATED) {
      parts[entry.name] = inflateWithin(data, left, entry.name);
    } else {
      throw new DamagedZipError(`unknown compression ${entry.method}`);
    }
    total += parts[entry.name]?.length ?? 0;
  }
  return parts;
}
